import { formatLabel } from "../outline/labels";
import type { OutlineNode, Paragraphs } from "../types";
import { numberedRuns, siblingLists } from "../outline/siblings";
import { toChineseNumeral } from "../text/numerals";
import type { Report, Rule } from "./types";

/**
 * Numbers among the siblings under one parent that repeat, skip or start again. Items numbered
 * straight through groups, and items that start again at 1 under each group, are both normal.
 */
export const numberingSequence: Rule = {
  meta: {
    id: "numbering-sequence",
    category: "numbering",
    severity: "error",
    name: "序号重复、跳号或中断",
    description: "同一级标题的序号重复、跳过了某个序号、从中间开始或重新从 1 开始；段内的“一是、二是”“第一、第二”跳号或重复也算。",
    why: "序号错乱一眼就能看出，说明材料没有认真核对；常见于增删段落、从旧材料拼接之后。",
    example: { bad: "（一）理论学习方面……（二）政治素质方面……（二）能力本领方面……", good: "……（三）能力本领方面……" },
    messages: {
      repeated: "序号“{{label}}”与上一条重复，应为“{{expected}}”。",
      skipped: "序号从“{{previous}}”跳到了“{{label}}”，中间缺少“{{expected}}”。",
      startsAt: "这一级序号从“{{label}}”开始，应从“{{expected}}”开始。",
      restarted: "序号在同一级中重新从“{{label}}”开始（上一条是“{{previous}}”）；如是新的一组，可能缺少上一级标题。",
      backwards: "序号“{{label}}”排在“{{previous}}”之后，顺序颠倒。",
    },
    fixable: true,
  },
  check({ analysis, paragraphs, report }) {
    for (const { nodes, continuesFrom } of numberedRuns(analysis.outline)) {
      const first = nodes[0];
      if (first.number !== 1 && first.number !== (continuesFrom ?? 0) + 1) {
        const want = (continuesFrom ?? 0) + 1;
        report(at(first, "startsAt", { label: first.label, expected: labelFor(first, want) }, fixFor(paragraphs[first.paragraph].text, first, want, nodes[1], want + 1)));
      }
      for (let k = 1; k < nodes.length; k++) {
        const n = nodes[k];
        const previous = nodes[k - 1];
        const was = previous.number!;
        const is = n.number!;
        const data = { label: n.label, previous: previous.label, expected: labelFor(n, was + 1) };
        const fix = fixFor(paragraphs[n.paragraph].text, n, was + 1, nodes[k + 1], was + 2);
        if (is === was) report(at(n, "repeated", data, fix));
        else if (is > was + 1) report(at(n, "skipped", data, fix));
        else if (is === 1) report(at(n, "restarted", data));
        else if (is < was) report(at(n, "backwards", data));
      }
    }
    for (const siblings of siblingLists(analysis.outline)) runOnSlips(siblings, paragraphs, report);
  },
};

/** 一是 / 第一 items in one paragraph: a number skipped (一是…三是) or repeated (四是…四是). */
function runOnSlips(siblings: readonly OutlineNode[], paragraphs: Paragraphs, report: (r: Report) => void) {
  for (let k = 1; k < siblings.length; k++) {
    const n = siblings[k];
    const previous = siblings[k - 1];
    if (n.style !== "runon" || previous.style !== "runon" || n.paragraph !== previous.paragraph) continue;
    const label = runOnLabel(n.label);
    // 首先…其次… has no numbers to skip; 一是 after 第一 is another chain.
    if (!label || (runOnLabel(previous.label) === SHI) !== (label === SHI) || n.number === null || previous.number === null) continue;
    const was = previous.number;
    const is = n.number;
    if (is !== was && is !== was + 2) continue;
    const expected = label(was + 1);
    const next = siblings[k + 1];
    // A fix where the next item already follows the right number (or there is none), as for headings.
    const nextOk = !next || next.style !== "runon" || next.paragraph !== n.paragraph || next.number === was + 2;
    // A repeat after a skip (二是、四是、四是) is mended by the skipped one's fix alone.
    const before = siblings[k - 2];
    const previousOk = k < 2 || before.paragraph !== n.paragraph || before.number === was - 1;
    const text = paragraphs[n.paragraph].text;
    const end = n.start + n.label.length;
    const fix = nextOk && (is !== was || previousOk) && text.slice(n.start, end) === n.label ? { paragraph: n.paragraph, start: n.start, end, replacement: expected } : undefined;
    report(at(n, is === was ? "repeated" : "skipped", { label: n.label, previous: previous.label, expected }, fix));
  }
}

const SHI = (n: number) => `${toChineseNumeral(n)}是`;
const DI = (n: number) => `第${toChineseNumeral(n)}`;

function runOnLabel(label: string): typeof SHI | null {
  if (/^[一二三四五六七八九十]+是$/.test(label)) return SHI;
  if (/^第[一二三四五六七八九十]+$/.test(label)) return DI;
  return null;
}

function at(n: OutlineNode, messageId: string, data: Record<string, string>, fix?: Report["fix"]): Report {
  // A Word list number is not in the text: the finding points at the start of its paragraph.
  const end = n.fromList ? n.start : n.start + n.label.length;
  return { messageId, data, paragraph: n.paragraph, start: n.start, end, ...(fix ? { fix } : {}) };
}

function labelFor(n: OutlineNode, number: number): string {
  return n.pattern && n.numeral ? formatLabel({ pattern: n.pattern, numeral: n.numeral }, number) : String(number);
}

/**
 * A fix only where one number is wrong and the next one already follows the right number (or
 * there is none): renumbering one heading then mends the run. Where the rest would move too, the
 * checklist's 重新编号 does it as a whole.
 */
function fixFor(text: string, n: OutlineNode, want: number, next: OutlineNode | undefined, nextWant: number): Report["fix"] | undefined {
  if (n.fromList || !n.pattern || !n.numeral) return undefined;
  if (next && next.number !== nextWant) return undefined;
  if (text.slice(n.start, n.start + n.label.length) !== n.label) return undefined;
  return { paragraph: n.paragraph, start: n.start, end: n.start + n.label.length, replacement: labelFor(n, want) };
}
