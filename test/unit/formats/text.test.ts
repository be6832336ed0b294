// readText: encodings, line ends, blank lines, control characters, binary files.

import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/formats/errors";
import { readText } from "../../../src/formats/text";

const lines = (bytes: Uint8Array) => readText(bytes).map((p) => p.text);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe("readText", () => {
  it("reads UTF-8, one paragraph per line, nothing else set", () => {
    expect(readText(utf8("一、存在的主要问题\n（一）理论学习方面"))).toEqual([
      { text: "一、存在的主要问题" },
      { text: "（一）理论学习方面" },
    ]);
  });

  it("strips a UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("对照检查材料\n")]);
    expect(lines(bytes)).toEqual(["对照检查材料"]);
  });

  it("reads UTF-16 LE and BE with BOM", () => {
    expect(lines(utf16("一、问题\r\n二、原因", true))).toEqual(["一、问题", "二、原因"]);
    expect(lines(utf16("一、问题\n二、原因", false))).toEqual(["一、问题", "二、原因"]);
  });

  it("reads BOM-less UTF-16 LE when the zero bytes give it away", () => {
    expect(lines(utf16("Section 1: 学习\r\nSection 2: 作风\r\n", true, false))).toEqual([
      "Section 1: 学习",
      "Section 2: 作风",
    ]);
  });

  it("falls back to GB18030/GBK when the bytes are not UTF-8", () => {
    const gbk = new Uint8Array([
      210, 187, 161, 162, 180, 230, 212, 218, 181, 196, 206, 202, 204, 226, 13, 10, 163, 168, 210, 187, 163, 169, 209,
      167, 207, 176, 178, 187, 185, 187,
    ]);
    expect(lines(gbk)).toEqual(["一、存在的问题", "（一）学习不够"]);
    // A four-byte GB18030 sequence (outside GBK).
    expect(lines(new Uint8Array([149, 50, 130, 54]))).toEqual(["𠀀"]);
  });

  it("handles CRLF, CR and LF, keeps blank lines so index = line number − 1", () => {
    const text = "第一行\r\n\r\n第三行\r第四行\n\n第六行\n";
    expect(lines(utf8(text))).toEqual(["第一行", "", "第三行", "第四行", "", "第六行"]);
  });

  it("keeps a blank last line when the file ends with two line breaks", () => {
    expect(lines(utf8("甲\n\n"))).toEqual(["甲", ""]);
    expect(lines(utf8("\n"))).toEqual([""]);
  });

  it("removes control characters except tab", () => {
    expect(lines(utf8("\f一、问题\t说明\u0007\u000b\u0000\u007f\u0085尾"))).toEqual(["一、问题\t说明尾"]);
  });

  it("returns nothing for an empty file", () => {
    expect(readText(new Uint8Array())).toEqual([]);
  });

  it("rejects binary junk and says it is not a text file", () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    expect(() => readText(junk)).toThrow(InputError);
    expect(() => readText(junk)).toThrow(/不是文本文件/);

    const fewZeros = new Uint8Array(2048).fill(0x41);
    for (let i = 0; i < 40; i++) fewZeros[i * 50] = 0;
    expect(() => readText(fewZeros)).toThrow(/不是文本文件/);
  });

  it("explains a .docx (zip), an old .doc and a PDF given as text", () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document/>") });
    expect(() => readText(zip)).toThrow(/\.docx/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(() => readText(ole)).toThrow(/另存为 \.docx/);
    expect(() => readText(utf8("%PDF-1.7\n..."))).toThrow(/PDF/);
  });

  it("tolerates a stray NUL byte", () => {
    expect(lines(new Uint8Array([...utf8("学习"), 0, ...utf8("心得")]))).toEqual(["学习心得"]);
  });
});
