// readDocx on documents written by the `docx` package.

import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  Paragraph,
  SimpleField,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ILevelsOptions,
  type ISectionOptions,
} from "docx";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/formats/docx";
import { packDocx } from "./helpers";

type Children = ISectionOptions["children"];

function numbered(text: string, reference: string, level = 0, instance?: number): Paragraph {
  return new Paragraph({ text, numbering: { reference, level, ...(instance === undefined ? {} : { instance }) } });
}

async function read(children: Children, levels: Record<string, ILevelsOptions[]> = {}) {
  const document = new Document({
    numbering: { config: Object.entries(levels).map(([reference, lv]) => ({ reference, levels: lv })) },
    sections: [{ children }],
  });
  return readDocx(await packDocx(document));
}

const CHINESE: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
  // Level 2 shows its own counter, %2 (with "%1" Word would repeat the level-1 number).
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
];

describe("readDocx: text and order", () => {
  it("reads plain paragraphs in order, with the Normal style", async () => {
    const paragraphs = await read([
      new Paragraph("关于召开专题民主生活会的对照检查材料"),
      new Paragraph("按照会议安排，本人认真查摆问题。"),
      new Paragraph(""),
      new Paragraph({ children: [new TextRun("一是"), new TextRun({ text: "理论学习不够深入。", bold: true })] }),
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      "关于召开专题民主生活会的对照检查材料",
      "按照会议安排，本人认真查摆问题。",
      "",
      "一是理论学习不够深入。",
    ]);
    expect(paragraphs[0]).toEqual({ text: "关于召开专题民主生活会的对照检查材料", style: "Normal" });
  });

  it("turns tabs and breaks into \\t and \\n", async () => {
    const [paragraph] = await read([
      new Paragraph({
        children: [
          new TextRun("姓名"),
          new TextRun({ children: [new Tab(), "职务"] }),
          new TextRun({ text: "第二行", break: 1 }),
        ],
      }),
    ]);
    expect(paragraph.text).toBe("姓名\t职务\n第二行");
  });

  it("decodes XML entities the writer escaped", async () => {
    const [paragraph] = await read([new Paragraph(`“学习”<不够> & '深入' "系统"`)]);
    expect(paragraph.text).toBe(`“学习”<不够> & '深入' "系统"`);
  });

  it("keeps inserted and drops deleted revisions", async () => {
    const [paragraph] = await read([
      new Paragraph({
        children: [
          new TextRun("对照检查"),
          new DeletedTextRun({ id: 1, author: "审核人", date: "2024-01-01T00:00:00Z", text: "草稿" }),
          new InsertedTextRun({ id: 2, author: "审核人", date: "2024-01-01T00:00:00Z", text: "材料" }),
        ],
      }),
    ]);
    expect(paragraph.text).toBe("对照检查材料");
  });

  it("keeps hyperlink text and a simple field's result, not its instruction", async () => {
    const [paragraph] = await read([
      new Paragraph({
        children: [
          new TextRun("参见"),
          new ExternalHyperlink({ link: "https://example.org", children: [new TextRun("学习资料")] }),
          new TextRun("，日期："),
          new SimpleField("DATE", "2024年1月"),
        ],
      }),
    ]);
    expect(paragraph.text).toBe("参见学习资料，日期：2024年1月");
  });

  it("leaves out headers, footers and footnotes", async () => {
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph("脚注：引自学习笔记")] } },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph("页眉：内部材料")] }) },
          footers: { default: new Footer({ children: [new Paragraph("页脚：第 1 页")] }) },
          children: [
            new Paragraph({ children: [new TextRun("正文第一段"), new FootnoteReferenceRun(1)] }),
            new Paragraph("正文第二段"),
          ],
        },
      ],
    });
    const paragraphs = readDocx(await packDocx(document));
    expect(paragraphs.map((p) => p.text)).toEqual(["正文第一段", "正文第二段"]);
  });
});

describe("readDocx: styles and outline levels", () => {
  it("reports heading style names and outline levels", async () => {
    const paragraphs = await read([
      new Paragraph({ text: "对照检查材料", heading: HeadingLevel.TITLE }),
      new Paragraph({ text: "一、存在的主要问题", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: "（一）理论学习方面", heading: HeadingLevel.HEADING_2 }),
      new Paragraph("正文"),
      new Paragraph({ text: "直接设置大纲级别", outlineLevel: 2 }),
    ]);
    expect(paragraphs).toEqual([
      { text: "对照检查材料", style: "Title" },
      { text: "一、存在的主要问题", style: "Heading 1", outlineLevel: 1 },
      { text: "（一）理论学习方面", style: "Heading 2", outlineLevel: 2 },
      { text: "正文", style: "Normal" },
      { text: "直接设置大纲级别", style: "Normal", outlineLevel: 3 },
    ]);
  });

  it("uses custom paragraph style names (not ids) and their outline level", async () => {
    const document = new Document({
      styles: {
        paragraphStyles: [
          { id: "ZhHeading1", name: "标题 1", basedOn: "Normal", paragraph: { outlineLevel: 0 } },
          { id: "ZhHeading2", name: "二级标题", basedOn: "ZhHeading1" },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: "一、存在的主要问题", style: "ZhHeading1" }),
            new Paragraph({ text: "（一）理论学习方面", style: "ZhHeading2" }),
          ],
        },
      ],
    });
    const paragraphs = readDocx(await packDocx(document));
    expect(paragraphs).toEqual([
      { text: "一、存在的主要问题", style: "标题 1", outlineLevel: 1 },
      // Inherits outline level 0 (→ 1) from its base style.
      { text: "（一）理论学习方面", style: "二级标题", outlineLevel: 1 },
    ]);
  });
});

describe("readDocx: tables", () => {
  it("marks paragraphs in table cells, nested tables included, and keeps document order", async () => {
    const inner = new Table({
      rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("嵌套表格内容")] })] })],
    });
    const paragraphs = await read([
      new Paragraph("表格前"),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph("问题类别")] }),
              new TableCell({ children: [new Paragraph("整改措施"), new Paragraph("第二段")] }),
            ],
          }),
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph("理论学习"), inner] }),
              new TableCell({ children: [new Paragraph("制定学习计划")] }),
            ],
          }),
        ],
      }),
      new Paragraph("表格后"),
    ]);
    expect(paragraphs.map((p) => [p.text, p.inTable ?? false])).toEqual([
      ["表格前", false],
      ["问题类别", true],
      ["整改措施", true],
      ["第二段", true],
      ["理论学习", true],
      ["嵌套表格内容", true],
      ["", true], // a cell must end with a paragraph, so docx writes an empty one after the nested table
      ["制定学习计划", true],
      ["表格后", false],
    ]);
  });
});

describe("readDocx: list numbers", () => {
  it("numbers chineseCounting lists 一、 and （一） continuing across body paragraphs", async () => {
    const paragraphs = await read(
      [
        new Paragraph("前言段落"),
        numbered("存在的主要问题", "zh"),
        numbered("理论学习方面", "zh", 1),
        new Paragraph("一是学习不够系统。"),
        numbered("作风建设方面", "zh", 1),
        numbered("问题产生的原因", "zh"),
        numbered("思想认识方面", "zh", 1),
        numbered("整改措施", "zh"),
      ],
      { zh: CHINESE },
    );
    expect(paragraphs.map((p) => [p.listString, p.text])).toEqual([
      [undefined, "前言段落"],
      ["一、", "存在的主要问题"],
      ["（一）", "理论学习方面"],
      [undefined, "一是学习不够系统。"],
      ["（二）", "作风建设方面"],
      ["二、", "问题产生的原因"],
      ["（一）", "思想认识方面"], // restarted by the level above
      ["三、", "整改措施"],
    ]);
    expect(paragraphs[1]).toMatchObject({ style: "List Paragraph" });
  });

  it("counts past ten in Chinese: 十、十一、十二", async () => {
    const items = Array.from({ length: 12 }, (_, i) => numbered(`第${i + 1}项`, "zh"));
    const paragraphs = await read(items, { zh: CHINESE });
    expect(paragraphs.map((p) => p.listString)).toEqual([
      "一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、",
    ]);
  });

  it("formats decimal 1. and （1）, circled numbers and 甲乙丙", async () => {
    const paragraphs = await read(
      [
        numbered("学习方面", "dec"),
        numbered("学习不够", "dec", 1),
        numbered("联系不够", "dec", 1),
        numbered("作风方面", "dec"),
        numbered("具体问题一", "circle"),
        numbered("具体问题二", "circle"),
        numbered("甲项", "stems"),
        numbered("乙项", "stems"),
        numbered("丙项", "stems"),
      ],
      {
        dec: [
          { level: 0, format: LevelFormat.DECIMAL, text: "%1." },
          { level: 1, format: LevelFormat.DECIMAL, text: "（%2）" },
        ],
        circle: [{ level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%1" }],
        stems: [{ level: 0, format: LevelFormat.IDEOGRAPH_TRADITIONAL, text: "%1、" }],
      },
    );
    expect(paragraphs.map((p) => p.listString)).toEqual([
      "1.", "（1）", "（2）", "2.", "①", "②", "甲、", "乙、", "丙、",
    ]);
  });

  it("restarts for a second list instance", async () => {
    const paragraphs = await read(
      [
        numbered("第一条", "dec", 0, 1),
        numbered("第二条", "dec", 0, 1),
        new Paragraph("另起一个列表"),
        numbered("新的第一条", "dec", 0, 2),
        numbered("新的第二条", "dec", 0, 2),
        numbered("回到第一个实例", "dec", 0, 1),
      ],
      { dec: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] },
    );
    expect(paragraphs.map((p) => p.listString)).toEqual(["1.", "2.", undefined, "1.", "2.", "3."]);
  });

  it("uses a level's start value and multi-level text %1.%2, not the tab suffix", async () => {
    const paragraphs = await read(
      [numbered("总体", "ml"), numbered("细目", "ml", 1), numbered("细目", "ml", 1), numbered("总体", "ml")],
      {
        ml: [
          { level: 0, format: LevelFormat.DECIMAL, text: "%1.", start: 3, suffix: LevelSuffix.TAB },
          { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", suffix: LevelSuffix.SPACE },
        ],
      },
    );
    expect(paragraphs.map((p) => p.listString)).toEqual(["3.", "3.1", "3.2", "4."]);
  });

  it("uses the bullet character as the list string", async () => {
    const paragraphs = await read([numbered("要点", "bul"), numbered("要点", "bul", 1)], {
      bul: [
        { level: 0, format: LevelFormat.BULLET, text: "●" },
        { level: 1, format: LevelFormat.BULLET, text: "\uF0B7" },
      ],
    });
    expect(paragraphs.map((p) => p.listString)).toEqual(["●", "•"]);
  });
});
