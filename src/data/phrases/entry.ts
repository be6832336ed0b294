import type { PartRole } from "../../core/structure/roles";
import type { Phrase, PhraseFacet, PhraseKind } from "../../core/phrases/types";
import { TOPICS_BY_ID, type TopicId } from "./topics";

/**
 * How the library is written: one entry per idea, in the file of its part. An entry has one
 * text for every voice (`text`), or a personal form (`me`: 我、自己、本人) and a team form
 * (`team`: 班子、有的班子成员) where the words differ. An entry promises both forms unless it
 * says `only`: a point that fits one voice alone (a branch member's duty, a team's division of
 * work). Tests hold every entry to that.
 */
export interface PhraseEntry {
  /** Stable id, unique in the library: "wt-lilun-01". The phrases get ".p"/".t" after it. */
  id: string;
  /** Voice-neutral words. */
  text?: string;
  /** The personal form. */
  me?: string;
  /** The team form. */
  team?: string;
  /** The one voice this entry is written for, when the other has no sensible form. */
  only?: "personal" | "team";
  /** Topics, the main one first; empty for openings, closings and most links. */
  topics?: TopicId[];
  /** Aspect ids beyond those of the main topic. */
  aspects?: string[];
  /** Parts, when not only the part of its file. */
  parts?: PartRole[];
  kind?: PhraseKind;
  facet?: PhraseFacet;
}

/** Default fields of a file's entries. */
export interface EntryDefaults {
  parts: PartRole[];
  kind?: PhraseKind;
  facet?: PhraseFacet;
}

/** Entries of one file, with the file's part (and kind or facet) as their default. */
export function entries(defaults: EntryDefaults, list: PhraseEntry[]): PhraseEntry[] {
  return list.map((e) => ({
    ...e,
    parts: e.parts ?? defaults.parts,
    kind: e.kind ?? defaults.kind ?? "sentence",
    facet: e.facet ?? defaults.facet,
  }));
}

/** The phrases of an entry: one voice-neutral phrase, or its personal and team forms. */
export function expandEntry(e: PhraseEntry): Phrase[] {
  const topics = e.topics ?? [];
  const derived = topics.length > 0 ? (TOPICS_BY_ID.get(topics[0])?.aspects ?? []) : [];
  const aspects = [...new Set([...derived, ...(e.aspects ?? [])])];
  const base = {
    parts: e.parts ?? [],
    kind: e.kind ?? "sentence",
    topics,
    aspects,
    entry: e.id,
    ...(e.facet ? { facet: e.facet } : {}),
  };
  const out: Phrase[] = [];
  if (e.text !== undefined) out.push({ ...base, id: e.id, text: e.text, voice: "any" });
  if (e.me !== undefined) out.push({ ...base, id: `${e.id}.p`, text: e.me, voice: "personal" });
  if (e.team !== undefined) out.push({ ...base, id: `${e.id}.t`, text: e.team, voice: "team" });
  return out;
}
