import type { Rule } from "./types";
import { ACHIEVEMENT_AFTER, ACHIEVEMENT_GOAL, ACHIEVEMENT_NEGATION, ACHIEVEMENTS, CONCESSION } from "../../data/substance";

const ACHIEVEMENT = new RegExp(ACHIEVEMENTS.join("|"), "g");
/** Looked at before a match: the words that negate it or make it a goal sit this close. */
const BEFORE = 8;
const NEGATED = new RegExp(`(?:${ACHIEVEMENT_NEGATION})[^，。；：！？]{0,${BEFORE}}$`);
const GOAL = new RegExp(`(?:${ACHIEVEMENT_GOAL})[^，。；：！？]{0,4}$`);
const NEGATED_AFTER = new RegExp(`^[^，。；：！？]{0,4}(?:${ACHIEVEMENT_AFTER})`);
/** A concession earlier in the same sentence: 虽然……取得了一定成绩，但…. */
const CONCEDED = new RegExp(`(?:${CONCESSION})[^。；！？]{0,40}$`);

/** Achievements in the problems part: 取得了……成绩, 圆满完成, 得到……肯定, 成效显著. */
export const achievementsInProblems: Rule = {
  meta: {
    id: "achievements-in-problems",
    category: "substance",
    severity: "warning",
    name: "问题部分摆成绩",
    description: "查摆问题部分写了工作成绩，如“取得了……成绩”“圆满完成”“得到……肯定”“成效显著”。",
    why: "对照检查要“不摆成绩、只说问题”；在问题里讲成绩，会被认为避重就轻、自我表扬，审核时常被要求删去。",
    example: {
      bad: "在推进乡村振兴方面，虽然取得了显著成效，得到了上级的充分肯定，但还存在一些不足。",
      good: "在推进乡村振兴方面，产业项目谋划不深，今年申报的4个项目有2个因前期论证不足未能落地。",
    },
    messages: {
      achievement: "问题部分写了成绩（“{{text}}”）；对照检查要“不摆成绩、只说问题”，建议删去。",
      concession: "问题部分以让步的方式写了成绩（“{{text}}”）；对照检查要“不摆成绩、只说问题”，建议直接写问题。",
    },
    fixable: false,
  },
  check({ analysis, paragraphs, report }) {
    for (const part of analysis.parts) {
      if (part.role !== "problems") continue;
      for (let paragraph = part.first; paragraph <= part.last; paragraph++) {
        const text = paragraphs[paragraph].text;
        for (const m of text.matchAll(ACHIEVEMENT)) {
          const before = text.slice(Math.max(0, m.index - 40), m.index);
          const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
          // 没有取得实质性突破, 满足于已取得的成绩: the problem itself, not an achievement.
          if (NEGATED.test(before.slice(-BEFORE - 6)) || NEGATED_AFTER.test(after)) continue;
          // 确保取得实效: a goal.
          if (GOAL.test(before.slice(-8))) continue;
          report({ messageId: CONCEDED.test(before) ? "concession" : "achievement", data: { text: m[0] }, paragraph, start: m.index, end: m.index + m[0].length });
        }
      }
    }
  },
};
