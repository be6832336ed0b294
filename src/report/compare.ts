import type { Paragraphs } from "../core/types";
import type { Place, SimilarityResult } from "../core/similarity/types";
import type { DraftUnit, FollowUpResult } from "../core/followup/types";
import { escapeForTerminal, type PlaceUnit } from "./text";

/*
 * Reports of `duizhao compare`: 查重 between drafts and, against last year's material, the
 * follow-up check. One input for every formatter (text and JSON here, the HTML page in html.ts):
 * the files with their paragraphs, so that a formatter can show a passage in its context.
 */

export interface CompareFile {
  /** The path as given ("-" for standard input). */
  file: string;
  /** What a paragraph number counts in this file: lines of a .txt, paragraphs of a .docx. */
  unit: PlaceUnit;
  paragraphs: Paragraphs;
}

export interface CompareReport {
  /** The files read, in the order given (last year's material last, when given). */
  files: CompareFile[];
  /** 查重 over `files`: pairs by their indexes there. */
  similarity: SimilarityResult;
  /** The follow-up check of each draft against last year's material, when one was given. */
  followUp: {
    /** Index of last year's material in `files`. */
    lastYear: number;
    drafts: { file: number; result: FollowUpResult }[];
  } | null;
}

/** Whether the report has something for the reviewer: shared passages, skipped measures or repeated problems. */
export function compareHasFindings(report: CompareReport): boolean {
  return (
    report.similarity.pairs.length > 0 ||
    (report.followUp?.drafts.some((d) => d.result.measures.some((m) => m.status === "skipped") || d.result.repeated.length > 0) ?? false)
  );
}

const place = (p: Place) => ({ paragraph: p.paragraph, start: p.start, end: p.end });
const unitJson = (u: DraftUnit) => ({ id: u.id, group: u.group, label: u.label, title: u.title, ...place(u.spans[0]), spans: u.spans.map(place) });

/** The JSON of `duizhao compare --format json` (documented in docs/cli-json.md). */
export function compareToJson(report: CompareReport) {
  const name = (i: number) => report.files[i].file;
  const json: Record<string, unknown> = {
    files: report.files.map((f) => f.file),
    pairs: report.similarity.pairs.map((p) => ({
      a: name(p.a),
      b: name(p.b),
      score: p.score,
      passages: p.passages.map((s) => ({ text: s.text, a: place(s.a), b: place(s.b) })),
    })),
  };
  if (report.followUp) {
    json.followUp = {
      lastYear: name(report.followUp.lastYear),
      drafts: report.followUp.drafts.map(({ file, result }) => ({
        file: name(file),
        part: result.part,
        measures: result.measures.map((m) => ({
          ...unitJson(m.measure),
          status: m.status,
          score: m.score,
          evidence: m.evidence && { sentence: m.evidence.sentence, terms: m.evidence.terms, topics: m.evidence.topics, words: m.evidence.words },
        })),
        repeated: result.repeated.map((r) => ({ problem: unitJson(r.problem), lastYear: r.lastYear && unitJson(r.lastYear), share: r.share, passages: r.passages })),
      })),
    };
  }
  return json;
}

/** A passage or a title, short enough for one line. */
function quote(text: string, max = 60, count = true): string {
  const chars = [...text];
  if (chars.length <= max) return `「${text}」`;
  return `「${chars.slice(0, max).join("")}…」${count ? `（共 ${chars.length} 字）` : ""}`;
}

const at = (f: CompareFile, p: Place) => `第 ${p.paragraph + 1} ${f.unit}第 ${p.start + 1} 字`;
const percent = (x: number) => `${Math.round(x * 100)}%`;
const unitName = (u: DraftUnit) => `${u.label}${u.label && !/[、.．）)]$/.test(u.label) ? " " : ""}${u.title.length > 30 ? u.title.slice(0, 30) + "…" : u.title}`;

/** A readable Chinese report. Places count from 1, as a reader counts. */
export function compareToText(report: CompareReport): string {
  const { files, similarity } = report;
  const out: string[] = [];
  const pairCount = (files.length * (files.length - 1)) / 2;
  out.push(
    `查重：${files.length} 个文件，${pairCount} 对，${similarity.pairs.length ? `${similarity.pairs.length} 对有共同段落` : "未发现共同段落"}` +
      `（每段至少 ${similarity.minChars} 字；标点、空格、编号不计，规范表述、方面标题、常用语不算共同）`,
  );
  for (const pair of similarity.pairs) {
    const a = files[pair.a];
    const b = files[pair.b];
    out.push("", `${a.file} ↔ ${b.file}：相似度 ${percent(pair.score)}（较短一篇的自有文字中相同的比例），共同段落 ${pair.passages.length} 段`);
    pair.passages.forEach((s, k) => {
      out.push(`  ${k + 1}. 前者${at(a, s.a)}，后者${at(b, s.b)}（${s.own} 字）`);
      out.push(`     ${quote(s.text)}`);
    });
  }
  if (report.followUp) {
    const last = files[report.followUp.lastYear];
    for (const { file, result } of report.followUp.drafts) {
      const f = files[file];
      out.push("", `整改落实情况：${f.file} 对照上年度材料 ${last.file}`);
      if (result.part) {
        const where = result.part.first === result.part.last ? `第 ${result.part.first + 1} ${f.unit}` : `第 ${result.part.first + 1}–${result.part.last + 1} ${f.unit}`;
        out.push(`  “上次整改落实情况”部分：${where}${result.part.heading ? `「${result.part.heading}」` : ""}`);
      } else {
        out.push("  未找到“上次整改落实情况”部分：上年度的整改措施都没有报告。");
      }
      const skipped = result.measures.filter((m) => m.status === "skipped").length;
      out.push(
        result.measures.length
          ? `  上年度整改措施 ${result.measures.length} 条：已报告 ${result.measures.length - skipped} 条，${skipped ? `未报告 ${skipped} 条` : "没有遗漏"}`
          : "  上年度材料中未找到整改措施。",
      );
      for (const m of result.measures) {
        const where = `上年度${at(last, m.measure.spans[0])}`;
        if (m.status === "skipped") {
          out.push(`  ✗ 未报告　${unitName(m.measure)}（${where}）`);
        } else {
          const e = m.evidence!;
          const shared = [...new Set([...e.terms, ...e.words])].slice(0, 4).map((w) => (w.length > 12 ? w.slice(0, 12) + "…" : w));
          out.push(`  ✓ 已报告　${unitName(m.measure)}：见${at(f, e.sentence)}${quote(e.sentence.text, 30, false)}${shared.length ? `（共同：${shared.join("、")}）` : ""}`);
        }
      }
      if (result.repeated.length) {
        out.push(`  与上年度几乎相同的问题 ${result.repeated.length} 条：`);
        for (const r of result.repeated) {
          const source = r.lastYear ? `上年度${at(last, r.lastYear.spans[0])}${quote(unitName(r.lastYear), 40, false)}` : "上年度查摆的问题";
          out.push(`  ！${at(f, r.problem.spans[0])} ${unitName(r.problem)}：与${source}相同 ${percent(r.share)}`);
        }
      }
    }
  }
  return escapeForTerminal(out.join("\n"));
}
