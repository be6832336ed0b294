import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { applyFixes, runRules } from "../../../src/core/rules/runner";
import { typos } from "../../../src/core/rules/typos";
import { TYPOS } from "../../../src/data/typos";

/** The rule's findings on one line of text, and the line with every fix applied. */
function check(line: string) {
  const paragraphs = [{ text: line }];
  const { findings: _all, ...analysis } = analyze(paragraphs);
  const findings = runRules(paragraphs, analysis, {}, [typos]);
  const fixed = applyFixes(
    [line],
    findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  ).texts[0];
  return { findings, fixed };
}

/**
 * Right text, our own, none of which may be reported: words whose characters a wrong form shares
 * across a word boundary, and sentences of the genre.
 */
const CORRECT = [
  "数据来自已建成的平台，各自已有明确分工，亲自已到现场，他激动得不能自已。",
  "请将材料上报有关部门，及时汇报有关情况，填报有误的要更正。",
  "我们主动新建了台账，积极新增就业岗位，主动新上一批项目。",
  "这项政策既使群众满意，又使干部成长。",
  "纪律已经成为硬约束，通知已经下发，规律已被认识。",
  "建设富饶幸福的美丽乡村。",
  "要打破这一惯性思维，这不是唯一惯用的办法，统一惯例，保持一贯切实的作风，一贯切中要害。",
  "这样既便于管理又便于监督，既便民又利企，既便宜又好用。",
  "超过份额的部分不予报销，通过份子钱攀比的现象要纠正。",
  "沿习近平总书记指引的方向坚定前行。",
  "帮助企业渡过难关，让孩子们度过一个安全的假期，让老人安度晚年。",
  "党员干部要身体力行节约每一滴水。",
  "平台帐号实行实名管理，平台帐户定期核查，公布署名文章，发布署名评论。",
  "他遵医嘱目前仍需休养，叮嘱目前的工作要抓紧。",
  "多做为民服务的实事，做为人民谋利益的事。",
  "他先是感冒然后发烧。",
  "申报截止日期为月底，截止到目前已受理12件。",
  "天赋于人的才能要用在正道上；物资供给于每月初完成。",
  "他为人深沉苛刻。",
  "清除污垢病菌，不要争辩别人的对错，汽车引擎画面清晰。",
  "蚊帐目前已发放到户，及时上报帐篷数量。",
  "支付衍生费用需审批，推委员会审议。",
  "深入学习贯彻党的二十大精神，学习贯彻习近平新时代中国特色社会主义思想。",
  "坚持工作作风建设，钉钉子精神，红红脸、出出汗，看一看，常常，天天。",
  "巩固疾病防控成果，预防犯罪，严峻工作形势，答辩认真准备。",
  "以往的经验，已往不咎，有的放矢，明察暗访，名副其实，差强人意。",
  "我们迫不及待、一如既往、再接再厉、按部就班、融会贯通、学以致用、以身作则。",
  "急躁、浮躁、烦躁、暴躁、干燥、枯燥、心浮气躁、急功近利、急公好义。",
  "针砭时弊、松弛有度、坐镇指挥、毕竟不同、部署安排、贯彻落实、弘扬传统、宏伟蓝图。",
  "赓续血脉、奢靡之风、党风廉政建设、意识形态、形式主义、战斗堡垒、攻坚克难、实事求是。",
  "相辅相成、一脉相承、各自为政、浅尝辄止、明哲保身、寄予厚望、望而却步、迄今为止、截至目前。",
  "以儆效尤、杀一儆百、重蹈覆辙、发人深省、常抓不懈、抓铁有痕、一以贯之、一贯、惯性思维、司空见惯。",
  "踔厉奋发、砥砺前行、激励机制、严厉查处、厉行节约、励精图治、变本加厉、雷厉风行、驰而不息、一张一弛。",
  "锤炼党性、锻炼身体、淬炼本领、擘画蓝图、笃行不怠、软弱涣散、焕发活力、焕然一新、贻误时机、疲惫不堪。",
  "令人瞩目、叮嘱、嘱托、赋予、给予、致力于、贸然行事、全覆盖、覆盖面、台账、账目、报账、融合、重叠、凋敝、辐射。",
  "精粹、宣泄、寒暄、作为一名党员、震撼、遗憾、掣肘、瓶颈、剖析、诟病、蓬勃、敷衍、推诿、辨别、明辨是非。",
  "辩证唯物主义、辩证统一、蛰伏、沉湎、编纂、气概、范畴、延伸、沿袭、即使、既然、即便、既得利益、侥幸、抱有幻想。",
  "不计其数、一鼓作气、有恃无恐、迫在眉睫、滥竽充数、适得其反、好高骛远、无可非议、既往不咎、陈词滥调、貌合神离、铤而走险。",
  "不胫而走、以偏概全、自暴自弃、义不容辞、在所不惜、矫揉造作、相形见绌、怨天尤人、瞻前顾后、川流不息、甘拜下风、声名鹊起。",
  "美轮美奂、人情世故、水泄不通、信手拈来、言简意赅、原形毕露、蛛丝马迹、一诺千金、仗义执言、贻笑大方、不假思索、按捺不住、不可思议、谆谆教诲。",
];

describe("typos data", () => {
  it("holds at least 100 confusions, each wrong form once, none equal to its right form", () => {
    expect(TYPOS.length).toBeGreaterThanOrEqual(100);
    const wrongs = TYPOS.map((t) => t.wrong);
    expect(new Set(wrongs).size).toBe(wrongs.length);
    for (const t of TYPOS) {
      expect(t.wrong.length, t.wrong).toBeGreaterThanOrEqual(2);
      expect(t.right, t.wrong).not.toBe(t.wrong);
      expect(t.note, t.wrong).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("anchors its contexts: after/notAfter at the start (^), before/notBefore at the end ($), no flags", () => {
    for (const t of TYPOS) {
      for (const re of [t.after, t.notAfter]) if (re) expect(re.source.startsWith("^"), t.wrong).toBe(true);
      for (const re of [t.before, t.notBefore]) if (re) expect(re.source.endsWith("$"), t.wrong).toBe(true);
      for (const re of [t.after, t.notAfter, t.before, t.notBefore]) if (re) expect(re.flags, t.wrong).toBe("");
    }
  });

  for (const t of TYPOS) {
    it(`${t.wrong} → ${t.right}: its example is reported once and fixed; the right form is not reported`, () => {
      expect(t.example).toContain(t.wrong);
      const { findings, fixed } = check(t.example);
      expect(findings.map((f) => f.text)).toEqual([t.wrong]);
      expect(fixed).toBe(t.example.replace(t.wrong, t.right));
      expect(check(fixed).findings).toEqual([]);
      expect(check(t.right).findings).toEqual([]);
    });
  }

  it("reports nothing in right text", () => {
    for (const line of CORRECT) expect(check(line).findings.map((f) => `${f.text} in ${line}`)).toEqual([]);
  });
});
