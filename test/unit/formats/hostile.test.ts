// Hostile and oversized .docx files (issue 13), each built here in a few lines (scripts/hostile.mjs,
// shared with `npm run bench`): a limit reached is an InputError whose Chinese and English
// messages name the limit, and exit 2 through the CLI; everything else reads correctly, in linear
// time. The bench reports the time and peak memory of each class.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { documentXml, docx, HOSTILE, numberingXml, repeatedDocument, zip } from "../../../scripts/hostile.mjs";
import { runCli } from "../../../src/cli/main";
import { readDocx } from "../../../src/formats/docx";
import { InputError } from "../../../src/formats/errors";
import { LIMITS } from "../../../src/formats/limits";
import { formatListNumber } from "../../../src/formats/numberFormats";
import { countStartTags, parseXml, XmlError } from "../../../src/formats/xml";
import { crc32 } from "../../../src/formats/zip";

const dir = mkdtempSync(join(tmpdir(), "duizhao-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const build = (name: keyof typeof HOSTILE & string) => HOSTILE[name].build();

/** readDocx's InputError. */
function refusal(bytes: Uint8Array): { error: InputError } {
  try {
    readDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { error: error as InputError };
  }
  throw new Error("readDocx accepted the file");
}

function timed<T>(f: () => T): { value: T } {
  return { value: f() };
}

/** Through the CLI: exit 2, the file named, then the Chinese and English lines; no stack. */
async function cliRefuses(bytes: Uint8Array, zh: RegExp, en: RegExp) {
  const file = join(dir, `hostile-${Math.random().toString(36).slice(2)}.docx`);
  writeFileSync(file, bytes);
  let stdout = "";
  let stderr = "";
  const code = await runCli(["check", file], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  expect(code).toBe(2);
  expect(stdout).toBe("");
  const [lineZh, lineEn, rest] = stderr.split("\n");
  expect(lineZh.startsWith(`${file}：`)).toBe(true);
  expect(lineZh).toMatch(zh);
  expect(lineEn.startsWith(`${file}: `)).toBe(true);
  expect(lineEn).toMatch(en);
  expect(rest).toBe("");
}

const numberedParagraphs = (count: number) =>
  Array.from({ length: count }, () => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>`).join("");
const oneLevel = (level: string) =>
  `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">${level}</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
const lists = (bytes: Uint8Array) => readDocx(bytes).map((p) => p.listString);

describe("zip: entries, part sizes and CRCs", () => {
  it("refuses a 128-byte zip64 directory claiming 2^32 entries at once (LIMITS.zipEntries)", async () => {
    const bytes = await build("zip64 directory claiming 2^32 entries (128 bytes)");
    expect(bytes.length).toBe(128);
    const { error } = refusal(bytes);
    expect(error.messageZh).toMatch(/条目过多：不能超过 20000 个（上限 zipEntries）/);
    expect(error.messageEn).toMatch(/at most 20,000 \(limit zipEntries\)/);
    await cliRefuses(bytes, /上限 zipEntries/, /limit zipEntries/);
  });

  it("refuses a directory claiming more entries than the file can hold, as damaged", () => {
    const real = zip([{ name: "word/document.xml", data: documentXml("") }]);
    const bytes = real.slice();
    const end = bytes.length - 22;
    bytes.set([0x10, 0x27, 0x10, 0x27], end + 8); // 10 000 entries in a file of a few hundred bytes
    const { error } = refusal(bytes);
    expect(error.messageZh).toMatch(/损坏或不完整/);
  });

  it("counts the real directory's entries: 20,001 are refused", () => {
    const files: Record<string, Uint8Array> = { "word/document.xml": strToU8(documentXml("<w:p/>")) };
    for (let k = 0; k < LIMITS.zipEntries; k++) files[`media/${k}`] = new Uint8Array(0);
    const { error } = refusal(zipSync(files, { level: 0 }));
    expect(error.messageZh).toMatch(/上限 zipEntries/);
  });

  it("refuses 199 MB of empty paragraphs compressed into 300 KB, fast (LIMITS.xmlPartBytes)", async () => {
    const bytes = await build("199 MB of empty paragraphs (300 KB compressed)");
    expect(bytes.length).toBeLessThan(400 * 1024);
    const { error } = refusal(bytes);
    expect(error.messageZh).toMatch(/word\/document\.xml 解压后过大：一个部件解压后不能超过 32 MB（上限 xmlPartBytes）/);
    expect(error.messageEn).toMatch(/word\/document\.xml .*at most 32 MB \(limit xmlPartBytes\)/);
    await cliRefuses(bytes, /上限 xmlPartBytes/, /limit xmlPartBytes/);
  });

  it("never trusts the size the directory states: an understated part stops at the limit", async () => {
    const bytes = await build("part size understated (1 KB stated, 199 MB inside)");
    const { error } = refusal(bytes);
    expect(error.messageZh).toMatch(/上限 xmlPartBytes/);
  });

  it("reads a part whose stated size is wrong but whose CRC is right, in full", () => {
    const document = documentXml("<w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p>");
    for (const statedSize of [10, 100 * 1024 * 1024]) {
      expect(readDocx(zip([{ name: "word/document.xml", data: document, statedSize }])).map((p) => p.text)).toEqual(["第一段", "第二段"]);
    }
  });

  it("reads what other zip writers write: zip64 sizes, data descriptors (fflate's streaming Zip)", () => {
    const document = documentXml("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
    expect(readDocx(zip([{ name: "word/document.xml", data: document, zip64: true }])).map((p) => p.text)).toEqual(["正文"]);
    const chunks: Uint8Array[] = [];
    const streaming = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const part = new ZipDeflate("word/document.xml");
    streaming.add(part);
    part.push(strToU8(document), true);
    streaming.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    expect(readDocx(bytes).map((p) => p.text)).toEqual(["正文"]);
  });

  it("refuses a stored (uncompressed) part over LIMITS.xmlPartBytes", () => {
    const big = documentXml(" ".repeat(LIMITS.xmlPartBytes));
    const { error } = refusal(zip([{ name: "word/document.xml", data: big, stored: true }]));
    expect(error.messageZh).toMatch(/上限 xmlPartBytes/);
  });

  it("refuses a part whose CRC does not match, deflated or stored", async () => {
    const { error } = refusal(await build("a damaged part (CRC)"));
    expect(error.messageZh).toMatch(/word\/document\.xml 已损坏（CRC 校验值不符）/);
    expect(error.messageEn).toMatch(/CRC checksum does not match/);
    const document = documentXml("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
    const stored = zip([{ name: "word/document.xml", data: document, stored: true }]);
    const damaged = stored.slice();
    damaged[stored.indexOf(0x3c, 60) + 1] ^= 0x01; // one bit of the stored XML
    expect(refusal(damaged).error.messageZh).toMatch(/CRC/);
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
  });

  it("refuses encrypted entries and unknown compression methods with a message", () => {
    const bytes = zip([{ name: "word/document.xml", data: documentXml("") }]);
    const encrypted = bytes.slice();
    const central = encrypted.length - 22 - (46 + "word/document.xml".length);
    encrypted[central + 8] |= 1;
    expect(refusal(encrypted).error.messageZh).toMatch(/已加密/);
    const bzip2 = bytes.slice();
    bzip2[central + 10] = 12;
    expect(refusal(bzip2).error.messageZh).toMatch(/不支持的压缩方式/);
  });

  it("refuses a file over LIMITS.docxFileBytes before reading it", () => {
    const bytes = new Uint8Array(LIMITS.docxFileBytes + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const { error } = refusal(bytes);
    expect(error.messageZh).toMatch(/不能超过 200 MB（上限 docxFileBytes）/);
  });
});

describe("XML: elements, nesting, namespaces", () => {
  it("refuses more than LIMITS.xmlNodes elements and attributes (5 million empty elements in 31 MB)", async () => {
    const bytes = await build("31 MB of empty elements in one part (5 million)");
    const { error } = refusal(bytes);
    expect(error.messageZh).toMatch(new RegExp(`不能超过 ${LIMITS.xmlNodes} 个 XML 元素和属性（上限 xmlNodes）`));
    expect(error.messageEn).toMatch(/\(limit xmlNodes\)/);
    await cliRefuses(bytes, /上限 xmlNodes/, /limit xmlNodes/);
  });

  it("counts one budget across the parts of a package", () => {
    const half = "<w:b/>".repeat(LIMITS.xmlNodes / 2);
    const bytes = docx(documentXml(`<w:p><w:r><w:rPr>${half}</w:rPr></w:r></w:p>`), numberingXml(`<w:abstractNum w:abstractNumId="0">${half}</w:abstractNum>`));
    expect(refusal(bytes).error.messageZh).toMatch(/上限 xmlNodes/);
  });

  it("refuses elements nested deeper than LIMITS.xmlDepth", async () => {
    const { error } = refusal(await build("2,001 nested elements"));
    expect(error.messageZh).toMatch(/嵌套过深：不能超过 2000 层（上限 xmlDepth）/);
  });

  it("parseXml: a budget is spent by elements and attributes", () => {
    expect(parseXml(`<a x="1"><b/></a>`, { budget: { nodes: 3 } }).name).toBe("a");
    expect(() => parseXml(`<a x="1"><b/></a>`, { budget: { nodes: 2 } })).toThrow(XmlError);
    const budget = { nodes: 5 };
    expect(() => parseXml(`<a>${"<b/>".repeat(10)}</a>`, { budget })).toThrow(expect.objectContaining({ limit: "xmlNodes" }));
    expect(() => parseXml(`<a>${"<b>".repeat(4)}</a>`)).toThrow(expect.objectContaining({ limit: undefined }));
  });

  it("countStartTags counts start tags only, skipping comments, CDATA and processing instructions", () => {
    const xml = strToU8(`<?xml version="1.0"?><a><!-- <x/><y> --><b/><![CDATA[<z/>]]><?pi <q/>?><c x="1">t</c></a>`);
    expect(countStartTags(xml, 100)).toBe(3);
    expect(countStartTags(strToU8("<a>".repeat(1000)), 10)).toBe(11); // stops once past the maximum
  });

  it("reads 10,000 namespace declarations and one more on each of 20,000 paragraphs in linear time", async () => {
    const bytes = await build("10,000 namespace declarations (and one more on each of 20,000 paragraphs)");
    const { value } = timed(() => readDocx(bytes));
    expect(value).toHaveLength(20_000);
    expect(value.every((p) => p.text === "段落")).toBe(true);
  });

  it("namespace scopes: a prefix rebound inside an element is restored after it, also after a self-closing one", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const root = parseXml(
      `<r xmlns:w="${W}"><w:a xmlns:w="urn:other"><w:b/></w:a><w:c/><w:d xmlns:w="urn:other"/><w:e/><x:f xmlns:x="${W}"/><x:g/></r>`,
    );
    const names = (root.children as { name: string; children: { name: string }[] }[]).map((c) => c.name);
    expect(names).toEqual(["w:a", "w:c", "w:d", "w:e", "w:f", "x:g"]);
    expect((root.children[0] as { children: { name: string }[] }).children[0].name).toBe("w:b");
    const other = parseXml(`<r xmlns:w="urn:other"><w:a/></r>`);
    expect((other.children[0] as { name: string }).name).toBe("w:a"); // unknown namespace: as written
  });

  it("entity names of Object's properties stay as written", () => {
    expect(parseXml(`<a>&constructor;&toString;</a>`).children).toEqual(["&constructor;&toString;"]);
    expect(parseXml(`<a xmlns:p="constructor"><p:b/></a>`).children).toEqual([{ name: "p:b", attrs: {}, children: [] }]);
  });
});

describe("fields", () => {
  it("reads 100,000 open fields in linear time, their results shown", async () => {
    const bytes = await build("100,000 open fields");
    const { value } = timed(() => readDocx(bytes));
    expect(value.map((p) => p.text)).toEqual(["字".repeat(100_000), "正文"]);
  });

  it("ends an unclosed field begin at its paragraph: the rest of the document is read", async () => {
    const paragraphs = readDocx(await build("an unclosed field begin"));
    expect(paragraphs).toHaveLength(1001);
    expect(paragraphs[0].text).toBe("标题");
    expect(paragraphs.slice(1).every((p) => p.text === "正文段落")).toBe(true);
  });

  it("through the CLI, a document with an unclosed field is checked, not reported empty", async () => {
    const R = (inner: string) => `<w:r>${inner}</w:r>`;
    const body =
      `<w:p>${R("<w:t>某局班子2025年度民主生活会对照检查材料</w:t>")}${R('<w:fldChar w:fldCharType="begin"/>')}${R("<w:instrText>PAGE</w:instrText>")}</w:p>` +
      ["一、存在的突出问题", "（一）在理论学习方面。一是学习不够深入。", "二、问题产生的原因", "一是理想信念有所松懈。", "三、整改措施", "（一）加强理论武装。"]
        .map((text) => `<w:p>${R(`<w:t>${text}</w:t>`)}</w:p>`)
        .join("");
    const file = join(dir, "unclosed-field.docx");
    writeFileSync(file, docx(documentXml(body)));
    let stdout = "";
    const code = await runCli(["check", file, "--format", "json"], { stdout: (s) => (stdout += s), stderr: () => {} });
    expect(code).not.toBe(2);
    const [report] = JSON.parse(stdout) as { paragraphs: number; title: string | null }[];
    expect(report.paragraphs).toBe(7);
    expect(report.title).toBe("某局班子2025年度民主生活会对照检查材料");
  });

  it("a field instruction does not run on into the next paragraph; a field result does (a table of contents)", () => {
    const R = (inner: string) => `<w:r>${inner}</w:r>`;
    const body =
      `<w:p>${R('<w:fldChar w:fldCharType="begin"/>')}${R("<w:instrText>TOC \\o</w:instrText>")}${R('<w:fldChar w:fldCharType="separate"/>')}${R("<w:t>目录一</w:t>")}</w:p>` +
      `<w:p>${R("<w:t>目录二</w:t>")}${R('<w:fldChar w:fldCharType="end"/>')}</w:p>` +
      `<w:p>${R('<w:fldChar w:fldCharType="begin"/>')}${R("<w:instrText>PAGE</w:instrText>")}</w:p>` +
      `<w:p>${R("<w:t>正文</w:t>")}${R('<w:fldChar w:fldCharType="separate"/>')}${R("<w:t>3</w:t>")}${R('<w:fldChar w:fldCharType="end"/>')}${R("<w:t>完</w:t>")}</w:p>`;
    expect(readDocx(docx(documentXml(body))).map((p) => p.text)).toEqual(["目录一", "目录二", "", "正文3完"]);
  });
});

describe("paragraphs", () => {
  it(`refuses more than LIMITS.paragraphs paragraphs`, async () => {
    const bytes = await build("200,001 empty paragraphs");
    const { error } = refusal(bytes);
    expect(error.messageZh).toMatch(new RegExp(`段落过多：一个文档不能超过 ${LIMITS.paragraphs} 段（上限 paragraphs）`));
    expect(error.messageEn).toMatch(/\(limit paragraphs\)/);
    await cliRefuses(bytes, /上限 paragraphs/, /limit paragraphs/);
    expect(readDocx(docx(documentXml("<w:p/>".repeat(LIMITS.paragraphs))))).toHaveLength(LIMITS.paragraphs);
  });
});

describe("list numbering: values and texts clamped as Word does", () => {
  it("w:start 10^9 in upperLetter: clamped to LIMITS.listNumber, the list string to LIMITS.levelText", async () => {
    const { value } = timed(() => lists(docx(documentXml(numberedParagraphs(3)), numberingXml(oneLevel(`<w:start w:val="1000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>`)))));
    // 32 767 in letters is "G" 1 261 times; the list string stops at 255 characters.
    expect(value).toEqual(Array(3).fill("G".repeat(LIMITS.levelText)));
    expect((await build("w:start 10^9 in upperLetter")).length).toBeLessThan(2000);
  });

  it("w:start 10^12 in upperRoman: clamped to 32 767", async () => {
    const value = lists(await build("w:start 10^12 in upperRoman"));
    expect(value).toEqual(Array(3).fill("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII."));
  });

  it("counters stop at LIMITS.listNumber; a negative start counts from 0", () => {
    const numbering = (start: string) => numberingXml(oneLevel(`<w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>`));
    expect(lists(docx(documentXml(numberedParagraphs(3)), numbering("32766")))).toEqual(["32766.", "32767.", "32767."]);
    expect(lists(docx(documentXml(numberedParagraphs(2)), numbering("-5")))).toEqual(["0.", "1."]);
    const override = numberingXml(
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999999"/></w:lvlOverride></w:num>`,
    );
    expect(lists(docx(documentXml(numberedParagraphs(2)), override))).toEqual(["32767.", "32767."]);
  });

  it("a level text of a million %1 is cut to LIMITS.levelText characters", async () => {
    const { value } = timed(() => lists(docx(documentXml(numberedParagraphs(3)), numberingXml(oneLevel(`<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(1_000_000)}"/>`)))));
    // 255 characters of the level text: 127 times %1 and a lone %.
    expect(value).toEqual(["1".repeat(127) + "%", "2".repeat(127) + "%", "3".repeat(127) + "%"]);
  });

  it("a custom number format of five million characters is cut to LIMITS.levelText characters", async () => {
    const { value } = timed(() => lists(docx(documentXml(numberedParagraphs(2)), numberingXml(oneLevel(`<w:start w:val="1"/><w:numFmt w:val="custom" w:format="${"0".repeat(4_999_998)}1,"/><w:lvlText w:val="%1."/>`)))));
    expect(value).toEqual(["1.", "2."]); // beyond 255 characters it is no format we know: decimal
    const padded = numberingXml(oneLevel(`<w:start w:val="7"/><w:numFmt w:val="custom" w:format="${"0".repeat(300)}1, ..."/><w:lvlText w:val="%1"/>`));
    expect(lists(docx(documentXml(numberedParagraphs(1)), padded))).toEqual(["7"]);
    const fine = numberingXml(oneLevel(`<w:start w:val="7"/><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/><w:lvlText w:val="%1"/>`));
    expect(lists(docx(documentXml(numberedParagraphs(1)), fine))).toEqual(["007"]);
  });

  it("formatListNumber never loops over a value: huge values in letters and roman numerals are clamped", () => {
    const { value } = timed(() => [formatListNumber(1e12, "upperRoman"), formatListNumber(1e9, "lowerLetter"), formatListNumber(1e15, "decimal")]);
    expect(value[0]).toBe("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII");
    expect(value[1]).toBe("g".repeat(1261));
    expect(value[2]).toBe("1000000000000000");
  });
});

describe("hostile documents (their speed is measured by npm run bench)", () => {
  it("builds the big hostile documents without a big file in git", async () => {
    const { deflated, size } = await repeatedDocument("<w:p/>", 1024 * 1024);
    expect(size).toBeGreaterThan(1024 * 1024);
    expect(deflated.length).toBeLessThan(10 * 1024);
  });
});

describe("docs/cli-json.md", () => {
  it("lists every limit with its figure in its Limits / 限制 section", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/cli-json.md"), "utf8");
    const section = doc.slice(doc.indexOf("## Limits / 限制"));
    for (const [name, figure] of Object.entries(LIMITS)) {
      const shown = name.endsWith("Bytes") ? `${figure / (1024 * 1024)} MB` : String(figure);
      expect(section, name).toMatch(new RegExp(`\\| \`${name}\` \\| ${shown} \\|`));
    }
  });
});
