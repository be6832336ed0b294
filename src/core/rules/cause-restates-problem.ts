import type { Rule } from "./types";
import { causesAsProblems, shortTitle } from "../correspondence";

/**
 * A cause that is a problem said again (原因就又变成了问题, shared/domain/README.md §4–5): its
 * sentences repeat a problem's, or it tells figures, dates and examples as problems do.
 */
export const causeRestatesProblem: Rule = {
  meta: {
    id: "cause-restates-problem",
    category: "correspondence",
    severity: "warning",
    name: "问题与原因不分",
    description: "一条原因的句子与某组问题的句子大体相同，或原因中写了数字、时间、“比如”一类的具体事例：它在复述问题，而不是剖析根源。",
    why: "原因要从理想信念、党性修养、宗旨意识等主观方面挖根源；把问题换个说法写进原因，审核时会指出“问题与原因不分”。",
    example: {
      bad: "原因：调查研究不够深入，今年只到基层调研了2次，比如……",
      good: "原因：宗旨意识有所淡化，没有真正把群众的事放在心上，深入基层的内在动力不足。",
    },
    messages: {
      restates: "原因“{{title}}”与问题“{{problem}}”的表述大体相同（{{count}} 句），是在复述问题；原因要写问题产生的思想根源。",
      concrete: "原因“{{title}}”中有具体事例或数字（{{examples}}），读起来像问题；原因要写思想根源，事例放到问题部分。",
    },
    fixable: false,
  },
  check({ analysis, report }) {
    const c = analysis.correspondence;
    if (!c) return;
    const titles = new Map(c.groups.map((g) => [g.id, g.title]));
    for (const { group, restates, concrete } of causesAsProblems(c)) {
      if (restates.length) {
        const problem = titles.get(restates[0].problem) ?? restates[0].problem;
        report({ messageId: "restates", data: { title: shortTitle(group.title), problem: shortTitle(problem), count: restates.length }, ...group.heading });
      }
      if (concrete.length) {
        const examples = [...new Set(concrete.map((x) => x.text))].slice(0, 3).join("、");
        report({ messageId: "concrete", data: { title: shortTitle(group.title), examples }, ...group.heading });
      }
    }
  },
};
