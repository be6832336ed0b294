import { describe, expect, it } from "vitest";
import { testRule } from "../../helpers/ruleTester";
import { analyze } from "../../../src/core/analyze";
import { runRules } from "../../../src/core/rules/runner";
import { punctuation } from "../../../src/core/rules/punctuation";
import { DRAFT_2023_TEAM, DRAFT_2025_PERSONAL } from "../../helpers/cleanDrafts";

/** A personal material of ours with the problems paragraph given. */
const personal = (problem: string, title = "水利局副局长2025年度民主生活会个人对照检查材料") => [
  title,
  "一、存在的问题",
  "（一）在带头强化政治忠诚方面",
  problem,
  "二、问题产生的原因",
  "理想信念的“总开关”拧得不够紧，放松了主观世界的改造。",
  "三、整改措施",
  "每月参加一次中心组专题学习，年底前撰写2篇调研报告。",
];


testRule(punctuation, {
  valid: [
    { description: "a whole personal draft of 2025", text: DRAFT_2025_PERSONAL },
    { description: "a whole team draft of 2023, 【】 in its title", text: DRAFT_2023_TEAM },
    { description: "a clean personal material: headings without full stops", text: personal("我对新出台的防汛政策只看摘要，没有逐条研读，比如今年汛期前的调度会上讲不清新规要点。") },
    {
      description: "numbers, times, web addresses and English keep their ASCII marks",
      text: personal("我在汛期值班时于10:30才到岗，全年投入1,000万元只完成3.5公里堤防，相关通报见https://www.example.gov.cn/a?id=1,2。"),
    },
    { description: "an English aside and a formula", text: ["他在会上引用了一句话：He said: yes, it's fine.", "台账用VLOOKUP(A1,B2)函数汇总。"] },
    { description: "an apostrophe in an English word", text: ["我读过Xi’s speeches的英文译本。"] },
    { description: "a quote inside a quote", text: personal("我在支部会上说：“要把‘两个确立’的决定性意义落到每一项工作中。”但自己做得不够。") },
    { description: "ellipsis and dash are one mark each", text: personal("我对群众的诉求有时只是听一听、记一记……没有跟进——这是宗旨意识不牢的表现。") },
    {
      description: "a list introduced by a colon, items without full stops",
      text: ["2024年度组织生活会党员个人检视剖析材料", "一、存在的问题", "主要有以下几点：", "1.政治理论学习不够系统", "2.联系服务群众不够经常", "二、整改措施", "每季度走访联系户不少于两次。"],
    },
    { description: "署名 and date lines after the closing", text: [...personal("我学习不够深入，比如今年只通读了一遍《决定》。"), "以上是我的对照检查，请同志们批评指正。", "张某某", "2025年1月10日"] },
    { description: "a team's material with book titles and brackets", text: personal("班子学习《习近平著作选读》第一卷（节选）不够深入，例如中心组（扩大）学习只安排了3次。", "县委常委班子2024年度民主生活会对照检查材料") },
    { description: "a quote over two paragraphs opens each and closes at its end", text: ["讲话中指出：", "“干部要敢于担当，", "“敢于斗争，善于作为。”"] },
    {
      description: "a quote and a bracket broken over printed lines (a PDF): one sentence, in pairs",
      text: [
        "交通运输局副局长2024年度民主生活会个人对照检查材料",
        "一、存在的问题",
        "（一）在带头强化政治忠诚方面",
        "我对新出台的政策文件往往只看摘要，缺少“钉钉子”精神和“马上就办，",
        "立即行动”的作风，比如去年新规（试行",
        "）出台后，直到科室汇报才细看。",
        "二、整改措施",
        "每月集中学习一次。",
      ],
    },
    { description: "document names in title marks", text: ["会前认真学习了《关于新时代加强和改进思想政治工作的意见》和《中国共产党纪律处分条例》。"] },
    { description: "the issuer outside the title marks, the name inside", text: ["按照中共中央《关于加强党的政治建设的意见》要求，班子逐条对照检查。"] },
    { description: "opinions asked for are not a document", text: ["会前广泛征求关于班子建设的意见建议，共收集意见12条。"] },
    { description: "a party member is no regulation", text: ["作为一名中国共产党员，我对照党章查找差距。"] },
    { description: "a requirement named by its subject, not a document", text: ["落实关于基层减负的要求还有差距。"] },
    { description: "the material's own title names no document", text: ["关于2024年度民主生活会的个人对照检查材料", "一、存在的问题", "我学习不够深入，比如全年只读了一本书。"] },
    { description: "list numbers with a closing bracket only", text: ["1）每月集中学习一次；2）每季度开展一次谈心谈话。"] },
    { description: "a speech: its lines are not checked for a full stop", text: ["在专题民主生活会上的讲话", "同志们：", "下面我讲三点意见", "谢谢大家"] },
    {
      description: "an aspect on a line of its own, and a Markdown heading, without full stops",
      text: personal("我对政策学习不够深入，比如对新修订的条例只读了一遍。").map((l) =>
        l === "（一）在带头强化政治忠诚方面" ? "在带头强化政治忠诚，提高政治能力方面" : l === "二、问题产生的原因" ? "**二、问题产生的原因，以及根源所在的深层次分析**" : l,
      ),
    },
  ],
  invalid: [
    {
      description: "ASCII comma, semicolon, colon, ! and ? in Chinese text",
      text: ["同志们:", "我们要敢于斗争,善于斗争;不能回避矛盾!这样做对吗?"],
      // From three on in a paragraph, one finding with one fix for them all.
      errors: [
        { messageId: "ascii", paragraph: 0, start: 3, end: 4, text: ":" },
        { messageId: "asciiMany", paragraph: 1, text: ",善于斗争;不能回避矛盾!这样做对吗?" },
      ],
      output: ["同志们：", "我们要敢于斗争，善于斗争；不能回避矛盾！这样做对吗？"],
    },
    {
      description: "ASCII brackets around Chinese words",
      text: ["定期到联系乡镇(街道)调研，第(1)项任务已完成。"],
      errors: [{ messageId: "asciiMany", text: "(街道)调研，第(1)" }],
      output: ["定期到联系乡镇（街道）调研，第（1）项任务已完成。"],
    },
    {
      description: "ASCII double quotes: opening and closing by position",
      text: ["我缺少\"钉钉子\"精神，落实\"一岗双责\"不到位。"],
      errors: [{ messageId: "asciiMany", start: 3, end: 19 }],
      output: ["我缺少“钉钉子”精神，落实“一岗双责”不到位。"],
    },
    {
      description: "ASCII single quotes",
      text: ["树牢'四个意识'，坚定'四个自信'。"],
      errors: [{ messageId: "asciiMany" }],
      output: ["树牢‘四个意识’，坚定‘四个自信’。"],
    },
    {
      description: "one pair of ASCII quotes: each its own finding",
      text: ["我缺少\"钉钉子\"精神。"],
      errors: [
        { messageId: "asciiQuote", start: 3, end: 4 },
        { messageId: "asciiQuote", start: 7, end: 8 },
      ],
      output: ["我缺少“钉钉子”精神。"],
    },
    {
      description: "an ASCII quote closing a Chinese one: no fix, the pair is mixed",
      text: ["坚决做到“两个维护\"，不打折扣。"],
      errors: [{ messageId: "asciiQuoteUnpaired", text: '"' }],
    },
    {
      description: "an odd number of ASCII quotes: no fix",
      text: ["要克服\"等靠要思想，主动作为。"],
      errors: [{ messageId: "asciiQuoteUnpaired", text: '"' }],
    },
    {
      description: "a single quote never closed, and ASCII commas after closing ones",
      text: ["我要增强‘四个意识’,坚定‘四个自信’,做到‘两个维护，不断改进学习。"],
      errors: [
        { messageId: "ascii", text: "," },
        { messageId: "ascii", text: "," },
        { messageId: "unclosed", start: 22, end: 23, text: "‘" },
      ],
      output: ["我要增强‘四个意识’，坚定‘四个自信’，做到‘两个维护，不断改进学习。"],
    },
    {
      description: "an opening quote doubled",
      text: ["坚决做到““两个维护”。"],
      errors: [{ messageId: "doubledQuote", start: 4, end: 6 }],
    },
    {
      description: "quotes written the wrong way round",
      text: ["谋划好”十五五“时期的重点工作。"],
      errors: [{ messageId: "reversed", start: 3, end: 8, text: "”十五五“" }],
      output: ["谋划好“十五五”时期的重点工作。"],
    },
    {
      description: "a closing quote where an opening one belongs",
      text: ["坚决做到”两个维护”。"],
      errors: [{ messageId: "wrongDirection", start: 4, end: 5 }],
    },
    {
      description: "an opening quote where the closing one belongs",
      text: ["科学编制“十五五“规划。"],
      errors: [{ messageId: "wrongDirection", start: 8, end: 9 }],
    },
    {
      description: "an opening quote left open before the next pair",
      text: ["增强“四个意识，坚定“四个自信”。"],
      errors: [{ messageId: "unclosed", start: 2, end: 3 }],
    },
    {
      description: "a closing quote and a closing title mark with nothing open",
      text: ["落实到位”。学习选读》。"],
      errors: [
        { messageId: "unopened", text: "”" },
        { messageId: "unopened", text: "》" },
      ],
    },
    {
      description: "a bracket and a title mark never closed",
      text: ["（一理论学习方面，学习《习近平著作选读不够。"],
      errors: [
        { messageId: "unclosed", start: 0, end: 1, text: "（" },
        { messageId: "unclosed", text: "《" },
      ],
    },
    {
      description: "doubled marks are mended",
      text: ["学习不够深入，，研究不够透彻。。", "要敢于斗争,,,,善于斗争、、勇于担当。"],
      errors: [
        { messageId: "doubled", paragraph: 0, text: "，，" },
        { messageId: "doubled", paragraph: 0, text: "。。" },
        { messageId: "doubled", paragraph: 1, text: ",,,," },
        { messageId: "doubled", paragraph: 1, text: "、、" },
      ],
      output: ["学习不够深入，研究不够透彻。", "要敢于斗争，善于斗争、勇于担当。"],
    },
    {
      description: "two different marks in a row: which to keep is the writer's call",
      text: ["学习不够深入，。研究不够透彻。"],
      errors: [{ messageId: "stacked", text: "，。" }],
    },
    {
      description: "an ellipsis typed as full stops or dots",
      text: ["听一听、记一记。。。没有下文。", "看一看、问一问...就算了。"],
      errors: [
        { messageId: "ellipsis", paragraph: 0, text: "。。。" },
        { messageId: "ellipsis", paragraph: 1, text: "..." },
      ],
      output: ["听一听、记一记……没有下文。", "看一看、问一问……就算了。"],
    },
    {
      description: "a paragraph of the body without a full stop",
      text: personal("我对新出台的防汛政策只看摘要，没有逐条研读，比如今年汛期前的调度会上讲不清新规要点"),
      errors: [{ messageId: "noClosing", paragraph: 3, text: "讲不清新规要点".slice(1) }],
    },
    {
      description: "a closing sentence without its full stop; the date after it is a line",
      text: [...personal("我对新出台的防汛政策只看摘要，比如讲不清新规要点。"), "以上是我的对照检查，请各位同志批评指正", "2026年1月"],
      errors: [{ messageId: "noClosing", paragraph: 8, text: "同志批评指正" }],
    },
    {
      description: "a cause heading with its text in one paragraph, without a full stop",
      text: [
        "县委常委班子2023年度民主生活会对照检查材料",
        "一、存在的问题",
        "（一）理论学习方面。班子学习不够系统，比如中心组学习只安排了4次。",
        "二、产生问题的原因",
        "（一）理想信念有所松懈。有的班子成员把业务当成硬任务、把学习当成软任务，静下心来读原著的时间不多",
        "三、整改措施",
        "每月召开一次中心组学习会。",
      ],
      errors: [{ messageId: "noClosing", paragraph: 4 }],
    },
    {
      description: "a notice cited without title marks",
      text: ["按照市委关于开好2024年度民主生活会的通知要求，我认真做了准备。"],
      errors: [{ messageId: "titleMarks", start: 4, end: 22, text: "关于开好2024年度民主生活会的通知" }],
    },
    {
      description: "an opinion with its issuer, and a party regulation",
      text: ["认真学习中共中央关于加强党的政治建设的意见，严格遵守中国共产党廉洁自律准则。"],
      errors: [
        { messageId: "titleMarks", text: "关于加强党的政治建设的意见" },
        { messageId: "titleMarks", text: "中国共产党廉洁自律准则" },
      ],
    },
    {
      description: "a list numbered (一) throughout: the number is mended whole",
      text: ["2024年度组织生活会个人对照检查材料", "一、存在的问题", "(一)理论学习方面", "学习不够深入，比如全年只读了一本书。", "(二)作用发挥方面", "服务群众不够主动，比如全年只走访了2户。"],
      errors: [
        { messageId: "asciiLabel", paragraph: 2, start: 0, end: 3, text: "(一)" },
        { messageId: "asciiLabel", paragraph: 4, text: "(二)" },
      ],
      output: ["2024年度组织生活会个人对照检查材料", "一、存在的问题", "（一）理论学习方面", "学习不够深入，比如全年只读了一本书。", "（二）作用发挥方面", "服务群众不够主动，比如全年只走访了2户。"],
    },
  ],
});

describe("punctuation: severities by message", () => {
  it("a document name without title marks is only a suggestion; an ASCII comma is a warning", () => {
    const paragraphs = [{ text: "按照市委关于开好2024年度民主生活会的通知要求,我认真做了准备。" }];
    const { findings: _all, ...analysis } = analyze(paragraphs);
    const found = runRules(paragraphs, analysis, {}, [punctuation]).map((f) => [f.messageId, f.severity]);
    expect(found).toEqual([
      ["titleMarks", "info"],
      ["ascii", "warning"],
    ]);
  });
});
