import type { OutlineNode } from "../types";
import type { Rule } from "./types";
import { PROBLEM_EVIDENCE } from "../../data/substance";
import { nodesById, nodeSpans, shortTitle, spansText, titleSpan } from "../text/nodeText";

const EVIDENCE = new RegExp(PROBLEM_EVIDENCE.join("|"), "m");
/** Shorter than this (past its heading), a problem is a heading still to be written: nothing to judge. */
const MIN_TEXT = 30;

/**
 * A problem, or a problem group without items, that shows no example, figure or named event:
 * reviewers send such 万能问题 back (shared/domain/README.md §5).
 */
export const problemWithoutExample: Rule = {
  meta: {
    id: "problem-without-example",
    category: "substance",
    severity: "info",
    name: "问题没有具体事例",
    description: "查摆的问题（一组问题或其中的一条）没有举出具体事例、数据或事件：没有“比如”“例如”“表现在”“特别是”，也没有数字、时间。",
    why: "审核要求问题具体、见人见事见思想；只有“不够深入”“有差距”而没有实例的问题是“万能问题”，放到谁身上都成立，常被退回重写。",
    example: {
      bad: "（一）理论学习方面。学习不够系统深入，学用结合不够紧密，理论指导实践的能力还有差距。",
      good: "……比如，今年中心组安排的12次专题学习，我有3次因外出调研没有参加，事后也没有补学。",
    },
    messages: {
      item: "这条问题“{{title}}”没有举出具体事例或数据（如“比如……”“表现在……”、时间、次数），容易被认为是“万能问题”。",
      group: "这组问题“{{title}}”没有举出具体事例或数据（如“比如……”“表现在……”、时间、次数），容易被认为是“万能问题”。",
    },
    fixable: false,
  },
  check({ analysis, paragraphs, report }) {
    const nodes = nodesById(analysis.outline);
    for (const item of analysis.items) {
      if (item.part !== "problems") continue;
      const group = nodes.get(item.node);
      // Every item names its node; a missing one would be an engine bug, not the writer's.
      if (!group) continue;
      // A group with items (一是…, 1. …) is judged item by item; one without, as a whole.
      const judged: [OutlineNode, OutlineNode | undefined, "item" | "group"][] = group.children.length
        ? group.children.map((c, k) => [c, group.children[k + 1], "item"])
        : [[group, undefined, "group"]];
      for (const [node, next, messageId] of judged) {
        const text = spansText(paragraphs, nodeSpans(paragraphs, node, next));
        if (text.length - node.title.length < MIN_TEXT) continue;
        if (EVIDENCE.test(text)) continue;
        const at = titleSpan(node);
        report({ messageId, data: { title: shortTitle(node.title || node.label) }, ...at });
      }
    }
  },
};
