// readText's choice of encoding: UTF-8 with a few bad bytes stays UTF-8, UTF-16 without a BOM is
// recognised, GB18030 only when the bytes are not UTF-8 at all. Each text is written here and
// encoded in the test.

import { describe, expect, it } from "vitest";
import { readText } from "../../../src/formats/text";

const lines = (bytes: Uint8Array) => readText(bytes).map((p) => p.text);
const utf8 = (text: string) => new TextEncoder().encode(text);

const DRAFT = [
  "某局领导班子2025年度民主生活会对照检查材料",
  "按照会议要求，班子认真学习，广泛征求意见，现将对照检查情况报告如下：",
  "一、存在的突出问题",
  "（一）在带头强化政治忠诚方面。一是理论学习不够深入，学用结合不紧。二是调查研究不够扎实。",
  "二、问题产生的原因",
  "一是理想信念有所松懈。二是宗旨意识有所淡化。",
  "三、整改措施",
  "（一）加强理论武装。每月集中学习1次，全年不少于12次。",
  "以上对照检查，请各位同志批评指正。",
];

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** GBK/GB18030 two-byte codes for every character that has one, read off the decoder itself. */
const GB_CODES = (() => {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const chars = new TextDecoder("gb18030").decode(new Uint8Array(pairs));
  const codes = new Map<string, [number, number]>();
  [...chars].forEach((c, i) => codes.set(c, [pairs[i * 2], pairs[i * 2 + 1]]));
  return codes;
})();

function gbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else {
      const code = GB_CODES.get(c);
      if (!code) throw new Error(`no GBK code for ${c}`);
      out.push(...code);
    }
  }
  return new Uint8Array(out);
}

describe("UTF-8 with a few bad bytes", () => {
  it("stays UTF-8: a stray byte becomes U+FFFD, the rest reads as written", () => {
    const good = utf8(DRAFT.join("\n"));
    const at = utf8(DRAFT[0] + "\n" + "按照会议").length; // inside the second line
    const bytes = new Uint8Array([...good.subarray(0, at), 0xff, ...good.subarray(at)]);
    const read = lines(bytes);
    expect(read).toHaveLength(DRAFT.length);
    expect(read[1]).toBe("按照会议\uFFFD要求，班子认真学习，广泛征求意见，现将对照检查情况报告如下：");
    expect(read.filter((l, i) => l !== DRAFT[i])).toHaveLength(1);
  });

  it("a character cut in half and a Latin-1 byte: one U+FFFD each", () => {
    const cut = utf8("对照").subarray(0, 2); // the first two of 对's three bytes
    const bytes = new Uint8Array([...utf8("一、存在的问题\n"), ...cut, ...utf8("检查材料\n党员干部"), 0xe9, ...utf8("带头作用\n")]);
    expect(lines(bytes)).toEqual(["一、存在的问题", "\uFFFD检查材料", "党员干部\uFFFD带头作用"]);
  });

  it("many bad bytes in a long text still read as UTF-8 when most characters are whole", () => {
    const text = DRAFT.join("\n");
    const good = utf8(text);
    const bytes: number[] = [];
    good.forEach((b, i) => {
      bytes.push(b);
      if (i % 40 === 39 && b < 0x80) bytes.push(0x80); // a stray continuation byte now and then
    });
    const read = lines(new Uint8Array(bytes)).join("\n");
    expect(read.replace(/\uFFFD/g, "")).toBe(text);
  });
});

describe("UTF-16 without a BOM", () => {
  it.each([
    ["LE", true],
    ["BE", false],
  ] as const)("reads Chinese %s text with line breaks (few zero bytes)", (_, littleEndian) => {
    expect(lines(utf16(DRAFT.join("\r\n") + "\r\n", littleEndian))).toEqual(DRAFT);
  });

  it("reads Chinese text without a single zero byte", () => {
    const text = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，对照检查存在的问题。";
    expect(lines(utf16(text, true))).toEqual([text]);
    expect(lines(utf16(text, false))).toEqual([text]);
  });

  it("does not take ASCII-only UTF-8 for UTF-16", () => {
    expect(lines(utf8("Section 1\nSection 2\n"))).toEqual(["Section 1", "Section 2"]);
  });
});

describe("GB18030", () => {
  it("is chosen when the bytes are not UTF-8 at all", () => {
    expect(lines(gbk(DRAFT.join("\r\n")))).toEqual(DRAFT);
  });

  it("short GBK lines too", () => {
    expect(lines(gbk("一、存在的问题\r\n（一）学习不够"))).toEqual(["一、存在的问题", "（一）学习不够"]);
  });

  it("is not chosen for UTF-8 with a bad byte (no mojibake)", () => {
    const bytes = new Uint8Array([...utf8(DRAFT.slice(0, 3).join("\n")), 0xa1, ...utf8("\n" + DRAFT[3])]);
    const read = lines(bytes);
    expect(read.slice(0, 2)).toEqual(DRAFT.slice(0, 2));
    expect(read[2]).toBe(DRAFT[2] + "\uFFFD");
  });
});
