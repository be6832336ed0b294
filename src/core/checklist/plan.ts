import type { Analysis, OutlineNode, Paragraphs, PartRole } from "../types";
import { PART_NAMES } from "../structure/roles";
import type { NewParagraph, ParagraphAnchor, ParagraphFormat, TextEdit } from "../edits";
import type { MeetingTemplate } from "./template";
import { problemGroups } from "./checklist";
import { flattenOutline } from "../outline/build";
import { formatLabel, STYLE_PATTERNS } from "../outline/labels";
import { toChineseNumeral } from "../text/numerals";

/** GB/T 9704 look: 方正小标宋 title, 黑体 for 一、, 楷体 for （一）, 仿宋 body, all 三号 but the title. */
export const FORMATS = {
  title: { font: "方正小标宋简体", size: 22, alignment: "Centered" },
  level1: { font: "黑体", size: 16, firstLineIndent: 32, outlineLevel: 1, alignment: "Justified" },
  level2: { font: "楷体_GB2312", size: 16, firstLineIndent: 32, outlineLevel: 2, alignment: "Justified" },
  body: { font: "仿宋_GB2312", size: 16, firstLineIndent: 32, alignment: "Justified" },
} satisfies Record<string, ParagraphFormat>;

function formatForStyle(style: OutlineNode["style"]): ParagraphFormat {
  return style === "cn" ? FORMATS.level1 : style === "cn-paren" ? FORMATS.level2 : FORMATS.body;
}

export interface InsertionPlan {
  anchor: ParagraphAnchor;
  paragraphs: NewParagraph[];
  /** The neighbours are numbered by Word's list: the new heading's number is not typed. */
  listNumbered: boolean;
  /** Where it goes, in words: "在“担当作为”之后". */
  where: string;
}

/**
 * Where and how to insert the heading of a missing aspect: after the nearest aspect that the
 * template puts before it (or before the nearest one after it), numbered like its neighbours.
 */
export function planAspectInsertion(
  paragraphs: Paragraphs,
  analysis: Pick<Analysis, "items" | "outline" | "parts">,
  template: MeetingTemplate,
  aspectId: string,
): InsertionPlan | { error: string } {
  const index = template.aspects.findIndex((a) => a.id === aspectId);
  if (index < 0) return { error: "清单中没有这一方面。" };
  const aspect = template.aspects[index];
  const groups = problemGroups(analysis, template.aspects);
  const nodes = new Map(flattenOutline(analysis.outline).map((n) => [n.id, n] as const));
  const orderOf = (g: (typeof groups)[number]) => (g.match ? template.aspects.indexOf(g.match.aspect) : -1);

  const before = groups.filter((g) => orderOf(g) >= 0 && orderOf(g) < index).pop();
  const after = groups.find((g) => orderOf(g) > index);
  const neighbour = before ?? after ?? groups[groups.length - 1];
  const node = neighbour ? nodes.get(neighbour.item.node) : undefined;

  let anchor: ParagraphAnchor;
  let number: number;
  let where: string;
  const problemsPart = analysis.parts.find((p) => p.role === "problems");
  // A group that ends its problems part may reach past it (to a closing line): stop at the part
  // the group is in (a team draft may have two problems parts).
  const lastOf = (item: { paragraph: number; lastParagraph: number }) => {
    const part = analysis.parts.find((p) => p.role === "problems" && p.first <= item.paragraph && item.paragraph <= p.last);
    return part ? Math.min(item.lastParagraph, part.last) : item.lastParagraph;
  };
  if (before) {
    anchor = { paragraph: lastOf(before.item), location: "After" };
    number = (node?.number ?? 0) + 1;
    where = `在“${before.match!.aspect.name}”之后`;
  } else if (after) {
    anchor = { paragraph: after.item.paragraph, location: "Before" };
    number = node?.number ?? 1;
    where = `在“${after.match!.aspect.name}”之前`;
  } else {
    const problems = problemsPart;
    if (!problems) return { error: "文档中还没有“存在的问题”部分，请先插入该部分的标题。" };
    if (neighbour) {
      anchor = { paragraph: lastOf(neighbour.item), location: "After" };
      number = (node?.number ?? 0) + 1;
    } else {
      anchor = problems.heading ? { paragraph: problems.paragraph, location: "After" } : { paragraph: problems.first, location: "Before" };
      number = 1;
    }
    where = "在“存在的问题”部分";
  }

  anchor = outsideTables(paragraphs, anchor);
  const listNumbered = node?.fromList === true;
  const style = node && node.style !== "runon" ? node.style : "cn-paren";
  const numbering = node?.pattern && node.numeral ? { pattern: node.pattern, numeral: node.numeral } : STYLE_PATTERNS["cn-paren"];
  const label = listNumbered ? "" : formatLabel(numbering, number) + separatorOf(paragraphs, node);
  // A neighbour written as "（一）理论学习方面。一是……" ends its heading with a full stop.
  const inline = node ? (paragraphs[node.paragraph]?.text ?? "").length > node.titleEnd + 1 : false;
  return {
    anchor,
    paragraphs: [{ text: `${label}${aspect.heading}${inline ? "。" : ""}`, format: formatForStyle(style) }],
    listNumbered,
    where,
  };
}

/** What the neighbour puts between its number and its words ("第一部分　存在…": the space). */
function separatorOf(paragraphs: Paragraphs, node: OutlineNode | undefined): string {
  if (!node || node.fromList || !node.label) return "";
  return (paragraphs[node.paragraph]?.text ?? "").slice(node.start + node.label.length, node.titleStart);
}

/**
 * A paragraph inserted after a table cell's paragraph would land in the cell: insert before the
 * first paragraph after the table instead (or at the end of the document).
 */
function outsideTables(paragraphs: Paragraphs, anchor: ParagraphAnchor): ParagraphAnchor {
  if (anchor.location !== "After" || !paragraphs[anchor.paragraph]?.inTable) return anchor;
  let next = anchor.paragraph + 1;
  while (next < paragraphs.length && paragraphs[next].inTable) next++;
  return next < paragraphs.length ? { paragraph: next, location: "Before" } : { location: "End" };
}

/**
 * Renumber where a heading's number is taken twice (what inserting a heading leaves behind):
 * the top-level headings, and the problem groups, each among the siblings of one parent and one
 * numbering style. Word-numbered siblings count as positions but are never edited (Word numbers
 * them). Gaps and restarts are left alone: they may be the writer's intent, and the checks
 * before submission report them.
 */
export function planRenumber(paragraphs: Paragraphs, analysis: Pick<Analysis, "items" | "outline" | "parts">): TextEdit[] {
  const parentOf = new Map<string, OutlineNode | null>();
  const walk = (ns: readonly OutlineNode[], parent: OutlineNode | null) => {
    for (const n of ns) {
      parentOf.set(n.id, parent);
      walk(n.children, n);
    }
  };
  walk(analysis.outline, null);
  const siblingLists: (readonly OutlineNode[])[] = [analysis.outline];
  const seen = new Set<OutlineNode | null>([null]);
  for (const item of analysis.items) {
    if (item.part !== "problems") continue;
    const parent = parentOf.get(item.node) ?? null;
    if (parent && !seen.has(parent)) {
      seen.add(parent);
      siblingLists.push(parent.children);
    }
  }
  return siblingLists.flatMap((list) => renumberDuplicates(paragraphs, list)).sort((a, b) => a.paragraph - b.paragraph);
}

function renumberDuplicates(paragraphs: Paragraphs, siblings: readonly OutlineNode[]): TextEdit[] {
  const out: TextEdit[] = [];
  const styles = new Set(siblings.filter((n) => n.kind === "heading" && n.number !== null).map((n) => n.style));
  for (const style of styles) {
    const run = siblings.filter((n) => n.kind === "heading" && n.style === style && n.number !== null);
    const numbers = run.map((n) => n.number!);
    if (new Set(numbers).size === numbers.length) continue; // no number taken twice
    const first = numbers[0];
    run.forEach((n, k) => {
      const want = first + k;
      if (n.number === want || n.fromList || !n.pattern) return;
      const text = paragraphs[n.paragraph].text.slice(n.start, n.start + n.label.length);
      out.push({ paragraph: n.paragraph, start: n.start, end: n.start + n.label.length, expected: text, replacement: formatLabel({ pattern: n.pattern, numeral: n.numeral! }, want) });
    });
  }
  return out;
}

/**
 * Where and how to insert a missing part's heading: after the part the template puts before it
 * (or before the one after it), numbered like the other part headings.
 */
export function planPartInsertion(
  paragraphs: Paragraphs,
  analysis: Pick<Analysis, "outline" | "parts">,
  template: MeetingTemplate,
  role: PartRole,
): InsertionPlan | { error: string } {
  const index = template.parts.indexOf(role);
  if (index < 0) return { error: "清单中没有这一部分。" };
  const order = (r: PartRole) => template.parts.indexOf(r);
  const present = analysis.parts.filter((p) => order(p.role) >= 0);
  const before = present.filter((p) => order(p.role) < index).pop();
  const after = present.find((p) => order(p.role) > index);
  const nodes = new Map(flattenOutline(analysis.outline).map((n) => [n.id, n] as const));
  const headed = analysis.parts.filter((p) => p.node).map((p) => nodes.get(p.node!)!);
  const neighbourNode = (before?.node && nodes.get(before.node)) || (after?.node && nodes.get(after.node)) || headed[0];
  // Numbered by position among the top-level headings numbered like the neighbour (a 一、会前准备
  // before the parts counts too).
  const tops = analysis.outline.filter((n) => n.kind === "heading" && (!neighbourNode || n.style === neighbourNode.style));

  // Numbered by position among the part headings; the ones after it are renumbered on request.
  let anchor: ParagraphAnchor;
  let number: number;
  let where: string;
  if (before) {
    anchor = { paragraph: before.last, location: "After" };
    number = tops.filter((n) => n.paragraph <= before.last).length + 1;
    where = `在“${PART_NAMES[before.role]}”之后`;
  } else if (after) {
    anchor = { paragraph: after.paragraph, location: "Before" };
    number = tops.filter((n) => n.paragraph < after.paragraph).length + 1;
    where = `在“${PART_NAMES[after.role]}”之前`;
  } else {
    const head = analysis.parts.filter((p) => p.role === "title" || p.role === "signature" || p.role === "preamble").pop();
    anchor = head ? { paragraph: head.last, location: "After" } : { location: "End" };
    number = tops.filter((n) => head && n.paragraph <= head.last).length + 1;
    where = head ? `在“${PART_NAMES[head.role]}”之后` : "在文末";
  }
  anchor = outsideTables(paragraphs, anchor);
  const listNumbered = neighbourNode?.fromList === true;
  const numbering = neighbourNode?.pattern && neighbourNode.numeral ? { pattern: neighbourNode.pattern, numeral: neighbourNode.numeral } : STYLE_PATTERNS.cn;
  const label = listNumbered || (neighbourNode && !neighbourNode.label) ? "" : formatLabel(numbering, number) + separatorOf(paragraphs, neighbourNode);
  return {
    anchor,
    paragraphs: [{ text: `${label}${template.partHeadings[role] ?? PART_NAMES[role]}`, format: FORMATS.level1 }],
    listNumbered,
    where,
  };
}

const SLOTS = "一是【……】。二是【……】。";

/**
 * The whole outline of a material of this type, for an empty document; without the title when
 * the writer has typed one already.
 */
export function planSkeleton(template: MeetingTemplate, options: { hasTitle?: boolean } = {}): NewParagraph[] {
  const out: NewParagraph[] = [
    ...(options.hasTitle ? [] : [{ text: template.skeletonTitle, format: FORMATS.title }]),
    { text: template.skeletonPreamble, format: FORMATS.body },
  ];
  template.parts.forEach((role, k) => {
    out.push({ text: `${toChineseNumeral(k + 1)}、${template.partHeadings[role] ?? ""}`, format: FORMATS.level1 });
    if (role === "problems") {
      template.aspects.forEach((a, j) => {
        out.push({ text: `（${toChineseNumeral(j + 1)}）${a.heading}`, format: FORMATS.level2 });
        out.push({ text: SLOTS, format: FORMATS.body });
      });
      if (template.aspects.length === 0) out.push({ text: SLOTS, format: FORMATS.body });
    } else if (role === "case") {
      out.push({ text: "【案例的基本情况】【案例反映的问题和原因】【对照案例查摆的自身差距】", format: FORMATS.body });
    } else {
      out.push({ text: SLOTS, format: FORMATS.body });
    }
  });
  out.push({ text: "以上对照检查，如有不妥之处，请各位同志批评指正。", format: FORMATS.body });
  return out;
}

/** A document with almost nothing in it can take a skeleton without anything being moved. */
export function isNearlyEmpty(paragraphs: Paragraphs): boolean {
  let n = 0;
  for (const p of paragraphs) n += p.text.replace(/\s/g, "").length;
  return n < 40;
}
