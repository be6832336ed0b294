import { stableIds } from "./ids";
import type { DocumentKind, Item, OutlineNode, Paragraphs, Part } from "../types";
import type { PartRole } from "./roles";
import { contentStart, readLabel } from "../outline/labels";
import { CLOSING, roleOfHeading, SPEECH_TITLE, TITLE_WORDS } from "./partPatterns";
import { isBannerLine, tableOfContentsAt } from "./front";

/** Lines pasted in with the text that belong to no part: page footers, site watermarks. */
export function isJunkLine(text: string): boolean {
  const t = text.trim();
  return /^[-—－\s\d第页共/]+$/.test(t) || /^#{2}[a-z]+#{2}$/i.test(t);
}

function firstContent(paragraphs: Paragraphs, from: number): number {
  let i = from;
  while (i < paragraphs.length && (!paragraphs[i].text.trim() || isJunkLine(paragraphs[i].text))) i++;
  return i;
}

function isTitleLike(text: string, listString: string | undefined): boolean {
  const t = text.trim();
  if (!t || listString || t.length > 70) return false;
  if (readLabel(text) !== null) return false;
  if (/[。；;，,：:]$/.test(t.replace(/\**$/, ""))) return false;
  if (TITLE_WORDS.test(t)) return true;
  return t.length <= 30 && roleOfHeading(t) === null;
}

export interface TitleAndSignature {
  title: number[];
  signature: number[];
  /**
   * Lines around the title that belong to no part: a website's banner, breadcrumbs, buttons
   * (复制全文), counters (阅读量), metadata, and a table of contents. They are not part of the
   * outline either (analyze passes them to buildOutline's `skip` with the title).
   */
  skipped: number[];
}

/** Banner lines and a table of contents from `from` on: their lines, and the first line after them. */
function skipFrontMatter(paragraphs: Paragraphs, from: number, beforeTitle: boolean, skipped: number[]): number {
  let i = firstContent(paragraphs, from);
  for (;;) {
    if (i >= paragraphs.length) return i;
    if (!paragraphs[i].listString && !paragraphs[i].inTable && isBannerLine(paragraphs[i].text, beforeTitle)) {
      skipped.push(i);
      i = firstContent(paragraphs, i + 1);
      continue;
    }
    const toc = tableOfContentsAt(paragraphs, i);
    if (toc) {
      for (let k = toc.first; k <= toc.last; k++) if (paragraphs[k].text.trim()) skipped.push(k);
      i = firstContent(paragraphs, toc.last + 1);
      continue;
    }
    return i;
  }
}

/** Title lines (a repeated or two-line title included) and the 署名 lines after them. */
export function findTitleAndSignature(paragraphs: Paragraphs): TitleAndSignature {
  const title: number[] = [];
  const signature: number[] = [];
  const skipped: number[] = [];
  const i = skipFrontMatter(paragraphs, 0, true, skipped);
  if (i >= paragraphs.length || !isTitleLike(paragraphs[i].text, paragraphs[i].listString)) return { title, signature, skipped };
  // A lone short line that names no material and is followed by a sentence is still a title.
  title.push(i);
  let j = skipFrontMatter(paragraphs, i + 1, false, skipped);
  const norm = (k: number) => paragraphs[k].text.replace(/[\s#*]/g, "");
  // The same title twice, or a title broken over two lines ("…专题民主生活会" / "对照检查材料").
  if (
    j < paragraphs.length &&
    (norm(j) === norm(i) ||
      (/^(个人|领导班子)?(对照检查|检视剖析|发言提纲|剖析)/.test(norm(j)) && isTitleLike(paragraphs[j].text, undefined)) ||
      // A unit line (中共某某县委常委会) above the title proper.
      (!TITLE_WORDS.test(norm(i)) && TITLE_WORDS.test(norm(j)) && isTitleLike(paragraphs[j].text, paragraphs[j].listString)))
  ) {
    title.push(j);
    j = skipFrontMatter(paragraphs, j + 1, false, skipped);
  }
  // 署名: short lines without a sentence mark, before the preamble (name, post, date).
  for (let n = 0; n < 2 && j < paragraphs.length; n++) {
    const t = paragraphs[j].text.trim();
    const ok =
      t.length <= 40 &&
      !/[。；;：:！!？?，,、]$/.test(t) &&
      !/[，,。]/.test(t.slice(0, -1)) &&
      !readLabel(paragraphs[j].text) &&
      !paragraphs[j].listString &&
      roleOfHeading(t) === null &&
      !/^(根据|按照|为|同志们|今天|近期|近日|在)/.test(t);
    if (!ok) break;
    signature.push(j);
    j = skipFrontMatter(paragraphs, j + 1, false, skipped);
  }
  return { title, signature, skipped };
}

/** The part heading nodes: top-level headings naming a part (one level down if all sit under one heading). */
function partHeadings(outline: readonly OutlineNode[], head: number): { node: OutlineNode; role: PartRole | null }[] {
  // Headings up to the end of the head (a table of contents, a banner) are no parts.
  let level = outline.filter((n) => n.kind === "heading" && n.paragraph > head);
  if (level.length === 1 && roleOfHeading(level[0].title) === null) {
    const inner = level[0].children.filter((n) => n.kind === "heading");
    if (inner.filter((n) => roleOfHeading(n.title) !== null).length >= 2) level = inner;
  }
  return level.map((node) => ({ node, role: roleOfHeading(node.title) }));
}

// Words that show what a group without a part heading is about.
const CONTENT_SIGNS: [PartRole, RegExp][] = [
  ["causes", /原因|根源|究其|根子|有所(弱化|淡化|松懈|放松)|(理想信念|宗旨意识|党性修养|党性锻炼)[^。]{0,6}(不够|弱化|淡化|松懈|缺失)/g],
  ["measures", /^(加强|强化|提高|提升|坚持|树牢|筑牢|持续|着力|深化|严格|狠抓|切实|始终|进一步|锤炼|践行|压实|扛起|聚焦|突出|带头)|每月|每季度|每半年|年底前|月底前|确保|力争/g],
  ["problems", /不够|不足|不强|不到位|不深|不实|有差距|欠缺|比如|例如|表现在|存在/g],
];

/** The part a section without a part heading belongs to, from its words; null when nothing tells. */
function guessRole(paragraphs: Paragraphs, node: OutlineNode): PartRole | null {
  const text = node.title + paragraphs.slice(node.paragraph, node.lastParagraph + 1).map((p) => p.text).join("").slice(0, 300);
  let best: PartRole | null = null;
  let bestScore = 1;
  for (const [role, re] of CONTENT_SIGNS) {
    const score = (node.title.match(re)?.length ?? 0) * 3 + (text.match(re)?.length ?? 0);
    if (score > bestScore) {
      best = role;
      bestScore = score;
    }
  }
  return best;
}

export interface Structure {
  kind: DocumentKind;
  kindReason: string;
  title: number[];
  parts: Part[];
  items: Item[];
}

const ITEM_PREFIX: Record<Item["part"], string> = { problems: "P", case: "K", causes: "C", measures: "M" };

/** Parts, items and the document kind, from the outline and the text. */
export function findStructure(
  paragraphs: Paragraphs,
  outline: readonly OutlineNode[],
  titleAndSignature: Pick<TitleAndSignature, "title" | "signature"> & Partial<TitleAndSignature> = findTitleAndSignature(paragraphs),
): Structure {
  const { title, signature } = titleAndSignature;
  const skipped = titleAndSignature.skipped ?? [];
  const headEnd = Math.max(-1, ...title, ...signature, ...skipped);
  const parts: Part[] = [];
  const text = (i: number) => paragraphs[i].text;
  const nonEmpty = paragraphs.reduce((n, p) => n + (p.text.trim() ? 1 : 0), 0);
  if (nonEmpty === 0) {
    return { kind: "unknown", kindReason: "文档是空的。", title: [], parts: [], items: [] };
  }

  if (title.length) {
    parts.push({ role: "title", heading: null, paragraph: title[0], first: title[0], last: title[title.length - 1], inferred: false });
  }
  if (signature.length) {
    parts.push({ role: "signature", heading: null, paragraph: signature[0], first: signature[0], last: signature[signature.length - 1], inferred: false });
  }

  // Sections: each top-level heading, named by its words or, failing that, by its content.
  const headings = partHeadings(outline, headEnd);
  const sections: { role: PartRole; node: OutlineNode; named: boolean }[] = [];
  for (const { node, role } of headings) {
    let guessed = role ?? guessRole(paragraphs, node);
    // A weakly worded group between groups numbered like it belongs with them.
    const prev = sections[sections.length - 1];
    if (!guessed && prev && !prev.named && prev.node.style === node.style) guessed = prev.role;
    if (guessed) sections.push({ role: guessed, node, named: role !== null });
  }

  // Closing: the last lines asking for criticism, past any junk at the end.
  let end = paragraphs.length - 1;
  while (end >= 0 && (!text(end).trim() || isJunkLine(text(end)))) end--;
  let closingFirst = -1;
  for (let i = end, seen = 0; i >= 0 && seen < 4; i--) {
    const t = text(i).trim();
    if (!t) continue;
    seen++;
    const item = readLabel(text(i)) !== null || /^[一二三四五六七八九十]+是/.test(t);
    if (CLOSING.test(t) && t.length <= 200 && !item) {
      closingFirst = i;
      break;
    }
    if (t.length > 40) break; // a sentence of the body: there is no closing
  }

  // Preamble: after the title and 署名, up to the first section.
  const afterHead = firstContent(paragraphs, headEnd + 1);
  const firstSection = sections.length ? sections[0].node.paragraph : closingFirst >= 0 ? closingFirst : end + 1;
  if (afterHead < firstSection) {
    let last = firstSection - 1;
    while (last > afterHead && !text(last).trim()) last--;
    parts.push({ role: "preamble", heading: null, paragraph: afterHead, first: afterHead, last, inferred: false });
  }

  // Consecutive unnamed sections of one role make one part; a named section is a part of its own.
  const items: Item[] = [];
  const idOf = stableIds();
  const addItems = (role: PartRole, groups: readonly OutlineNode[]) => {
    if (role !== "problems" && role !== "case" && role !== "causes" && role !== "measures") return;
    for (const g of groups) {
      if (closingFirst >= 0 && g.paragraph >= closingFirst) continue; // the closing is no item
      items.push({
        id: idOf(ITEM_PREFIX[role], g.title),
        part: role,
        title: g.title,
        paragraph: g.paragraph,
        lastParagraph: g.lastParagraph,
        node: g.id,
        children: g.children.length,
      });
    }
  };
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    let last = s.node.lastParagraph;
    if (closingFirst >= 0 && last >= closingFirst) last = closingFirst - 1;
    while (last > s.node.paragraph && (!text(last).trim() || isJunkLine(text(last)))) last--;
    const prev = parts[parts.length - 1];
    if (!s.named && prev && prev.role === s.role && prev.inferred) {
      prev.last = last;
      addItems(s.role, [s.node]);
      continue;
    }
    parts.push({
      role: s.role,
      heading: s.named ? headingText(text(s.node.paragraph), s.node) : null,
      paragraph: s.node.paragraph,
      first: s.node.paragraph,
      last,
      node: s.named ? s.node.id : undefined,
      inferred: !s.named,
    });
    addItems(s.role, s.named ? s.node.children : [s.node]);
  }
  if (closingFirst >= 0) {
    parts.push({ role: "closing", heading: null, paragraph: closingFirst, first: closingFirst, last: end, inferred: false });
  }

  const { kind, reason } = documentKind(paragraphs, parts, title);
  if (kind === "speech") {
    // A speech has no parts of a material: keep only its title.
    return { kind, kindReason: reason, title, parts: parts.filter((p) => p.role === "title"), items: [] };
  }
  return { kind, kindReason: reason, title, parts, items };
}

/** The heading as the writer wrote it: the number and the title, no Markdown. */
function headingText(text: string, node: OutlineNode): string {
  const label = node.fromList ? node.label : "";
  return (label + text.slice(node.fromList ? contentStart(text) : node.start, node.titleEnd)).replace(/\*\*/g, "").trim();
}

function documentKind(paragraphs: Paragraphs, parts: Part[], title: number[]): { kind: DocumentKind; reason: string } {
  const titleText = title.map((i) => paragraphs[i].text).join("");
  const roles = new Set(parts.filter((p) => !p.inferred).map((p) => p.role));
  const core = (["problems", "causes", "measures"] as const).filter((r) => roles.has(r)).length;
  const coreAny = (["problems", "causes", "measures"] as const).filter((r) => parts.some((p) => p.role === r)).length;
  const head = paragraphs.slice(0, 12).map((p) => p.text.trim());
  const tail = paragraphs.slice(-6).map((p) => p.text.trim());
  const materialTitle = /对照检查|检视剖析|剖析材料|发言提纲|发言材料|检查材料|对照检视|个人检视/.test(titleText);

  let speech = 0;
  if (SPEECH_TITLE.test(titleText) && !materialTitle) speech += 2;
  if (head.some((t) => /^同志们[：:，,!！]/.test(t))) speech += 1;
  if (tail.some((t) => /^谢谢(大家|各位)/.test(t))) speech += 1;
  if (paragraphs.some((p) => /讲(几|三|四|两)点(意见|要求)|提(几|三|四|两)点(意见|要求)/.test(p.text))) speech += 1;
  if (speech >= 2 && !(materialTitle && core >= 2)) {
    return { kind: "speech", reason: "这是一篇讲话稿（标题或开头结尾是讲话的写法），不是对照检查材料，不检查问题、原因、措施各部分。" };
  }
  if (core >= 2 || (materialTitle && coreAny >= 1)) {
    return { kind: "material", reason: "找到了问题、原因、措施等部分。" };
  }
  const found = parts.filter((p) => ["problems", "causes", "measures"].includes(p.role)).length;
  return {
    kind: "unknown",
    reason:
      found === 0
        ? "没有找到“存在的问题”“原因”“整改措施”等部分，标题和开头也不像对照检查材料或讲话稿。"
        : "只找到了问题、原因、措施中的一部分，且标题不像对照检查材料，无法确定文档类型。",
  };
}

export { findVoice } from "./voice";
export type { Voice, VoiceFinding, VoiceSource } from "./voice";
