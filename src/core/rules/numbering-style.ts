import { formatLabel, STYLE_RANK } from "../outline/labels";
import { numberedRuns, siblingLists } from "../outline/siblings";
import type { Rule } from "./types";

/** Numbers of one level written two ways, and a level with no level above it. */
export const numberingStyle: Rule = {
  meta: {
    id: "numbering-style",
    category: "numbering",
    severity: "warning",
    name: "序号格式不一致或层级错位",
    description: "同一级标题的序号写法不一（“1.”与“1、”，“（一）”与“(一)”），或下一级序号（如“（一）”）出现在没有上一级（“一、”）的位置。",
    why: "公文的层级序号依次为“一、”“（一）”“1.”“（1）”，同级写法应当一致；层级错位说明结构有缺漏或拼接痕迹。",
    example: { bad: "1.加强理论学习……2、改进工作作风……", good: "1.加强理论学习……2.改进工作作风……" },
    messages: {
      mixed: "同一级序号写法不一：“{{label}}”与同级的“{{usual}}”写法不同。",
      orphan: "“{{label}}”是下一级序号，但前面没有上一级标题（如“{{upper}}”）。",
    },
    fixable: true,
  },
  check({ analysis, paragraphs, report }) {
    for (const { nodes } of numberedRuns(analysis.outline)) {
      const counts = new Map<string, number>();
      for (const n of nodes) if (n.pattern) counts.set(n.pattern, (counts.get(n.pattern) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The usual way is the one most siblings use (the first one on a tie); between （一） and
      // (一) alone, the full-width one, which Chinese official writing uses.
      const widen = (pattern: string) => pattern.replace(/\(/g, "（").replace(/\)/g, "）");
      const patterns = [...counts.keys()];
      const usual =
        patterns.length === 2 && widen(patterns[0]) === widen(patterns[1])
          ? widen(patterns[0])
          : [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
      const usualNode = nodes.find((n) => n.pattern === usual)!;
      for (const n of nodes) {
        if (n.pattern === usual || !n.pattern || !n.numeral) continue;
        const start = n.start;
        const end = n.fromList ? n.start : n.start + n.label.length;
        const replacement = formatLabel({ pattern: usual, numeral: n.numeral }, n.number!);
        const fixable = !n.fromList && paragraphs[n.paragraph].text.slice(start, end) === n.label;
        report({
          messageId: "mixed",
          data: { label: n.label, usual: usualNode.label },
          paragraph: n.paragraph,
          start,
          end,
          ...(fixable ? { fix: { paragraph: n.paragraph, start, end, replacement } } : {}),
        });
      }
    }
    for (const siblings of siblingLists(analysis.outline)) {
      // The highest level among the headings (a loop: a spread of a long list overflows the stack).
      let top = Infinity;
      for (const n of siblings) {
        const rank = n.kind === "heading" ? STYLE_RANK[n.style] : undefined;
        if (rank !== undefined && rank < top) top = rank;
      }
      if (top === Infinity) continue;
      const upper = siblings.find((n) => STYLE_RANK[n.style] === top)!;
      for (const n of siblings) {
        const rank = STYLE_RANK[n.style];
        if (n.kind !== "heading" || rank === undefined || rank <= top) continue;
        report({ messageId: "orphan", data: { label: n.label || n.title, upper: upper.label }, paragraph: n.paragraph, start: n.start, end: n.fromList ? n.start : n.start + n.label.length });
      }
    }
  },
};
