// readDocx on hand-made packages, for markup the `docx` package does not write.

import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/formats/docx";
import { documentXml, lvl, makeDocx, numPr, p, W_NS } from "./helpers";

const texts = (bytes: Uint8Array) => readDocx(bytes).map((para) => para.text);
const lists = (bytes: Uint8Array) => readDocx(bytes).map((para) => para.listString);

const R = (inner: string) => `<w:r>${inner}</w:r>`;
const T = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

describe("readDocx: revisions, fields and special characters", () => {
  it("skips w:del / w:delText and w:moveFrom, keeps w:ins and w:moveTo", () => {
    const body = `<w:p>
      ${R(T("查摆"))}
      <w:del w:id="1" w:author="甲"><w:r><w:delText>不深刻的</w:delText></w:r></w:del>
      <w:ins w:id="2" w:author="甲"><w:r><w:t>突出</w:t></w:r></w:ins>
      <w:moveFrom w:id="3" w:author="甲"><w:r><w:t>（原位置）</w:t></w:r></w:moveFrom>
      ${R(T("问题"))}
      <w:moveTo w:id="4" w:author="甲"><w:r><w:t>（新位置）</w:t></w:r></w:moveTo>
    </w:p>`;
    expect(texts(makeDocx({ body }))).toEqual(["查摆突出问题（新位置）"]);
  });

  it("drops a paragraph whose mark and text are both deleted", () => {
    const body = `${p("第一段")}
      <w:p><w:pPr><w:rPr><w:del w:id="5" w:author="甲"/></w:rPr></w:pPr>
        <w:del w:id="6" w:author="甲"><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>
      ${p("第二段")}`;
    expect(texts(makeDocx({ body }))).toEqual(["第一段", "第二段"]);
  });

  it("keeps field results and skips field instructions, nested fields included", () => {
    const body = `<w:p>
      ${R(T("共"))}
      ${R('<w:fldChar w:fldCharType="begin"/>')}
      ${R('<w:instrText xml:space="preserve"> IF </w:instrText>')}
      ${R('<w:fldChar w:fldCharType="begin"/>')}${R("<w:instrText> NUMPAGES </w:instrText>")}
      ${R('<w:fldChar w:fldCharType="separate"/>')}${R(T("9"))}${R('<w:fldChar w:fldCharType="end"/>')}
      ${R('<w:instrText> &gt; 1 "多页" "单页" </w:instrText>')}
      ${R('<w:fldChar w:fldCharType="separate"/>')}
      ${R(T("多页"))}
      ${R('<w:fldChar w:fldCharType="end"/>')}
      ${R(T("材料"))}
      <w:fldSimple w:instr=" AUTHOR "><w:r><w:t>张三</w:t></w:r></w:fldSimple>
    </w:p>`;
    expect(texts(makeDocx({ body }))).toEqual(["共多页材料张三"]);
  });

  it("maps tabs, breaks and hyphens", () => {
    const body = `<w:p>${R(`${T("甲")}<w:tab/>${T("乙")}<w:br/>${T("丙")}<w:cr/>${T("丁")}`)}${R(
      `${T("自我")}<w:noBreakHyphen/>${T("批评")}<w:softHyphen/>${T("精神")}`,
    )}</w:p>`;
    expect(texts(makeDocx({ body }))).toEqual(["甲\t乙\n丙\n丁自我-批评精神"]);
  });

  it("decodes entities and numeric character references", () => {
    const body = `<w:p>${R(T("&amp;&lt;&gt;&quot;&apos;&#x4E00;&#20108;&#x1F600;"))}</w:p>`;
    expect(texts(makeDocx({ body }))).toEqual([`&<>"'一二😀`]);
  });

  it("leaves text boxes out of the paragraph text", () => {
    const body = `<w:p>${R(T("正文开头"))}<w:r><mc:AlternateContent>
        <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p("文本框甲")}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:textbox><w:txbxContent>${p("文本框甲")}</w:txbxContent></v:textbox></w:pict></mc:Fallback>
      </mc:AlternateContent></w:r>${R(T("正文结尾"))}</w:p>`;
    expect(texts(makeDocx({ body }))).toEqual(["正文开头正文结尾"]);
  });

  it("reads content controls at block and run level, and custom XML", () => {
    const body = `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>${p("控件中的段落")}</w:sdtContent></w:sdt>
      <w:p>${R(T("姓名："))}<w:sdt><w:sdtPr/><w:sdtContent>${R(T("李四"))}</w:sdtContent></w:sdt></w:p>
      <w:customXml w:element="section">${p("自定义XML中的段落")}</w:customXml>`;
    expect(texts(makeDocx({ body }))).toEqual(["控件中的段落", "姓名：李四", "自定义XML中的段落"]);
  });

  it("keeps the text of equations (m:t)", () => {
    const body = `<w:p>${R(T("增长"))}<m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath>${R(T("倍"))}</w:p>`;
    expect(texts(makeDocx({ body }))).toEqual(["增长x+1倍"]);
  });

  it("keeps the ruby base text, not the phonetic guide", () => {
    const body = `<w:p><w:ruby><w:rubyPr/><w:rt>${R(T("dǎng"))}</w:rt><w:rubyBase>${R(T("党"))}</w:rubyBase></w:ruby></w:p>`;
    expect(texts(makeDocx({ body }))).toEqual(["党"]);
  });

  it("reads nested tables as inTable", () => {
    const cell = (content: string) => `<w:tc><w:tcPr/>${content}</w:tc>`;
    const table = (content: string) => `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${content}</w:tr></w:tbl>`;
    const body = `${p("表前")}${table(cell(p("外层") + table(cell(p("内层"))) + p("")))}${p("表后")}`;
    expect(readDocx(makeDocx({ body })).map((x) => [x.text, x.inTable === true])).toEqual([
      ["表前", false],
      ["外层", true],
      ["内层", true],
      ["", true],
      ["表后", false],
    ]);
  });

  it("accepts another prefix for the WordprocessingML namespace", () => {
    const document = `<?xml version="1.0" encoding="UTF-8"?>
      <x:document xmlns:x="${W_NS}"><x:body><x:p><x:r><x:t>前缀不同</x:t></x:r></x:p></x:body></x:document>`;
    expect(texts(makeDocx({ document }))).toEqual(["前缀不同"]);
  });

  it("reads the Strict OOXML namespace", () => {
    const document = `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>${p("严格模式")}</w:body></w:document>`;
    expect(texts(makeDocx({ document }))).toEqual(["严格模式"]);
  });

  it("works without styles.xml and numbering.xml", () => {
    const bytes = makeDocx({ body: p("无样式", numPr(1, 0)), noStyles: true, noNumbering: true });
    expect(readDocx(bytes)).toEqual([{ text: "无样式" }]);
  });

  it("finds the main part through _rels/.rels when it is not word/document.xml", () => {
    const bytes = zipSync({
      "_rels/.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`),
      "word/document2.xml": strToU8(documentXml(p("另一个主文档"))),
    });
    expect(texts(bytes)).toEqual(["另一个主文档"]);
  });
});

describe("readDocx: styles", () => {
  const styles = `
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="正文文本"/><w:basedOn w:val="1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="a4"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>
    <w:style w:type="character" w:styleId="c1"><w:name w:val="Strong"/></w:style>`;

  it("reports the style name, outline level from the style chain, level 9 as none", () => {
    const body = [
      p("一、存在的主要问题", '<w:pStyle w:val="1"/>'),
      p("（一）理论学习", '<w:pStyle w:val="2"/>'),
      p("正文", '<w:pStyle w:val="a3"/>'),
      p("继承的标题", '<w:pStyle w:val="a4"/>'),
      p("直接大纲", '<w:outlineLvl w:val="3"/>'),
      p("直接正文级别", '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>'),
      p("未知样式", '<w:pStyle w:val="missing"/>'),
      p("字符样式", '<w:pStyle w:val="c1"/>'),
    ].join("");
    expect(readDocx(makeDocx({ body, styles }))).toEqual([
      { text: "一、存在的主要问题", style: "heading 1", outlineLevel: 1 },
      { text: "（一）理论学习", style: "heading 2", outlineLevel: 2 },
      { text: "正文", style: "正文文本" },
      { text: "继承的标题", style: "我的标题", outlineLevel: 1 },
      { text: "直接大纲", style: "Normal", outlineLevel: 4 },
      { text: "直接正文级别", style: "heading 1" },
      { text: "未知样式", style: "Normal" },
      { text: "字符样式", style: "Normal" },
    ]);
  });
});

describe("readDocx: numbering", () => {
  const chinese = `<w:abstractNum w:abstractNumId="0">
      ${lvl(0, "chineseCounting", "%1、", '<w:suff w:val="nothing"/>')}
      ${lvl(1, "chineseCounting", "（%2）")}
      ${lvl(2, "decimal", "%3.", '<w:suff w:val="tab"/>')}
      ${lvl(3, "decimal", "（%4）", '<w:lvlRestart w:val="0"/>')}
    </w:abstractNum>`;

  it("counts per level, restarts deeper levels, continues across body paragraphs", () => {
    const numbering = `${chinese}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [
      p("存在的主要问题", numPr(1, 0)),
      p("理论学习方面", numPr(1, 1)),
      p("学习不系统", numPr(1, 2)),
      p("正文说明"),
      p("学习不深入", numPr(1, 2)),
      p("作风方面", numPr(1, 1)),
      p("联系群众不够", numPr(1, 2)),
      p("原因分析", numPr(1, 0)),
      p("思想根源", numPr(1, 1)),
    ].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual([
      "一、", "（一）", "1.", undefined, "2.", "（二）", "1.", "二、", "（一）",
    ]);
  });

  it("never restarts a level with lvlRestart 0", () => {
    const numbering = `${chinese}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [
      p("a", numPr(1, 3)),
      p("b", numPr(1, 3)),
      p("c", numPr(1, 0)),
      p("d", numPr(1, 3)),
    ].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual(["（1）", "（2）", "一、", "（3）"]);
  });

  it("shares counters between w:num of one abstractNum; startOverride restarts once", () => {
    const numbering = `${chinese}
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    const body = [
      p("a", numPr(1, 0)),
      p("b", numPr(1, 0)),
      p("c", numPr(2, 0)), // another w:num without overrides: continues
      p("d", numPr(3, 0)), // override: restarts at 1
      p("e", numPr(3, 0)),
      p("f", numPr(1, 0)), // numId 1 continues the shared sequence
      p("g", numPr(4, 0)), // starts at 5
      p("h", numPr(3, 0)), // already seen: no second restart
    ].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual([
      "一、", "二、", "三、", "一、", "二、", "三、", "五、", "六、",
    ]);
  });

  it("applies a w:lvlOverride/w:lvl level definition to its w:num only", () => {
    const numbering = `${chinese}
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>${lvl(0, "decimalEnclosedCircle", "%1")}</w:lvlOverride></w:num>`;
    const body = [p("a", numPr(1, 0)), p("b", numPr(2, 0)), p("c", numPr(2, 0))].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual(["一、", "①", "②"]);
  });

  it("inherits numbering from the paragraph style chain, level from the style or w:pStyle", () => {
    const numbering = `<w:abstractNum w:abstractNumId="7">
        ${lvl(0, "chineseCounting", "%1、", '<w:pStyle w:val="H1"/>')}
        ${lvl(1, "chineseCounting", "（%2）", '<w:pStyle w:val="H2"/>')}
      </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`;
    const styles = `
      <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="标题 1"/><w:pPr>${numPr(3)}<w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H2"><w:name w:val="标题 2"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H2b"><w:name w:val="标题 2 变体"/><w:basedOn w:val="H2"/></w:style>`;
    const body = [
      p("存在的问题", '<w:pStyle w:val="H1"/>'),
      p("学习方面", '<w:pStyle w:val="H2"/>'),
      p("作风方面", '<w:pStyle w:val="H2b"/>'),
      p("不编号", `<w:pStyle w:val="H2"/>${numPr(0)}`),
      p("整改措施", '<w:pStyle w:val="H1"/>'),
      p("直接覆盖级别", `<w:pStyle w:val="H1"/><w:numPr><w:ilvl w:val="1"/></w:numPr>`),
    ].join("");
    expect(readDocx(makeDocx({ body, numbering, styles }))).toEqual([
      { text: "存在的问题", listString: "一、", style: "标题 1", outlineLevel: 1 },
      { text: "学习方面", listString: "（一）", style: "标题 2", outlineLevel: 2 },
      { text: "作风方面", listString: "（二）", style: "标题 2 变体", outlineLevel: 2 },
      { text: "不编号", style: "标题 2", outlineLevel: 2 },
      { text: "整改措施", listString: "二、", style: "标题 1", outlineLevel: 1 },
      { text: "直接覆盖级别", listString: "（一）", style: "标题 1", outlineLevel: 1 },
    ]);
  });

  it("follows w:numStyleLink to the list style's definition", () => {
    const numbering = `
      <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ListStyle1"/>
        ${lvl(0, "decimal", "第%1条")}${lvl(1, "decimal", "%1.%2")}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle1"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:style w:type="numbering" w:styleId="ListStyle1"><w:name w:val="条款列表"/><w:pPr>${numPr(1)}</w:pPr></w:style>`;
    const body = [p("a", numPr(2, 0)), p("b", numPr(2, 1)), p("c", numPr(2, 0))].join("");
    expect(lists(makeDocx({ body, numbering, styles }))).toEqual(["第1条", "1.1", "第2条"]);
  });

  it("shows legal numbering (isLgl) in arabic numerals", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">
        ${lvl(0, "chineseCounting", "第%1章")}
        ${lvl(1, "decimalZero", "%1.%2", "<w:isLgl/>")}
        ${lvl(2, "upperRoman", "%1.%2.%3", "<w:isLgl/>")}
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [p("a", numPr(1, 0)), p("b", numPr(1, 0)), p("c", numPr(1, 1)), p("d", numPr(1, 2))].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual(["第一章", "第二章", "2.01", "2.01.1"]);
  });

  it("shows unused shallower levels at their start value", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">
        ${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2")}${lvl(2, "decimal", "%1.%2.%3")}
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [p("a", numPr(1, 2)), p("b", numPr(1, 2)), p("c", numPr(1, 0)), p("d", numPr(1, 1))].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual(["1.1.1", "1.1.2", "1.", "1.1"]);
  });

  it("handles bullets with symbol fonts, none, start 0, missing levels and unknown numIds", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0D8;"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="0"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%4)"/></w:lvl>
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [
      p("a", numPr(1, 0)),
      p("b", numPr(1, 1)),
      p("c", numPr(1, 2)),
      p("d", numPr(1, 3)),
      p("e", numPr(1, 3)),
      p("f", numPr(1, 5)),
      p("g", numPr(99, 0)),
    ].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual(["•", "➢", "", "0)", "1)", undefined, undefined]);
  });

  it("uses a custom zero-padded format from mc:AlternateContent, or the fallback", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/>
          <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>
          <mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>
          <w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/>
          <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>
          <mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>
          <w:lvlText w:val="%2"/></w:lvl>
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [p("a", numPr(1, 0)), p("b", numPr(1, 0)), p("c", numPr(1, 1))].join("");
    expect(lists(makeDocx({ body, numbering }))).toEqual(["001.", "002.", "一"]);
  });

  it("counts numbered paragraphs inside tables, skips deleted ones", () => {
    const numbering = `${chinese}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = `${p("a", numPr(1, 0))}
      <w:tbl><w:tr><w:tc>${p("b", numPr(1, 0))}</w:tc></w:tr></w:tbl>
      <w:p><w:pPr>${numPr(1, 0)}<w:rPr><w:del w:id="1" w:author="甲"/></w:rPr></w:pPr></w:p>
      ${p("c", numPr(1, 0))}`;
    expect(readDocx(makeDocx({ body, numbering })).map((x) => [x.listString, x.inTable ?? false])).toEqual([
      ["一、", false],
      ["二、", true],
      ["三、", false],
    ]);
  });
});
