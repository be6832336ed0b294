import { testRule } from "../../helpers/ruleTester";
import { typos } from "../../../src/core/rules/typos";

// Our own sentences: right text that contains the characters of a wrong form across a word
// boundary, and drafts with typos.
testRule(typos, {
  valid: [
    { description: "来自|已有, 各自|已经, and 不能自已 (right)", text: ["数据来自已建成的系统，各自已有分工。", "听到这个消息，他激动得不能自已。"] },
    { description: "上报|有关", text: "请将材料上报有关部门，并汇报有关情况。" },
    { description: "主动新建, 积极新增", text: "我们主动新建了工作台账，积极新增就业岗位。" },
    { description: "既使……又使…… (既 and 使)", text: "这项政策既使群众满意，又使干部成长。" },
    { description: "纪律|已经, 通知|已经", text: "纪律已经成为硬约束，通知已经下发。" },
    { description: "富饶|幸福", text: "建设富饶幸福的美丽乡村。" },
    { description: "这一|惯性, 唯一|惯用, 一贯|切实", text: "要打破这一惯性思维，这不是唯一惯用的办法，要保持一贯切实的作风。" },
    { description: "既|便于, 既|便民", text: "这样既便于管理又便于监督，既便民又利企。" },
    { description: "超过|份额", text: "超过份额的部分不予报销。" },
    { description: "沿|习近平", text: "沿习近平总书记指引的方向坚定前行。" },
    { description: "渡过难关 and 度过假期, right", text: "帮助企业渡过难关，让孩子们度过一个安全的假期。" },
    { description: "身体力行|节约", text: "党员干部要身体力行节约每一滴水。" },
    { description: "平台|帐号, 公布|署名", text: "平台帐号实行实名管理，公布署名文章。" },
    { description: "遵医嘱|目前", text: "他遵医嘱目前仍需休养。" },
    { description: "做|为民服务的事", text: "多做为民服务的实事。" },
    { description: "感冒|然后", text: "他先是感冒然后发烧。" },
    { description: "截止日期, 截止到目前", text: "申报截止日期为月底，截止到目前已受理12件。" },
    { description: "idioms written right", text: "再接再厉、按部就班、迫不及待、一如既往、融会贯通、学以致用、以身作则、相辅相成、一脉相承、雷厉风行、驰而不息、常抓不懈。" },
    { description: "words written right", text: "急躁、浮躁、干燥、枯燥、针砭、松弛、坐镇、毕竟、部署、贯彻、弘扬、赓续、奢靡、砥砺、踔厉、锤炼、淬炼、擘画、瞩目、嘱托、给予、赋予、台账。" },
    { description: "学习贯彻: 习贯 is not a typo here", text: "深入学习贯彻党的二十大精神。" },
  ],
  invalid: [
    {
      description: "a paragraph with three typos",
      text: ["个人对照检查材料", "我对自已要求不严，工作中有急燥情绪，对违规行为报有侥幸心理。"],
      errors: [
        { messageId: "typo", paragraph: 1, start: 2, end: 4, text: "自已" },
        { messageId: "typo", paragraph: 1, text: "急燥" },
        { messageId: "typo", paragraph: 1, text: "报有" },
      ],
      output: ["个人对照检查材料", "我对自己要求不严，工作中有急躁情绪，对违规行为抱有侥幸心理。"],
    },
    {
      description: "主动新 where 主动性 was meant",
      text: "工作缺乏主动新、创造性，推进较慢。",
      errors: [{ messageId: "typo", start: 4, end: 7, text: "主动新" }],
      output: "工作缺乏主动性、创造性，推进较慢。",
    },
    {
      description: "既使……也……",
      text: "既使任务再重，也要按时完成。",
      errors: [{ messageId: "typo", text: "既使" }],
      output: "即使任务再重，也要按时完成。",
    },
    {
      description: "度过难关 and 渡过假期, swapped",
      text: "帮助企业度过难关，组织留守儿童渡过假期。",
      errors: [
        { messageId: "typo", text: "度过难关" },
        { messageId: "typo", text: "渡过假期" },
      ],
      output: "帮助企业渡过难关，组织留守儿童度过假期。",
    },
    {
      description: "idioms of official writing",
      text: "要再接再励，不能按步就班；做到融汇贯通、学以至用。",
      errors: [
        { messageId: "typo", text: "再接再励" },
        { messageId: "typo", text: "按步就班" },
        { messageId: "typo", text: "融汇贯通" },
        { messageId: "typo", text: "学以至用" },
      ],
      output: "要再接再厉，不能按部就班；做到融会贯通、学以致用。",
    },
    {
      description: "a wrong form right after a place where the characters are right",
      text: "来自已往的经验不足，自已也有责任。",
      errors: [{ messageId: "typo", text: "自已" }],
      output: "来自已往的经验不足，自己也有责任。",
    },
  ],
});
