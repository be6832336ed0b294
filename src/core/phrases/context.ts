import type { Analysis } from "../types";
import type { CorrespondenceGroup } from "../correspondence/types";
import { TOPIC_IDS, type TopicId } from "../../data/phrases/topics";
import type { PhraseContext } from "./search";

/*
 * Where the cursor is, as the phrase search ranks by it: the part, the aspect of the heading it
 * is under, and topics. In a problem or cause group, that group's own topics; in the measures,
 * the topics of the problems this draft raises (those no measure answers yet first, so that the
 * measures the draft still lacks come to the top).
 */

const KNOWN = new Set<string>(TOPIC_IDS);
/** Topics of the correspondence with no phrase topic of their own: the nearest one. */
const NEAREST: Record<string, TopicId> = { "jilv-guiju": "zhengzhi", zhengjiguan: "zuofeng", "xianfeng-mofan": "dandang" };
/** Topics taken from a group: its strongest few. */
const PER_GROUP = 2;

const isProblem = (g: CorrespondenceGroup) => g.part === "problems" || g.part === "case";

function phraseTopics(groups: readonly CorrespondenceGroup[]): TopicId[] {
  const out = new Set<TopicId>();
  for (const g of groups) {
    for (const t of g.topics.slice(0, PER_GROUP)) {
      const id = KNOWN.has(t.topic) ? (t.topic as TopicId) : NEAREST[t.topic];
      if (id) out.add(id);
    }
  }
  return [...out];
}

/** The context of the cursor in `paragraph`, for PhraseIndex.search. */
export function phraseContextAt(analysis: Analysis, paragraph: number | null): PhraseContext {
  const voice = analysis.voice ?? undefined;
  if (paragraph === null) return { voice };
  // In a part, or below one (a blank line after it, where the writer goes on): that part.
  const part =
    analysis.parts.find((p) => p.first <= paragraph && paragraph <= p.last) ??
    analysis.parts.filter((p) => p.last < paragraph).sort((x, y) => y.last - x.last)[0];
  const c = analysis.correspondence;
  const group = c?.groups.find((g) => g.heading.paragraph <= paragraph && paragraph <= g.lastParagraph);
  // The aspect of the group the cursor is in.
  const aspect = group
    ? analysis.checklist?.aspects.find((a) => a.status === "present" && a.paragraph !== null && group.heading.paragraph <= a.paragraph && a.paragraph <= group.lastParagraph)?.id
    : undefined;
  let topics: TopicId[] = [];
  if (c && part?.role === "measures") {
    const problems = c.groups.filter(isProblem);
    const answered = new Set(c.links.filter((l) => l.kind === "measure").map((l) => l.problem));
    const open = problems.filter((g) => !answered.has(g.id));
    topics = phraseTopics(open.length ? open : problems);
    if (group) topics = [...new Set([...phraseTopics([group]), ...topics])];
  } else if (group) {
    topics = phraseTopics([group]);
  }
  return { part: part?.role, aspect, topics: topics.length ? topics : undefined, voice };
}
