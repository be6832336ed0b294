import type { Finding, OutlineNode, Paragraphs, PartRole } from "../types";
import type { Fix, Report, Rule, RuleInput, RuleSettings } from "./types";
import { editsOverlap, orderEdits } from "../edits";
import { RULES } from "./index";

/** Fill `{{name}}` from `data`; a missing name stays visible rather than vanishing. */
export function formatMessage(template: string, data: Report["data"] = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) => (name in data ? String(data[name]) : all));
}

/**
 * Findings one rule may report in one document: a real draft has a handful; beyond this the
 * document is not a draft (a file of repeated headings), and more would only cost time and memory.
 */
export const MAX_FINDINGS_PER_RULE = 500;

/** Characters either side of a finding that its key includes. */
const KEY_CONTEXT = 12;

/**
 * What an ignored finding is remembered by: its rule, its text and the text around it in its
 * paragraph. An edit elsewhere in the document (or a paragraph added before it) keeps the key;
 * an edit of the sentence itself makes it a new finding, to be looked at again.
 */
export function findingKey(f: Pick<Finding, "rule" | "paragraph" | "start" | "end">, paragraphs: Paragraphs): string {
  const text = paragraphs[f.paragraph]?.text ?? "";
  const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");
  return [f.rule, squeeze(text.slice(Math.max(0, f.start - KEY_CONTEXT), f.start)), squeeze(text.slice(f.start, f.end)), squeeze(text.slice(f.end, f.end + KEY_CONTEXT))].join("\u0001");
}

/**
 * Run the rules over an analysed document. Rules stay naive: the runner checks their offsets,
 * fills the text and message, applies the user's settings, drops duplicates and sorts.
 */
export function runRules(paragraphs: Paragraphs, analysis: RuleInput, settings: RuleSettings = {}, rules: readonly Rule[] = RULES): Finding[] {
  const ignored = new Set(settings.ignored ?? []);
  const { partOf, headingAt } = paragraphIndex(paragraphs.length, analysis);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const rule of rules) {
    const { meta } = rule;
    const chosen = settings.rules?.[meta.id];
    if (chosen === "off") continue;
    let reported = 0;
    rule.check({
      paragraphs,
      analysis,
      partOf,
      headingAt,
      report(r) {
        const template = meta.messages[r.messageId];
        if (template === undefined) throw new Error(`规则 ${meta.id} 报告了未定义的消息 ${r.messageId}`);
        const text = paragraphs[r.paragraph]?.text;
        if (text === undefined || !(r.start >= 0 && r.start <= r.end && r.end <= text.length)) {
          throw new Error(`规则 ${meta.id} 报告的位置不在文档中：第 ${r.paragraph + 1} 段 ${r.start}–${r.end}`);
        }
        if (reported >= MAX_FINDINGS_PER_RULE) return;
        const dedupe = `${meta.id}|${r.messageId}|${r.paragraph}|${r.start}|${r.end}`;
        if (seen.has(dedupe)) return;
        seen.add(dedupe);
        const finding: Finding = {
          rule: meta.id,
          category: meta.category,
          severity: chosen ?? meta.severities?.[r.messageId] ?? meta.severity,
          messageId: r.messageId,
          message: formatMessage(template, r.data),
          paragraph: r.paragraph,
          start: r.start,
          end: r.end,
          text: text.slice(r.start, r.end),
          key: "",
        };
        finding.key = findingKey(finding, paragraphs);
        if (ignored.has(finding.key)) return;
        if (r.fix) {
          const at = paragraphs[r.fix.paragraph]?.text ?? "";
          finding.fix = { ...r.fix, expected: at.slice(r.fix.start, r.fix.end) };
        }
        out.push(finding);
        reported++;
      },
    });
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** Per paragraph, its part and its heading, computed once for all rules. */
function paragraphIndex(count: number, analysis: RuleInput) {
  const roles: (PartRole | null)[] = new Array(count).fill(null);
  for (const part of analysis.parts) for (let i = part.first; i <= part.last && i < count; i++) roles[i] = part.role;
  const headings = new Map<number, OutlineNode>();
  const walk = (nodes: readonly OutlineNode[]) => {
    for (const n of nodes) {
      if (n.kind === "heading" && !headings.has(n.paragraph)) headings.set(n.paragraph, n);
      walk(n.children);
    }
  };
  walk(analysis.outline);
  return {
    partOf: (paragraph: number) => roles[paragraph] ?? null,
    headingAt: (paragraph: number) => headings.get(paragraph) ?? null,
  };
}

/**
 * Apply fixes to paragraph texts: end-first within a paragraph, a fix that overlaps one already
 * applied is skipped, and one whose text is no longer `expected` is refused. Hosts follow the
 * same order; this is the reference, and what the CLI and the tests use.
 */
export function applyFixes(texts: readonly string[], fixes: readonly Fix[]): { texts: string[]; applied: Fix[]; refused: Fix[] } {
  const out = [...texts];
  const applied: Fix[] = [];
  const refused: Fix[] = [];
  for (const fix of orderEdits(fixes)) {
    const text = out[fix.paragraph];
    const next = fix.joinNext ? out[fix.paragraph + 1] : undefined;
    const stale =
      text === undefined ||
      text.slice(fix.start, fix.end) !== fix.expected ||
      (fix.joinNext && (fix.end !== text.length || next === undefined || !next.startsWith(fix.joinNext.expected)));
    if (stale || applied.some((a) => editsOverlap(a, fix))) {
      refused.push(fix);
      continue;
    }
    if (fix.joinNext) out.splice(fix.paragraph, 2, text.slice(0, fix.start) + fix.replacement + next!.slice(fix.joinNext.expected.length));
    else out[fix.paragraph] = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    applied.push(fix);
  }
  return { texts: out, applied, refused };
}
