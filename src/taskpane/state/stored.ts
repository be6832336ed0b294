/**
 * Every value the pane keeps (document settings, the webview's storage) is read through one
 * parser here: a value of the wrong shape (an older version, another tool, a hand-edited file, a
 * half-written save) is dropped, entry by entry where it can be, with `dropped` set so the pane
 * can say so. Nothing stored is trusted as it comes; nothing stored can blank the pane.
 */
import type { RuleSettings } from "../../core/rules/types";
import type { Severity } from "../../core/types";
import { RULES_BY_ID } from "../../core/rules";
import { WRITER_LINKS_KEY } from "../../core/correspondence/writer";

export interface Parsed<T> {
  value: T;
  /** Something stored was of the wrong shape and left out. */
  dropped: boolean;
}

/** Keys of what the pane keeps. */
export const STORED_KEYS = {
  /** Document setting: the meeting type chosen for this document. */
  meeting: "duizhao.meeting",
  /** Document setting: rules switched off or given another severity, findings ignored. */
  rules: "duizhao.rules",
  /** Document setting: the writer's problem ↔ cause or measure links (confirmed, rejected, added). */
  links: WRITER_LINKS_KEY,
  /** The webview's storage (per user): the user's own checklists. */
  customTypes: "duizhao.customTypes",
  /** The webview's storage (per user): the writer's own phrases. */
  userPhrases: "duizhao.userPhrases",
  /** The webview's storage (per user): favourite and recently used phrase ids. */
  favouritePhrases: "duizhao.favouritePhrases",
  recentPhrases: "duizhao.recentPhrases",
} as const;

/** Bounds on what the writer may keep: far beyond real use, small enough to stay quick. */
const MAX = { name: 80, aspects: 40, customTypes: 200, ignored: 2000, key: 1000 } as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isName = (x: unknown): x is string => typeof x === "string" && x.trim() !== "" && x.length <= MAX.name;

// ------------------------------------------------------------------ custom checklists

export interface CustomType {
  id: string;
  name: string;
  aspects: string[];
  withCase?: boolean;
}

/** One custom checklist, or null when it is not one (a list without any aspect is not). */
export function parseCustomType(x: unknown): Parsed<CustomType | null> {
  if (!isObject(x) || !isName(x.id) || !isName(x.name) || !Array.isArray(x.aspects)) return { value: null, dropped: true };
  const aspects = x.aspects.filter(isName).slice(0, MAX.aspects);
  if (aspects.length === 0) return { value: null, dropped: true };
  const value: CustomType = { id: x.id, name: x.name, aspects };
  if (typeof x.withCase === "boolean") value.withCase = x.withCase;
  return { value, dropped: aspects.length !== x.aspects.length || (x.withCase !== undefined && typeof x.withCase !== "boolean") };
}

export function parseCustomTypes(x: unknown): Parsed<CustomType[]> {
  if (x === undefined || x === null) return { value: [], dropped: false };
  if (!Array.isArray(x)) return { value: [], dropped: true };
  let dropped = x.length > MAX.customTypes;
  const value: CustomType[] = [];
  for (const item of x.slice(0, MAX.customTypes)) {
    const t = parseCustomType(item);
    dropped ||= t.dropped;
    if (t.value && !value.some((v) => v.id === t.value!.id)) value.push(t.value);
  }
  return { value, dropped };
}

// ------------------------------------------------------------------ the meeting type

/** What the document settings keep of the writer's choice. */
export interface MeetingChoice {
  template: string;
  /** The writer's own aspects, for types without a fixed list (巡视整改). */
  aspects?: string[];
  /** A copy of a custom type, so the document carries it to other machines. */
  custom?: CustomType;
}

export function parseMeetingChoice(x: unknown): Parsed<MeetingChoice | null> {
  if (x === undefined || x === null) return { value: null, dropped: false };
  if (!isObject(x) || !isName(x.template)) return { value: null, dropped: true };
  const value: MeetingChoice = { template: x.template };
  let dropped = false;
  if (x.aspects !== undefined) {
    if (Array.isArray(x.aspects)) {
      value.aspects = x.aspects.filter(isName).slice(0, MAX.aspects);
      dropped ||= value.aspects.length !== x.aspects.length;
    } else dropped = true;
  }
  if (x.custom !== undefined) {
    const custom = parseCustomType(x.custom);
    // A custom type that cannot be read leaves the choice without its checklist: drop the choice.
    if (!custom.value) return { value: null, dropped: true };
    value.custom = custom.value;
    dropped ||= custom.dropped;
  }
  return { value, dropped };
}

// ------------------------------------------------------------------ rule settings

const SEVERITIES = new Set(["off", "error", "warning", "info"]);

export function parseRuleSettings(x: unknown): Parsed<RuleSettings> {
  if (x === undefined || x === null) return { value: {}, dropped: false };
  if (!isObject(x)) return { value: {}, dropped: true };
  let dropped = false;
  const rules: Record<string, "off" | Severity> = {};
  if (x.rules !== undefined) {
    if (isObject(x.rules)) {
      for (const [id, v] of Object.entries(x.rules)) {
        if (RULES_BY_ID.has(id) && typeof v === "string" && SEVERITIES.has(v)) rules[id] = v as "off" | Severity;
        else dropped = true;
      }
    } else dropped = true;
  }
  let ignored: string[] = [];
  if (x.ignored !== undefined) {
    if (Array.isArray(x.ignored)) {
      ignored = x.ignored.filter((k): k is string => typeof k === "string" && k.length <= MAX.key).slice(-MAX.ignored);
      dropped ||= ignored.length !== x.ignored.length;
    } else dropped = true;
  }
  return { value: { rules, ignored }, dropped };
}

/** Keep at most this many ignored findings per document; the oldest go first. */
export const MAX_IGNORED = MAX.ignored;

// ------------------------------------------------------------------ the writer's links

/** The writer's links, as the CLI reads them from a .docx too (src/core/correspondence/writer.ts). */
export { MAX_WRITER_LINKS, parseWriterLinks } from "../../core/correspondence/writer";
