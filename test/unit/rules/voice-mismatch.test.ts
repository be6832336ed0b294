import { testRule } from "../../helpers/ruleTester";
import { voiceMismatch } from "../../../src/core/rules/voice-mismatch";

const personal = "2024年度民主生活会个人对照检查材料";
const team = "2024年度民主生活会领导班子对照检查材料";
const body = (who: string) => [
  "一、存在的主要问题",
  "（一）带头强化政治忠诚方面",
  `${who}在学习上满足于读原文，${who}对新要求理解不深。`,
  "（二）带头敢于担当方面",
  `${who}遇到难题有畏难情绪，${who}推动落实不够有力。`,
  "二、问题产生的原因",
  `${who}理想信念有所松懈，${who}党性修养不够。`,
  "三、整改措施",
  "每月开展一次专题学习，年底前完成调研。",
];

testRule(voiceMismatch, {
  valid: [
    { description: "a personal material in the first person", text: [personal, ...body("我")] },
    { description: "a team material speaking of the team", text: [team, ...body("班子")] },
  ],
  invalid: [
    { description: "a personal material speaking as the team", text: [personal, ...body("班子")], errors: [{ messageId: "personalAsTeam", paragraph: 0, start: 0, text: personal }] },
    { description: "a team material speaking as one person", text: [team, ...body("我")], errors: [{ messageId: "teamAsPersonal", paragraph: 0, text: team }] },
  ],
});
