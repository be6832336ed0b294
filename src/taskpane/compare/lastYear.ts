/**
 * The 比对 panel's work, without React: read last year's material from the bytes the writer
 * picked (the CLI's reader, in the browser), and compare the open draft with it — the passages
 * they share (查重) and the follow-up check (which of last year's measures this year's
 * 上次整改落实情况 leaves out, which problems come back unchanged). Pure, so tested without a browser.
 */
import { analyze } from "../../core/analyze";
import type { Analysis, SourceParagraph } from "../../core/types";
import { compareDrafts, type SimilarPair } from "../../core/similarity";
import { checkFollowUp, type FollowUpResult } from "../../core/followup";
import { InputError, isInputError, readDocumentBytes } from "../../formats";
import { fileTooLarge, sizeLimitOf } from "../../formats/read";

export interface LastYear {
  name: string;
  paragraphs: SourceParagraph[];
  analysis: Analysis;
}

/** Last year's material from a file the writer picked, or the reason it cannot be read (in Chinese). */
export async function readLastYear(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<LastYear | { error: string }> {
  try {
    if (file.size > sizeLimitOf(file.name)) throw fileTooLarge(file.name, file.size);
    const paragraphs = readDocumentBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!paragraphs.some((p) => p.text.trim())) throw new InputError("文件中没有文字。", "The file holds no text.");
    return { name: file.name, paragraphs, analysis: analyze(paragraphs) };
  } catch (e) {
    return { error: isInputError(e) ? e.messageZh : `无法读取“${file.name}”：${e instanceof Error ? e.message : String(e)}` };
  }
}

export interface Comparison {
  /** What the open draft shares with last year's (`a` last year's places, `b` this draft's), or null when nothing. */
  shared: SimilarPair | null;
  followUp: FollowUpResult;
}

/** Compare the open draft with last year's material. */
export function compareWithLastYear(paragraphs: readonly SourceParagraph[], analysis: Analysis, lastYear: LastYear): Comparison {
  const similarity = compareDrafts([lastYear.paragraphs, paragraphs]);
  return {
    shared: similarity.pairs[0] ?? null,
    followUp: checkFollowUp({ paragraphs: lastYear.paragraphs, analysis: lastYear.analysis }, { paragraphs, analysis }),
  };
}
