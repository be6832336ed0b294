import type { Rule } from "./types";
import { CONCRETE_MEASURE } from "../../data/substance";
import { nodesById, nodeSpans, shortTitle, spansText, titleSpan } from "../text/nodeText";

const CONCRETE = new RegExp(CONCRETE_MEASURE.join("|"));
/**
 * Shorter than this (past its heading), a measure is a heading still to be written: nothing to
 * judge. A short sentence (进一步加强学习，不断提高。) is written, and vague: it counts.
 */
const MIN_TEXT = 12;

/**
 * A group of measures that says only what to strengthen (进一步加强, 不断提高, 切实…): no
 * concrete action, frequency, deadline, number or owner anywhere in it.
 */
export const vagueMeasures: Rule = {
  meta: {
    id: "vague-measures",
    category: "substance",
    severity: "info",
    name: "整改措施不具体",
    description: "一组整改措施只有“进一步加强”“不断提高”“切实……”一类的表述，没有具体做法、频次（每月、每季度）、时限（年底前、6月底前）、数量或责任人。",
    why: "措施要具体、可检查，才能对照落实、下次回头看；只写态度不写做法的措施，审核时会被认为是应付。",
    example: {
      bad: "（一）加强理论学习。进一步提高思想认识，不断增强学习的自觉性，切实把学习成果转化为工作成效。",
      good: "……每月参加一次中心组专题学习，年底前围绕分管领域撰写2篇调研报告。",
    },
    messages: {
      vague: "这组措施“{{title}}”没有具体做法、频次、时限、数量或责任人，只有“进一步”“不断”“切实”一类的表述，难以检查落实。",
    },
    fixable: false,
  },
  check({ analysis, paragraphs, report }) {
    const nodes = nodesById(analysis.outline);
    for (const item of analysis.items) {
      if (item.part !== "measures") continue;
      const group = nodes.get(item.node);
      // Every item names its node; a missing one would be an engine bug, not the writer's.
      if (!group) continue;
      // The group as a whole, its items included: one concrete step anywhere makes it checkable.
      const text = spansText(paragraphs, nodeSpans(paragraphs, group));
      if (text.length - group.title.length < MIN_TEXT) continue;
      if (CONCRETE.test(text)) continue;
      report({ messageId: "vague", data: { title: shortTitle(group.title || group.label) }, ...titleSpan(group) });
    }
  },
};
