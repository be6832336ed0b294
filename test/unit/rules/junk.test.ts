import { describe, expect, it } from "vitest";
import { testRule } from "../../helpers/ruleTester";
import { junk } from "../../../src/core/rules/junk";
import { analyze } from "../../../src/core/analyze";
import { runRules } from "../../../src/core/rules/runner";

const personal = ["县卫生健康委副主任2025年度民主生活会个人对照检查材料", "一、存在的问题"];
const team = ["县市场监管局领导班子2024年度民主生活会对照检查材料", "一、存在的突出问题"];

testRule(junk, {
  valid: [
    {
      description: "a title set in letter spacing, and spaced headings",
      text: ["对 照 检 查 材 料", "一、 存在的问题", "（一） 理论学习方面", "我学习不够深入。", "二、整 改 措 施", "每月集中学习一次。"],
    },
    { description: "a space between the unit and the meeting in a title", text: ["县卫生健康委 2025年度民主生活会个人对照检查材料", "一、存在的问题", "我学习不够深入。"] },
    { description: "the indent at the start of a paragraph", text: [...personal, "　　我学习不够深入。", "    班子调研不够扎实。"] },
    { description: "a space after a number or a run-on label", text: [...personal, "一是 学习不够深入。二是　调研不够扎实。", "1 学习不够深入，理论功底不扎实。"] },
    { description: "a 署名, a form line and a date set apart with spaces", text: [...personal, "我学习不够深入。", "县卫生健康委　张三", "姓名：张三　　职务：副主任", "2025年1月 10日"] },
    { description: "Latin words and their spaces", text: [...team, "班子采用 PPP 模式推进项目，使用 Word 和 WPS 办公。"] },
    { description: "numbers written close to their units", text: [...team, "2025年班子调研36次，召开座谈会3场。"] },
    { description: "words ending in 网 in brackets are the writer's", text: [...team, "班子推进电网改造（含供水管网），建设物联网平台（物联网）。"] },
    { description: "点击查看 and 复制 inside a sentence are words", text: [...team, "有的干部习惯简单复制上级文件，群众办事要点击查看好几个页面。"] },
    { description: "时间： after the title is the material's own", text: [...personal, "我学习不够深入。", "时间：2025年1月"] },
    { description: "a measure written without its full stop that mentions reading", text: [...personal, "三、整改措施", "每月阅读2本书", "每周浏览学习平台3次"] },
    { description: "a heading ending in 网", text: [...team, "（一）织密监督网", "班子对权力运行监督不严。"] },
    { description: "Markdown headings are no markers", text: ["## 个人对照检查材料", "## 一、存在的问题", "我学习不够深入。"] },
  ],
  invalid: [
    {
      description: "a website's markers around paid content, in a word and on a line",
      text: [...personal, "我在补齐民生短##paidbegin##板方面还有差距。", "##paidend##"],
      errors: [
        { messageId: "marker", paragraph: 2, start: 7, end: 20, text: "##paidbegin##" },
        { messageId: "marker", paragraph: 3, text: "##paidend##" },
      ],
      output: [...personal, "我在补齐民生短板方面还有差距。", ""],
    },
    {
      description: "a website's banner before the title",
      text: ["某某范文网", "首页 > 范文 > 对照材料", "发布时间：2025-01-06　　浏览次数：1826", "【复制全文】【下载文档】", ...personal, "我学习不够深入。"],
      errors: [
        { messageId: "banner", paragraph: 0 },
        { messageId: "banner", paragraph: 1 },
        { messageId: "banner", paragraph: 2 },
        { messageId: "banner", paragraph: 3 },
      ],
      output: ["", "", "", "", ...personal, "我学习不够深入。"],
    },
    {
      description: "a site's name, a source and a button in the text, a counter after the last sentence",
      text: [...team, "班子调研不够扎实（中华励志网）。", "【复制全文】班子学习不够深入（来源：某某网）。", "以上是班子的对照检查，请批评指正。阅读量：1532"],
      errors: [
        { messageId: "site", paragraph: 2, text: "（中华励志网）" },
        { messageId: "button", paragraph: 3, text: "【复制全文】" },
        { messageId: "site", paragraph: 3, text: "（来源：某某网）" },
        { messageId: "counter", paragraph: 4, text: "阅读量：1532" },
      ],
      output: [...team, "班子调研不够扎实。", "班子学习不够深入。", "以上是班子的对照检查，请批评指正。"],
    },
    {
      description: "a site's name in ASCII brackets and a button on a line of its own",
      text: [...personal, "我调研不够扎实(某某网)。", "点击查看"],
      errors: [
        { messageId: "site", paragraph: 2, text: "(某某网)" },
        { messageId: "button", paragraph: 3, text: "点击查看" },
      ],
      output: [...personal, "我调研不够扎实。", ""],
    },
    {
      description: "a source line after the title",
      text: [...personal, "我学习不够深入。", "来源：某某网"],
      errors: [{ messageId: "banner", paragraph: 3 }],
      output: [...personal, "我学习不够深入。", ""],
    },
    {
      description: "page numbers, headers and footers on lines of their own",
      text: [...personal, "我学习不够深入。", "- 2 -", "第 3 页 共 8 页", "—3—", "第4页/共8页"],
      errors: [
        { messageId: "pageNumber", paragraph: 3, text: "- 2 -" },
        { messageId: "pageNumber", paragraph: 4, text: "第 3 页 共 8 页" },
        { messageId: "pageNumber", paragraph: 5, text: "—3—" },
        { messageId: "pageNumber", paragraph: 6, text: "第4页/共8页" },
      ],
      output: [...personal, "我学习不够深入。", "", "", "", ""],
    },
    {
      description: "stray spaces between Chinese characters and in numbers",
      text: [...personal, "我对理论学 习不够深入，2025 年只调研 3 次，第 3 次才发现问题。", "班子　成员调研不够。"],
      errors: [
        { messageId: "space", paragraph: 2, start: 5, end: 6, text: " " },
        { messageId: "spaceNumber", paragraph: 2, text: " " },
        { messageId: "spaceNumber", paragraph: 2, text: " " },
        { messageId: "spaceNumber", paragraph: 2, text: " " },
        { messageId: "spaceNumber", paragraph: 2, text: " " },
        { messageId: "spaceNumber", paragraph: 2, text: " " },
        { messageId: "space", paragraph: 3, text: "　" },
      ],
      output: [...personal, "我对理论学习不够深入，2025年只调研3次，第3次才发现问题。", "班子成员调研不够。"],
    },
    {
      description: "a stray space in a heading that is not letter-spaced",
      text: [...team, "（一）理论 学习方面", "班子学习不够深入。"],
      errors: [{ messageId: "space", paragraph: 2, start: 5, end: 6 }],
      output: [...team, "（一）理论学习方面", "班子学习不够深入。"],
    },
  ],
});

describe("junk in table cells", () => {
  it("leaves the spaces and numbers of a table alone", () => {
    const paragraphs = [
      { text: "县市场监管局领导班子2024年度民主生活会对照检查材料" },
      { text: "一、存在的突出问题" },
      { text: "学习 次数", inTable: true },
      { text: "- 2 -", inTable: true },
      { text: "班子学习不够深入。" },
    ];
    const { findings: _all, ...analysis } = analyze(paragraphs);
    expect(runRules(paragraphs, analysis, {}, [junk])).toEqual([]);
  });
});
