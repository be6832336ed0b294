// formatListNumber's table of formats, and the list counters on parsed numbering.xml.

import { describe, expect, it } from "vitest";
import { formatListNumber } from "../../../src/formats/numberFormats";
import { ListNumberer, parseNumbering } from "../../../src/formats/numbering";
import { parseXml } from "../../../src/formats/xml";
import { lvl, numberingXml } from "./helpers";

const table = (format: string, values: number[]) => values.map((v) => formatListNumber(v, format));
const SAMPLE = [1, 2, 10, 11, 19, 20, 21, 99, 100, 101, 110, 999];

describe("formatListNumber", () => {
  it("chineseCounting: 十 for 10–99, digit by digit from 100", () => {
    expect(table("chineseCounting", SAMPLE)).toEqual([
      "一", "二", "十", "十一", "十九", "二十", "二十一", "九十九", "一〇〇", "一〇一", "一一〇", "九九九",
    ]);
  });

  it("chineseCountingThousand: full counting with 百, 千, 万 and 零", () => {
    expect(table("chineseCountingThousand", SAMPLE)).toEqual([
      "一", "二", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "九百九十九",
    ]);
    expect(table("chineseCountingThousand", [1000, 1001, 1010, 1100, 10000, 10001, 10100, 100000, 110000, 1000000])).toEqual([
      "一千", "一千零一", "一千零一十", "一千一百", "一万", "一万零一", "一万零一百", "十万", "十一万", "一百万",
    ]);
  });

  it("legal (financial) numerals", () => {
    expect(table("chineseLegalSimplified", [1, 2, 10, 11, 20, 101, 110])).toEqual([
      "壹", "贰", "壹拾", "壹拾壹", "贰拾", "壹佰零壹", "壹佰壹拾",
    ]);
    expect(table("ideographLegalTraditional", [3, 10, 22, 100])).toEqual(["參", "壹拾", "貳拾貳", "壹佰"]);
  });

  it("other CJK systems", () => {
    expect(table("ideographDigital", [1, 10, 25, 100])).toEqual(["一", "一〇", "二五", "一〇〇"]);
    expect(table("japaneseCounting", [1, 10, 11, 20, 100, 101, 1000, 10000])).toEqual([
      "一", "十", "十一", "二十", "百", "百一", "千", "一万",
    ]);
    expect(table("taiwaneseCounting", [10, 11, 100])).toEqual(["十", "十一", "一○○"]);
    expect(table("taiwaneseCountingThousand", [10000, 101])).toEqual(["一萬", "一百零一"]);
  });

  it("甲乙丙丁 and 子丑寅卯, decimal beyond the set", () => {
    expect(table("ideographTraditional", [1, 2, 3, 4, 10, 11])).toEqual(["甲", "乙", "丙", "丁", "癸", "11"]);
    expect(table("ideographZodiac", [1, 2, 3, 12, 13])).toEqual(["子", "丑", "寅", "亥", "13"]);
    expect(table("ideographZodiacTraditional", [1, 2, 11, 60, 61])).toEqual(["甲子", "乙丑", "甲戌", "癸亥", "61"]);
  });

  it("circled and enclosed numbers 1–20, decimal beyond", () => {
    const circled = Array.from({ length: 20 }, (_, i) => formatListNumber(i + 1, "decimalEnclosedCircle")).join("");
    expect(circled).toBe("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
    expect(table("decimalEnclosedCircle", [21, 22, 100])).toEqual(["21", "22", "100"]);
    expect(table("decimalEnclosedCircleChinese", [1, 20, 21])).toEqual(["①", "⑳", "21"]);
    expect(table("decimalEnclosedParen", [1, 10, 20, 21])).toEqual(["⑴", "⑽", "⒇", "21"]);
    expect(table("decimalEnclosedFullstop", [1, 10, 20, 21])).toEqual(["⒈", "⒑", "⒛", "21"]);
    expect(table("ideographEnclosedCircle", [1, 10, 11])).toEqual(["㊀", "㊉", "11"]);
  });

  it("decimal variants", () => {
    expect(table("decimal", [1, 12, 305])).toEqual(["1", "12", "305"]);
    expect(table("decimalHalfWidth", [7])).toEqual(["7"]);
    expect(table("decimalZero", [1, 9, 10, 123])).toEqual(["01", "09", "10", "123"]);
    expect(table("decimalFullWidth", [1, 12])).toEqual(["１", "１２"]);
    expect(table("decimalFullWidth2", [30])).toEqual(["３０"]);
  });

  it("letters and roman numerals", () => {
    expect(table("upperLetter", [1, 2, 26, 27, 28, 53])).toEqual(["A", "B", "Z", "AA", "BB", "AAA"]);
    expect(table("lowerLetter", [1, 27])).toEqual(["a", "aa"]);
    expect(table("upperRoman", [1, 4, 9, 14, 40, 90, 400, 1999])).toEqual([
      "I", "IV", "IX", "XIV", "XL", "XC", "CD", "MCMXCIX",
    ]);
    expect(table("lowerRoman", [3, 12])).toEqual(["iii", "xii"]);
  });

  it("bullet, none, unknown formats and zero", () => {
    expect(formatListNumber(3, "bullet")).toBe("•");
    expect(formatListNumber(3, "none")).toBe("");
    expect(formatListNumber(3, "someFutureFormat")).toBe("3");
    expect(formatListNumber(3, "ordinal")).toBe("3rd");
    expect(table("chineseCounting", [0])).toEqual(["〇"]);
    expect(table("chineseCountingThousand", [0])).toEqual(["零"]);
    expect(table("decimal", [0])).toEqual(["0"]);
    expect(table("upperRoman", [0])).toEqual(["0"]);
  });
});

describe("ListNumberer", () => {
  const numberer = (content: string, styleNumId?: (id: string) => string | undefined) =>
    new ListNumberer(parseNumbering(parseXml(numberingXml(content))), styleNumId);

  it("substitutes each %n with that level's counter in that level's format", () => {
    const n = numberer(`<w:abstractNum w:abstractNumId="0">
        ${lvl(0, "chineseCounting", "第%1部分")}
        ${lvl(1, "decimal", "%1.%2")}
        ${lvl(2, "lowerLetter", "%2(%3)")}
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect([0, 1, 2, 2, 1, 0, 1].map((level) => n.next("1", level))).toEqual([
      "第一部分", "一.1", "1(a)", "1(b)", "一.2", "第二部分", "二.1",
    ]);
  });

  it("repeats the parent's number when a level-2 text says %1 (as Word does)", () => {
    const n = numberer(`<w:abstractNum w:abstractNumId="0">
        ${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%1）")}
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect([0, 1, 1].map((level) => n.next("1", level))).toEqual(["一、", "（一）", "（一）"]);
  });

  it("restarts a level only after the level named by w:lvlRestart", () => {
    const n = numberer(`<w:abstractNum w:abstractNumId="0">
        ${lvl(0, "decimal", "%1")}${lvl(1, "decimal", "%2")}
        ${lvl(2, "decimal", "(%3)", '<w:lvlRestart w:val="1"/>')}
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    // Level 3 restarts after level 1 only, not after level 2.
    expect([2, 2, 1, 2, 0, 2].map((level) => n.next("1", level))).toEqual(["(1)", "(2)", "1", "(3)", "1", "(1)"]);
  });

  it("uses startOverride also when the level restarts later", () => {
    const n = numberer(`<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1")}${lvl(1, "decimal", "%2)")}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`);
    expect([0, 1, 1, 0, 1].map((level) => n.next("1", level))).toEqual(["1", "3)", "4)", "2", "3)"]);
  });

  it("knows which ids are lists and which level a style is linked to", () => {
    const n = numberer(`<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1", '<w:pStyle w:val="H1"/>')}
        ${lvl(1, "decimal", "%2", '<w:pStyle w:val="H2"/>')}</w:abstractNum>
      <w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="404"/></w:num>`);
    expect(n.has("4")).toBe(true);
    expect(n.has("0")).toBe(false);
    expect(n.has("5")).toBe(false);
    expect(n.levelForStyle("4", "H2")).toBe(1);
    expect(n.levelForStyle("4", "Other")).toBeUndefined();
  });

  it("survives a numStyleLink loop", () => {
    const n = numberer(
      `<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="S"/></w:abstractNum>
       <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      () => "1",
    );
    expect(n.next("1", 0)).toBeUndefined();
  });
});
