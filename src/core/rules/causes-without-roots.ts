import type { Rule } from "./types";
import { deepRootNames, rootlessCauses, topicNames } from "../correspondence";

/**
 * Causes that stay on the surface: none names a root that reviewers expect (理想信念, 党性修养,
 * 宗旨意识, 政治站位; shared/domain/README.md §4–5). Reported once per material, on the heading
 * of its causes part (or of its first cause where the part has no heading).
 */
export const causesWithoutRoots: Rule = {
  meta: {
    id: "causes-without-roots",
    category: "correspondence",
    severity: "info",
    name: "原因没有触及思想根源",
    description: "原因剖析的各条都没有谈到理想信念、党性修养、宗旨意识、政治站位等思想根源，只停留在工作层面。",
    why: "原因剖析要“深”：审核时期望从理想信念、党性修养、宗旨意识、政治站位等主观方面找根源，只谈精力不够、任务繁重等客观原因会被要求重写。",
    example: {
      bad: "原因：一是工作任务繁重，学习时间不足；二是业务能力有待提高；三是制度机制还不健全。",
      good: "原因：一是理想信念有所松懈；二是宗旨意识有所淡化；三是党性修养有所放松。",
    },
    messages: {
      noRoots: "原因剖析只谈到{{reached}}，没有触及{{roots}}等思想根源。",
      noRootsNoTopic: "原因剖析没有触及{{roots}}等思想根源。",
    },
    fixable: false,
  },
  check({ analysis, headingAt, report }) {
    const c = analysis.correspondence;
    if (!c) return;
    const roots = deepRootNames();
    for (const { first, reached } of rootlessCauses(c)) {
      const names = topicNames(reached, 4);
      const at = first.heading.paragraph;
      const part = analysis.parts.find((p) => p.role === "causes" && p.first <= at && at <= p.last);
      const node = part && part.heading !== null ? headingAt(part.paragraph) : null;
      const where = node && node.titleEnd > node.titleStart ? { paragraph: node.paragraph, start: node.titleStart, end: node.titleEnd } : first.heading;
      report({ messageId: names ? "noRoots" : "noRootsNoTopic", data: { reached: names, roots }, ...where });
    }
  },
};
