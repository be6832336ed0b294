import { LEADERS, NAME_AFTER, XI_CERTAIN_AFTER, XI_THOUGHT_TAIL } from "../../data/leaderNames";
import { starRuns } from "./stars";

/**
 * Leaders' and theories' names damaged by copying from websites, found in one paragraph. Shared
 * by the damaged-names rule, which reports them, and the placeholders rule, which leaves these
 * spans alone (an `xx` before 思想 is a damaged name, an `xx` before 市 a placeholder).
 */

export type DamageKind =
  /** Pinyin initials instead of the name: xjp. */
  | "initials"
  /** The name, or part of it, replaced by a mask: xx思想, 习*平, 邓--理论, A总书记. */
  | "masked"
  /** 习近平 dropped before 新时代…思想, 总书记 or 主席 left in its place. */
  | "dropped"
  /** The surname cut off: 近平新时代…. */
  | "truncated";

export interface DamagedName {
  kind: DamageKind;
  start: number;
  end: number;
  /** The name that belongs here, when it is certain. */
  name?: string;
  /** Replace [start, end) of the paragraph with `replacement`; only where the right text is certain. */
  fix?: { start: number; end: number; replacement: string };
}

const LETTER = "A-Za-zＡ-Ｚａ-ｚ";
/** Characters a website's filter or a writer puts for a hidden character. */
const MASK = "*＊×✕╳□■○●?？xXｘＸ";
/** The same, without the asterisk: a leading `*` is more often Markdown than a mask. */
const MASK_LEAD = "＊×✕╳□■○●?？xXｘＸ";
/** Masks for a whole given name after a surname: also dashes and dots (邓--理论). */
const MASK_GIVEN = "\\-—－–~～*＊×✕╳□■○●?？#＃·.…_xXｘＸ";
/** Symbols that stand for a whole name (not ?, which ends a question: ……吗？总书记指出). */
const MASK_SYMBOLS = "*＊×✕╳□■○●";

const esc = (s: string) => s.replace(/[-\\^$.*+?()[\]{}|]/g, "\\$&");

const INITIALS = new RegExp(`(?<![${LETTER}0-9./@_-])(?:${LEADERS.map((l) => l.initials).join("|")})(?![${LETTER}0-9])`, "gi");

/** Per leader, a character of the name masked: 习*平, 习近*, ×近平. */
const INSIDE = LEADERS.filter((l) => l.name.length === 3).map((l) => {
  const [a, b, c] = [...l.name];
  const after = l.maskedAlone ? "" : `(?=${l.certainAfter.map(esc).join("|") || "(?!)"})`;
  // 学习近X年 is 学习 + 近X年, not a masked 习近平.
  const surname = l.notAfter ? `(?<![${l.notAfter}])${a}` : a;
  return {
    leader: l,
    re: new RegExp(`(?:${surname}[${MASK}](?![${MASK}])${c}|${surname}${b}[${MASK}](?![${MASK}])|(?<![${MASK}${LETTER}])[${MASK_LEAD}](?![${MASK}])${b}${c})${after}`, "g"),
  };
});

/** Per leader, the surname, a masked given name, and a word that says whose name it is: 邓--理论. */
const GIVEN = LEADERS.filter((l) => l.certainAfter.length > 0).map((l) => ({
  leader: l,
  re: new RegExp(`${l.notAfter ? `(?<![${l.notAfter}])` : ""}${l.name[0]}([${MASK_GIVEN}]{1,4})(?=${l.certainAfter.map(esc).join("|")})`, "g"),
}));

/** A name masked whole: a run of letters (xx, x'x, A) or of mask symbols (××, □□). */
const WHOLE = new RegExp(
  `(?<![${LETTER}0-9])[${LETTER}]{1,6}(?:['’‘\`´][${LETTER}]{1,6})*(?![${LETTER}0-9])|[${MASK_SYMBOLS}]{1,6}`,
  "g",
);
const X_ONLY = /^[xXｘＸ'’‘`´]+$/;

/** 总书记/主席 + 新时代中国特色社会主义…: the name dropped before the thought. */
const DROPPED = new RegExp(`(?:总书记|主席)(?=${XI_THOUGHT_TAIL})`, "g");
/** 近平 without its surname before a word that goes with the name. */
const TRUNCATED = new RegExp(`(?<![习\\s\\u3000${MASK}${LETTER}])近平(?=${XI_THOUGHT_TAIL}|新时代|总书记|同志|主席)`, "g");

const ENDS_WITH_MASK = new RegExp(`[${MASK}${LETTER}]$`);
const HAS_LETTER = new RegExp(`[${LETTER}]`);
const HAS_MASK = new RegExp(`[${MASK}]`);

const XI = LEADERS[0].name;

const NONE: readonly DamagedName[] = Object.freeze([]);

/** Per document (the paragraphs array a run of the rules reads): the texts read and their damaged names. */
const perDocument = new WeakMap<readonly { text: string }[], { texts: string[]; names: (readonly DamagedName[])[] }>();

/**
 * The damaged names of every paragraph, computed once per document and shared by the rules that
 * need them (damaged-names reports them, placeholders leaves their spans alone). An array changed
 * in place since (another text in a paragraph) is read again.
 */
export function damagedNamesOf(paragraphs: readonly { text: string }[]): (readonly DamagedName[])[] {
  const cached = perDocument.get(paragraphs);
  if (cached && cached.texts.length === paragraphs.length && paragraphs.every((p, i) => p.text === cached.texts[i])) return cached.names;
  const entry = { texts: paragraphs.map((p) => p.text), names: paragraphs.map((p) => findDamagedNames(p.text)) };
  perDocument.set(paragraphs, entry);
  return entry.names;
}

/** Anything a damaged name needs: a letter or mask, the tail of 近平 or of the thought's name. */
const ANY_CLUE = new RegExp(`[${LETTER}${MASK}]|近平|${XI_THOUGHT_TAIL}`);
/** A surname right before a mask of its given name (邓--, 毛**). */
const SURNAME_MASKED = new RegExp(`[${[...new Set(LEADERS.map((l) => l.name[0]))].join("")}][${MASK_GIVEN}]`);

export function findDamagedNames(text: string): readonly DamagedName[] {
  // Most paragraphs have none of the clues: two looks, and nothing else is done.
  const clue = ANY_CLUE.test(text);
  const givenMasks = SURNAME_MASKED.test(text);
  if (!clue && !givenMasks) return NONE;
  const letters = clue && HAS_LETTER.test(text);
  const masks = letters || (clue && HAS_MASK.test(text));
  const truncated = clue && text.includes("近平");
  const dropped = clue && text.includes(XI_THOUGHT_TAIL);

  const found: DamagedName[] = [];
  let claimed: Uint8Array | null = null;
  /** Keep a finding unless it overlaps one kept before (earlier detectors are the surer ones). */
  const keep = (d: DamagedName) => {
    claimed ??= new Uint8Array(text.length);
    for (let i = d.start; i < d.end; i++) if (claimed[i]) return;
    claimed.fill(1, d.start, d.end);
    found.push(d);
  };

  // 1. Pinyin initials: certain, and restored.
  for (const m of letters ? text.matchAll(INITIALS) : []) {
    const leader = LEADERS.find((l) => l.initials === m[0].toLowerCase())!;
    const end = m.index + m[0].length;
    keep({ kind: "initials", start: m.index, end, name: leader.name, fix: { start: m.index, end, replacement: leader.name } });
  }

  // 2. One character of a three-character name masked: 习*平.
  for (const { leader, re } of masks ? INSIDE : []) {
    if (!text.includes(leader.name[2]) && !text.includes(leader.name[1])) continue; // two of its three characters are there
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      keep({ kind: "masked", start: m.index, end, name: leader.name, fix: { start: m.index, end, replacement: leader.name } });
    }
  }

  // 3. Surname and masked given name before a word that says whose: 邓--理论, 毛**思想.
  for (const { leader, re } of givenMasks ? GIVEN : []) {
    if (!text.includes(leader.name[0])) continue;
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      keep({ kind: "masked", start: m.index, end, name: leader.name, fix: { start: m.index + 1, end, replacement: leader.name.slice(1) } });
    }
  }

  // 4. A name masked whole before a word that goes only with a leader's name.
  const paired = new Set(masks ? starRuns(text).flatMap((r) => (r.paired ? [r.start] : [])) : []);
  const firstContent = text.search(/[^\s\u3000]/);
  for (const m of masks ? text.matchAll(WHOLE) : []) {
    const start = m.index;
    const end = start + m[0].length;
    const rest = text.slice(end, end + 60);
    const word = HAS_LETTER.test(m[0][0]);
    const apostrophe = word && /['’‘`´]/.test(m[0]);
    if (!word) {
      // A symbol at the start of a paragraph is a bullet (● 总书记强调……), not a mask.
      if (start === firstContent) continue;
      // Asterisks that pair up are Markdown bold (**新时代中国特色社会主义思想**), not a mask.
      if (paired.has(start)) continue;
    }
    if (XI_CERTAIN_AFTER.test(rest)) {
      keep({ kind: "masked", start, end, name: XI, fix: { start, end, replacement: XI } });
    } else if ((!word || X_ONLY.test(m[0])) && NAME_AFTER.test(rest)) {
      // xx思想, ××关于……的重要论述: a leader's name, but which one (or with 总书记 or not) is not certain.
      keep({ kind: "masked", start, end });
    } else if (apostrophe && X_ONLY.test(m[0])) {
      // x'x: nobody types an apostrophe in a placeholder; it is what a copy left of a name.
      keep({ kind: "masked", start, end });
    }
    // Anything else (xx市, ××同志, A区) is a placeholder or a real letter: the placeholders rule's.
  }

  // 5. The surname cut off: 近平新时代…, restored.
  if (truncated) {
    for (const m of text.matchAll(TRUNCATED)) {
      const end = m.index + 2;
      keep({ kind: "truncated", start: m.index, end, name: XI, fix: { start: m.index, end, replacement: XI } });
    }
  }

  // 6. 总书记新时代…/主席新时代…: 习近平 dropped, or replaced by the title.
  if (dropped) {
    for (const m of text.matchAll(DROPPED)) {
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      // 习近平总书记新时代… names the man, not the thought's name: the formulations rule's.
      if (before.endsWith(XI) || before.endsWith("近平")) continue;
      // A mask before it was reported above (xx总书记…).
      if (ENDS_WITH_MASK.test(before)) continue;
      const end = m.index + m[0].length;
      const certain = text.startsWith(`${XI_THOUGHT_TAIL}思想`, end);
      keep({ kind: "dropped", start: m.index, end, name: XI, ...(certain ? { fix: { start: m.index, end, replacement: XI } } : {}) });
    }
  }

  return found.sort((a, b) => a.start - b.start);
}
