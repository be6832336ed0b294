import type { Paragraphs, Part, Severity } from "../types";
import type { Report, Rule } from "./types";
import { findDraftYear } from "../structure/year";
import { PhraseIndex } from "../text/phraseIndex";
import { FIXED_PAIRS, FULL_NAMES, KNOWN_ERRORS, MEMBER_LISTS, type MemberList } from "../../data/formulations";

/*
 * Official formulations written wrong: a full name with a character wrong or missing, a list
 * (四个意识 …) with a member missing, substituted, added or out of order, a verb that belongs to
 * another name of the chain (增强“四个自信”), an outdated form in a recent draft. The data and how
 * each kind is recognised: src/data/formulations.ts. Everything here is conservative: a list is
 * judged only where its members stand together, and a missing member only where the list's
 * name stands next to them, so that correct text and partial mentions are never reported.
 */

/**
 * The severity of each message: a wrong name or member is an error, an order or a verb pair a
 * warning, an outdated form a hint. `meta.severity` is the highest; the runner reads this map
 * once it supports a severity per message (see the notes).
 */
export const FORMULATION_SEVERITIES: Readonly<Record<string, Severity>> = {
  wrongName: "error",
  wrongMember: "error",
  missingMember: "error",
  extraMember: "error",
  order: "warning",
  pair: "warning",
  outdated: "info",
};

/** Quote marks of any kind, as drafts put them around names (“四个意识”, "四个意识", ‘四个意识’). */
const QUOTE = "[“”\"'‘’「」『』]";
/** What may stand between the members of a list: punctuation, quotes, spaces, 和/及/与. */
const SEP = "[\\s、，,；;“”\"'‘’「」『』]|以及|和|及|与";
/** A gap between two members longer than this is not a list. */
const MAX_GAP = 40;
/** Characters that cannot be inside a name (its middle is matched with this class). */
const NAME_CHAR = "[^\\s，。；、,;：:！？!?“”\"'‘’（）()《》<>【】]";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Edit distance (insert, delete, substitute), for the middles of full names: a dozen characters. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

// ---- compiled once ------------------------------------------------------------------------

const FULL = FULL_NAMES.map((f) => ({
  f,
  // Middles shorter by up to maxEdits, never longer: a longer middle is another name.
  re: new RegExp(`${escape(f.head)}(${NAME_CHAR}{${f.middle.length - f.maxEdits},${f.middle.length}}?)${escape(f.tail)}`, "g"),
}));

const KNOWN = KNOWN_ERRORS.map((e) => ({ e, re: new RegExp(e.pattern.source, "g") }));

/** Words one of which a paragraph must hold for a full name or a known error to be in it: one test. */
const NAMES_GATE = new RegExp([...FULL_NAMES.map((f) => f.head), ...KNOWN_ERRORS.map((e) => e.needs)].map(escape).join("|"));

interface TokenRef {
  list: number;
  member: number;
  outdated: boolean;
}

/** Every way a member of some list is written, to the lists and members it stands for. */
const TOKEN_REFS = new Map<string, TokenRef[]>();
function addToken(text: string, ref: TokenRef) {
  const refs = TOKEN_REFS.get(text) ?? [];
  if (!refs.some((r) => r.list === ref.list)) refs.push(ref);
  TOKEN_REFS.set(text, refs);
}
MEMBER_LISTS.forEach((l, list) => {
  l.members.forEach((m, member) => memberVariants(m).forEach((v) => addToken(v, { list, member, outdated: false })));
  for (const a of l.aliases ?? []) memberVariants(a.text).forEach((v) => addToken(v, { list, member: a.member, outdated: false }));
  if (l.outdated) addToken(l.outdated.text, { list, member: l.outdated.member, outdated: true });
});
/** All members of all lists, found in one pass per paragraph. */
const TOKENS = new PhraseIndex(TOKEN_REFS.keys());

interface CompiledList {
  l: MemberList;
  gap: RegExp;
  shape: RegExp | null;
  leading: RegExp | null;
  trailing: RegExp | null;
  nameBefore: RegExp | null;
  nameAfter: RegExp | null;
}

const LISTS: CompiledList[] = MEMBER_LISTS.map((l) => {
  const joiners = (l.joiners ?? []).map(escape);
  const names = l.names.map(escape).join("|");
  // A shaped word must end where a word ends: before punctuation, 和/及/与, 等 or 的.
  const shaped = l.shape ? `(?:${l.shape})(?=$|[^\\u4e00-\\u9fff]|和|及|与|等|的)` : null;
  return {
    l,
    gap: new RegExp(`^(?:${[SEP, ...joiners, ...(l.shape ? [l.shape] : [])].join("|")})*$`),
    shape: l.shape ? new RegExp(l.shape, "g") : null,
    leading: l.shape ? new RegExp(`(?:(?:${l.shape})(?:${SEP})+)+$`) : null,
    trailing: shaped ? new RegExp(`^(?:(?:${SEP})+${shaped})+`) : null,
    // “四个意识”即政治意识…, 四个全面战略布局：…, “四风”（形式主义…）.
    nameBefore: names ? new RegExp(`(?:${names})${QUOTE}?(?:战略布局|总体布局)?[（(：:，,]?\\s*(?:即|是|就是|包括|也就是|亦即|指)?[：:，,]?\\s*$`) : null,
    // …看齐意识“四个意识”, …看齐意识这“四个意识”, …（“四个意识”）.
    nameAfter: names ? new RegExp(`^[（(]?(?:这|即)?${QUOTE}?(?:${names})`) : null,
  };
});

const PAIR_NAMES = new RegExp(FIXED_PAIRS.map((p) => escape(p.name)).join("|"), "g");
const PAIRS_BY_NAME = new Map(FIXED_PAIRS.map((p) => [p.name, p]));
const IS_QUOTE = new RegExp(`^${QUOTE}$`);
const OPENING = /^[“‘"'「『]$/;
const CLOSING = /^[”’"'」』]$/;
/** After the name, where the verb before it governs the name itself (not 增强“两个维护”的自觉). */
const PAIR_ENDS = /^(?:$|[、，,。；;：:！？!?）)\s]|和|与|及|总体布局|战略布局)/;

// ---- the year, for outdated forms ----------------------------------------------------------

/** Words that date a text: the 二十大 is past when its 精神 or report is cited. */
const DATED: { re: RegExp; year: number }[] = [
  { re: /党的二十大|二十大精神|二十届/, year: 2022 },
  { re: /二十大(?:精神|报告|以来|提出|强调|指出|作出|擘画|部署)|二十届/, year: 2023 },
];

/**
 * Whether a draft is written after `since` (the year a form became outdated): its own year
 * (title, 署名 or preamble) is that year or later, or the year before for a 年度 material (a
 * 2022年度 meeting is held after the year ends); else words that date it (二十大精神). Unknown:
 * false, so that an outdated form is never reported in a draft that may be older.
 */
function makeYearGate(paragraphs: Paragraphs, parts: readonly Part[]) {
  let found: { year: number | null; annual: boolean } | undefined;
  let dated: number | undefined;
  return (since: number): boolean => {
    found ??= findDraftYear(paragraphs, parts) ?? { year: null, annual: false };
    if (found.year !== null) return found.year >= since || (found.annual && found.year === since - 1);
    if (dated === undefined) {
      dated = 0;
      for (const p of paragraphs) for (const d of DATED) if (d.year > dated && d.re.test(p.text)) dated = d.year;
    }
    return dated >= since;
  };
}

// ---- the rule ------------------------------------------------------------------------------

export const formulations: Rule = {
  meta: {
    id: "formulations",
    category: "formulation",
    severity: "error",
    severities: FORMULATION_SEVERITIES,
    name: "规范提法",
    description:
      "重要提法写错：全称错字漏字（如“习近平新时代中国特色主义思想”漏了“社会”），“四个意识”“四个自信”等的内容缺项、错项、多项或顺序不对，固定搭配用错动词（如“增强‘四个自信’”），以及近年材料中仍用旧的提法（如 2021 年后的“四个全面”仍写“全面建成小康社会”）。",
    why: "规范提法是政治性表述，一字之差就是政治错误，审核时必退；顺序、搭配和新旧提法反映学习是否跟进。",
    example: {
      bad: "认真学习领会习近平新时代中国特色主义思想，进一步增强“四个自信”。",
      good: "认真学习领会习近平新时代中国特色社会主义思想，进一步坚定“四个自信”。",
    },
    messages: {
      wrongName: "“{{found}}”与规范提法不符，应为“{{right}}”。",
      wrongMember: "{{name}}是：{{members}}；这里的“{{found}}”应为“{{expected}}”。",
      missingMember: "{{name}}共 {{count}} 项（{{members}}），这里缺少“{{missing}}”。",
      extraMember: "{{name}}共 {{count}} 项（{{members}}），“{{found}}”不在其中。",
      order: "{{name}}的顺序应为：{{members}}。",
      pair: "与{{name}}固定搭配的是“{{right}}”，不是“{{found}}”。",
      outdated: "“{{found}}”是{{event}}以前的提法，现在的规范提法是“{{right}}”。",
    },
    fixable: true,
  },
  check({ paragraphs, analysis, report }) {
    const after = makeYearGate(paragraphs, analysis.parts);
    paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      // A name or a list needs a few characters; blank lines and numbers alone have none.
      if (text.length < 2) return;
      if (NAMES_GATE.test(text)) {
        checkFullNames(text, paragraph, report);
        checkKnownErrors(text, paragraph, report, after);
      }
      checkLists(text, paragraph, report, after);
      checkPairs(text, paragraph, report);
    });
  },
};

type Reporter = (r: Report) => void;

function checkFullNames(text: string, paragraph: number, report: Reporter) {
  for (const { f, re } of FULL) {
    if (!text.includes(f.head) || !text.includes(f.tail)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const middle = m[1];
      // Right, or an accepted form.
      if (middle === f.middle || f.accepted?.includes(middle)) continue;
      // Too far from the name to be it (习近平总书记的重要思想 …).
      if (distance(middle, f.middle) > f.maxEdits) continue;
      const end = m.index + m[0].length;
      report({
        messageId: "wrongName",
        data: { found: m[0], right: f.canonical },
        paragraph,
        start: m.index,
        end,
        fix: { paragraph, start: m.index, end, replacement: f.canonical },
      });
    }
  }
}

function checkKnownErrors(text: string, paragraph: number, report: Reporter, after: (year: number) => boolean) {
  for (const { e, re } of KNOWN) {
    if (!text.includes(e.needs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Already right (the pattern allows the right form inside a wider one).
      if (m[0] === e.right) continue;
      // An outdated form is right in a draft of its time, or of unknown time.
      if (e.kind === "outdated" && !(e.since && after(e.since.year))) continue;
      const end = m.index + m[0].length;
      const fix = { paragraph, start: m.index, end, replacement: e.right };
      if (e.kind === "outdated") report({ messageId: "outdated", data: { found: m[0], right: e.right, event: e.since!.event }, paragraph, start: m.index, end, fix });
      else report({ messageId: "wrongName", data: { found: m[0], right: e.right }, paragraph, start: m.index, end, fix });
    }
  }
}

interface Token {
  start: number;
  end: number;
  text: string;
  member: number;
  outdated: boolean;
}

function checkLists(text: string, paragraph: number, report: Reporter, after: (year: number) => boolean) {
  const byList = new Map<number, Token[]>();
  TOKENS.scan(text, (found, start) => {
    const longest = found[0];
    const end = start + longest.length;
    for (const ref of TOKEN_REFS.get(longest)!) {
      const tokens = byList.get(ref.list) ?? [];
      tokens.push({ start, end, text: longest, member: ref.member, outdated: ref.outdated });
      byList.set(ref.list, tokens);
    }
    return end;
  });
  for (const [list, tokens] of byList) {
    // One member alone is a mention, not a list.
    if (tokens.length < 2) continue;
    const c = LISTS[list];
    let run: Token[] = [tokens[0]];
    for (let k = 1; k <= tokens.length; k++) {
      const t = tokens[k];
      const gap = t ? text.slice(run[run.length - 1].end, t.start) : null;
      if (t && gap !== null && gap.length <= MAX_GAP && c.gap.test(gap)) {
        run.push(t);
        continue;
      }
      if (run.length >= 2) judgeRun(c, run, text, paragraph, report, after);
      if (t) run = [t];
    }
  }
}

/** Judges one run of members of a list: at most one finding, the most serious. */
function judgeRun(c: CompiledList, run: Token[], text: string, paragraph: number, report: Reporter, after: (year: number) => boolean) {
  const { l } = c;
  const n = l.members.length;
  const members = l.members.join("、");
  const present = new Set(run.map((t) => t.member));
  // A member twice: not the formulation's list (or two lists run together); nothing to judge.
  if (present.size !== run.length) return;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  // The finding shows the list with the quote marks around its first and last member.
  const shownStart = OPENING.test(text.charAt(start - 1)) ? start - 1 : start;
  const shownEnd = CLOSING.test(text.charAt(end)) ? end + 1 : end;

  // The pre-2020 四个全面 and the like: reported in recent drafts, with the current member.
  const old = run.find((t) => t.outdated);
  if (old && l.outdated && present.size >= l.minForOrder && after(l.outdated.since.year)) {
    const right = l.members[l.outdated.member];
    report({
      messageId: "outdated",
      data: { found: old.text, right, event: l.outdated.since.event },
      paragraph,
      start: old.start,
      end: old.end,
      fix: { paragraph, start: old.start, end: old.end, replacement: right },
    });
    return;
  }

  // Words of the same kind that are not members (责任意识 among the 四个意识), inside the run or
  // right before or after it.
  const unknown: { start: number; end: number; text: string }[] = [];
  let runStart = start;
  let runEnd = end;
  if (c.shape) {
    for (let k = 1; k < run.length; k++) {
      const from = run[k - 1].end;
      const gap = text.slice(from, run[k].start);
      c.shape.lastIndex = 0;
      for (let m = c.shape.exec(gap); m; m = c.shape.exec(gap)) unknown.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
    }
    const before = text.slice(Math.max(0, start - MAX_GAP), start);
    const lead = c.leading!.exec(before);
    if (lead) {
      const from = start - before.length + lead.index;
      c.shape.lastIndex = 0;
      for (let m = c.shape.exec(lead[0]); m; m = c.shape.exec(lead[0])) unknown.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
      runStart = from;
    }
    const trail = c.trailing!.exec(text.slice(end, end + MAX_GAP));
    if (trail) {
      c.shape.lastIndex = 0;
      for (let m = c.shape.exec(trail[0]); m; m = c.shape.exec(trail[0])) unknown.push({ start: end + m.index, end: end + m.index + m[0].length, text: m[0] });
      runEnd = end + trail[0].length;
    }
    unknown.sort((a, b) => a.start - b.start);
  }

  // The list's name right next to it says that this is the formulation, complete.
  const named =
    (c.nameBefore?.test(text.slice(Math.max(0, runStart - 16), runStart)) ?? false) || (c.nameAfter?.test(text.slice(runEnd, runEnd + 12)) ?? false);
  const inOrder = run.every((t, k) => k === 0 || run[k - 1].member < t.member);

  if (named && n >= 3) {
    if (present.size === n - 1 && unknown.length === 1) {
      const missing = l.members.findIndex((_, k) => !present.has(k));
      const u = unknown[0];
      // Certain only where the stranger stands in the missing member's place.
      const slot = [...run.map((t) => ({ start: t.start, member: t.member })), { start: u.start, member: missing }].sort((a, b) => a.start - b.start);
      const certain = slot.every((s, k) => s.member === k);
      report({
        messageId: "wrongMember",
        data: { name: l.name, members, found: u.text, expected: l.members[missing] },
        paragraph,
        start: u.start,
        end: u.end,
        ...(certain ? { fix: { paragraph, start: u.start, end: u.end, replacement: l.members[missing] } } : {}),
      });
      return;
    }
    if (present.size === n - 1 && unknown.length === 0) {
      const missing = l.members.findIndex((_, k) => !present.has(k));
      report({
        messageId: "missingMember",
        data: { name: l.name, members, count: n, missing: l.members[missing] },
        paragraph,
        start: shownStart,
        end: shownEnd,
        ...insertFix(run, missing, l, text, paragraph, inOrder),
      });
      return;
    }
    if (present.size === n && unknown.length > 0) {
      const u = unknown[0];
      report({ messageId: "extraMember", data: { name: l.name, members, count: n, found: u.text }, paragraph, start: u.start, end: u.end });
      return;
    }
  }

  if (present.size >= l.minForOrder && !inOrder) {
    report({ messageId: "order", data: { name: l.name, members }, paragraph, start: shownStart, end: shownEnd, ...reorderFix(run, text, paragraph, unknown.length) });
  }
}

/**
 * The members put back in order, each in its written form, the separators left where they are:
 * certain only where nothing but punctuation stands between them (no verbs, no other words).
 */
function reorderFix(run: Token[], text: string, paragraph: number, unknown: number): Pick<Report, "fix"> {
  if (unknown > 0) return {};
  const sep = new RegExp(`^(?:${SEP})*$`);
  for (let k = 1; k < run.length; k++) if (!sep.test(text.slice(run[k - 1].end, run[k].start))) return {};
  const sorted = [...run].sort((a, b) => a.member - b.member);
  let out = "";
  run.forEach((t, k) => {
    if (k > 0) out += text.slice(run[k - 1].end, t.start);
    out += sorted[k].text;
  });
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return { fix: { paragraph, start, end, replacement: out } };
}

/** The missing member inserted in its place: only in an ordered list with one separator throughout. */
function insertFix(run: Token[], missing: number, l: MemberList, text: string, paragraph: number, inOrder: boolean): Pick<Report, "fix"> {
  if (!inOrder) return {};
  const gaps = run.slice(1).map((t, k) => text.slice(run[k].end, t.start));
  const sep = gaps[0];
  if (!(sep === "、" || sep === "，") || gaps.some((g) => g !== sep)) return {};
  const member = l.members[missing];
  const before = run.filter((t) => t.member < missing).pop();
  if (before) return { fix: { paragraph, start: before.end, end: before.end, replacement: sep + member } };
  return { fix: { paragraph, start: run[0].start, end: run[0].start, replacement: member + sep } };
}

function checkPairs(text: string, paragraph: number, report: Reporter) {
  PAIR_NAMES.lastIndex = 0;
  for (let m = PAIR_NAMES.exec(text); m; m = PAIR_NAMES.exec(text)) {
    const pair = PAIRS_BY_NAME.get(m[0])!;
    // The name with its quote marks, if any.
    const start = IS_QUOTE.test(text.charAt(m.index - 1)) ? m.index - 1 : m.index;
    const close = m.index + m[0].length;
    const end = IS_QUOTE.test(text.charAt(close)) ? close + 1 : close;
    const rest = text.slice(end, end + 8);
    const verb = pair.wrongVerbs.find((v) => text.endsWith(v, start));
    // The verb governs the name only where the name ends the phrase (增强“两个维护”的自觉: it governs 自觉).
    if (verb && PAIR_ENDS.test(rest)) {
      report({
        messageId: "pair",
        data: { name: `“${pair.name}”`, right: pair.verb, found: verb },
        paragraph,
        start: start - verb.length,
        end: start,
        fix: { paragraph, start: start - verb.length, end: start, replacement: pair.verb },
      });
    }
    const layout = pair.wrongAfter?.find((w) => rest.startsWith(w));
    if (layout && pair.after) {
      report({
        messageId: "pair",
        data: { name: `“${pair.name}”`, right: pair.after, found: layout },
        paragraph,
        start: end,
        end: end + layout.length,
        fix: { paragraph, start: end, end: end + layout.length, replacement: pair.after },
      });
    }
  }
}

/** Text variants of a member as drafts write it: any quote marks, 、 or ， inside. */
function memberVariants(member: string): string[] {
  const out = new Set<string>([member]);
  if (member.includes("、")) out.add(member.replace(/、/g, "，"));
  if (member.includes("，")) out.add(member.replace(/，/g, "、"));
  for (const m of [...out]) {
    if (/[“”]/.test(m)) {
      out.add(m.replace(/[“”]/g, ""));
      out.add(m.replace(/[“”]/g, '"'));
      out.add(m.replace(/“/g, "‘").replace(/”/g, "’"));
    }
  }
  return [...out];
}
