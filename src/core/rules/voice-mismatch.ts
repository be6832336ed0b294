import type { Rule } from "./types";

/**
 * A personal material that speaks as the team, or the reverse. The checklist decides the voice
 * (from the meeting type, the title and the text); this rule places the finding on the title.
 */
export const voiceMismatch: Rule = {
  meta: {
    id: "voice-mismatch",
    category: "voice",
    severity: "warning",
    name: "口吻与材料类型不符",
    description: "个人对照检查材料以“班子”的口吻查摆问题，或班子材料以“我”“本人”的口吻查摆问题。",
    why: "个人材料要讲自己的问题，班子材料要讲班子的问题；口吻不符，审核时会被认为是照搬别人的材料或没有对照自身。",
    example: { bad: "标题为“……个人对照检查材料”，问题部分写“班子在理论学习上……”。", good: "“我在理论学习上……”" },
    messages: {
      personalAsTeam: "这是个人对照检查材料，但问题和原因多处以“班子”“有的班子成员”的口吻来写；个人材料应讲自己的问题。",
      teamAsPersonal: "这是班子对照检查材料，但问题和原因多处以“我”“本人”的口吻来写；班子材料应讲班子的问题。",
    },
    fixable: false,
  },
  check({ analysis, paragraphs, report }) {
    const voice = analysis.checklist?.voice;
    if (!voice?.mismatch) return;
    // On the title, where the kind of material is stated; else on the problems part.
    const at = analysis.title?.paragraph ?? analysis.parts.find((p) => p.role === "problems")?.paragraph;
    if (at === undefined) return;
    report({ messageId: voice.expected === "personal" ? "personalAsTeam" : "teamAsPersonal", paragraph: at, start: 0, end: paragraphs[at].text.length });
  },
};
