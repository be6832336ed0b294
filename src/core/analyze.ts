import type { Analysis, Paragraphs, TemplateNote } from "./types";
import { buildOutline } from "./outline/build";
import { findStructure, findTitleAndSignature, findVoice } from "./structure/parts";
import { buildChecklist, suggestTemplateWithReason } from "./checklist/checklist";
import { joinBrokenLines } from "./text/lines";
import { mapAnalysisToReal } from "./text/mapBack";
import type { MeetingTemplate } from "./checklist/template";
import { MEETING_TEMPLATES } from "../data/templates";
import { runRules } from "./rules/runner";
import type { RuleSettings } from "./rules/types";
import { applyWriterLinks, findCorrespondence, realPositions, type WriterLink } from "./correspondence";

export interface AnalyzeOptions {
  /**
   * The meeting type to check against: a template id, or a template (a custom one, or one with
   * the writer's own aspects). Without one, the type is recognised from the document if it can be.
   */
  template?: string | MeetingTemplate;
  /** The meeting types to choose from (the shipped ones and the user's own). */
  templates?: readonly MeetingTemplate[];
  /** Rules switched off or given another severity, findings ignored. */
  rules?: RuleSettings;
  /** The writer's own problem ↔ cause or measure links (confirmed, rejected, added), saved in the document. */
  links?: readonly WriterLink[];
}

/** Thrown for a template id that names no meeting type. */
export class UnknownTemplateError extends Error {
  constructor(readonly id: string, readonly known: string[]) {
    super(`未知的会议类型：${id}。可用的有：${known.join("、")}`);
  }
}

/**
 * Understand a document: its outline, parts, kind and voice, and what the rules find. The one
 * place where the document is read; hosts, the pane and the CLI only show or act on the result.
 * Pure: no DOM, no Office.
 *
 * Lines broken inside a sentence (pasted from a PDF or a web page) are read as the one paragraph
 * a reader sees; every position in the result is in the real paragraphs, so that the pane selects
 * and edits the document as it is. The rules then run on the real paragraphs (the line-break rule
 * reports the breaks).
 */
export function analyze(paragraphs: Paragraphs, options: AnalyzeOptions = {}): Analysis {
  const lines = joinBrokenLines(paragraphs);
  const understood = understand(lines.paragraphs, options);
  // Problems ↔ causes ↔ measures, for a material only (a speech has no such parts); read on the
  // joined lines, its positions told in the real ones as it goes.
  const correspondence = understood.kind === "material" ? findCorrespondence(lines.paragraphs, understood, realPositions(lines)) : null;
  const { findings: _none, ...input } = mapAnalysisToReal({ ...understood, correspondence, lineBreaks: lines.breaks, findings: [] }, lines);
  // The writer's word over the engine's, before the gap rules read the links.
  if (input.correspondence && options.links) input.correspondence = applyWriterLinks(input.correspondence, options.links);
  return { ...input, findings: runRules(paragraphs, input, options.rules) };
}

function understand(paragraphs: Paragraphs, options: AnalyzeOptions): Omit<Analysis, "findings" | "lineBreaks"> {
  const head = findTitleAndSignature(paragraphs);
  const skip = new Set([...head.title, ...head.signature, ...head.skipped]);
  const outline = buildOutline(paragraphs, skip);
  const structure = findStructure(paragraphs, outline, head);
  const voice = structure.kind === "material" ? findVoice(paragraphs, structure.parts) : { voice: null, personal: 0, team: 0 };
  let characters = 0;
  for (const p of paragraphs) characters += p.text.length;
  const titleParagraph = structure.title[0];
  const templates = options.templates ?? MEETING_TEMPLATES;
  let template: MeetingTemplate | undefined;
  let suggested = false;
  let templateNote: TemplateNote | null = null;
  if (typeof options.template === "string") {
    template = templates.find((t) => t.id === options.template);
    if (!template) throw new UnknownTemplateError(options.template, templates.map((t) => t.id));
  } else if (options.template) {
    template = options.template;
  } else if (structure.kind === "material") {
    const suggestion = suggestTemplateWithReason(paragraphs, structure, templates);
    template = suggestion?.template ?? undefined;
    // A year no shipped type is for, or 202X: say so (and offer a custom checklist) rather than
    // check the draft against another year's list.
    if (suggestion && suggestion.template === null) {
      templateNote = { reason: suggestion.reason, year: suggestion.year.text, closest: suggestion.closest.name };
    }
    suggested = true;
  }
  const title =
    titleParagraph === undefined
      ? null
      : {
          paragraph: titleParagraph,
          text: [...new Set(structure.title.map((i) => paragraphs[i].text.replace(/^[\s#*]+|[\s*]+$/g, "")))].join(""),
        };
  // A chosen type gives a checklist even before the draft reads as a material (an early draft
  // with one heading needs the checklist most); a recognised type only for a material.
  const checklist =
    template && (structure.kind === "material" || (!suggested && structure.kind === "unknown"))
      ? buildChecklist(paragraphs, { ...structure, voice: voice.voice, outline, title }, template, suggested)
      : null;
  return {
    kind: structure.kind,
    kindReason: structure.kindReason,
    voice: voice.voice,
    voiceEvidence: { personal: voice.personal, team: voice.team },
    paragraphCount: paragraphs.length,
    characters,
    title,
    outline,
    parts: structure.parts,
    items: structure.items,
    checklist,
    templateNote,
    correspondence: null,
  };
}

/** Split plain text into paragraphs, one per line. */
export function paragraphsFromText(text: string): { text: string }[] {
  return text.split(/\r\n|\r|\n/).map((t) => ({ text: t }));
}
