// Property tests: whatever a file holds, the readers and the engine give a result or an
// InputError, never another exception; and what the engine reports always points inside the text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { applyFixes } from "../../src/core/rules/runner";
import { InputError, readDocumentBytes } from "../../src/formats";
import { parseXml, XmlError } from "../../src/formats/xml";
import { lvl, makeDocx, numPr, p } from "./formats/helpers";

const RUNS = { numRuns: 150, seed: 20261202 } as const;

/** Pieces drafts are made of, so that random text reaches the engine's deeper paths. */
const PIECES = [
  "一、", "二、", "三、", "（一）", "（二）", "(三)", "1.", "2、", "3．", "（1）", "①", "一是", "二是", "第一部分", "首先，", "其次，",
  "存在的主要问题", "问题产生的原因", "整改措施", "反面典型案例剖析", "对照检查材料", "领导班子", "个人", "2025年度", "202X年度",
  "民主生活会", "理论学习方面", "廉洁自律", "我", "班子", "。", "，", "：", "\n", "\u200b", "\u202e", "\uFFFD", "**", "# ", " ", "\u3000",
  "比如", "以上对照检查，请批评指正。", "目录", "阅读量：12", "", "XX", "\t",
];
const draftText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 120 }).map((xs) => xs.join(""));

/** A result, or an InputError; anything else fails the property. */
function readsOrRefuses(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch (e) {
    if (e instanceof InputError) return true;
    throw e;
  }
}

describe("the engine on any paragraphs", () => {
  it("never throws, and every finding and fix points inside the text", () => {
    fc.assert(
      fc.property(draftText, fc.boolean(), (text, withLists) => {
        const paragraphs = text.split("\n").map((t, i) => (withLists && i % 3 === 1 ? { text: t, listString: `${"一二三四五"[i % 5]}、` } : { text: t }));
        const a = analyze(paragraphs);
        for (const f of a.findings) {
          const t = paragraphs[f.paragraph].text;
          expect(0 <= f.start && f.start <= f.end && f.end <= t.length).toBe(true);
          expect(t.slice(f.start, f.end)).toBe(f.text);
        }
        // Fixes apply, or are refused, without throwing; fixed text is analysed without throwing.
        const { texts } = applyFixes(paragraphs.map((x) => x.text), a.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
        analyze(texts.map((t) => ({ text: t })));
      }),
      RUNS,
    );
  });
});

describe("the readers on any bytes", () => {
  it("read .txt and .md bytes, or refuse them with an InputError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("a.txt", "a.md"), (bytes, name) => readsOrRefuses(() => analyze(readDocumentBytes(bytes, name)))),
      RUNS,
    );
  });

  it("read text in any encoding a writer's tool produces", () => {
    fc.assert(
      fc.property(draftText, fc.constantFrom("utf8", "utf16le", "utf16be-bom", "utf8-bom"), (text, encoding) => {
        const bytes =
          encoding === "utf8"
            ? new TextEncoder().encode(text)
            : encoding === "utf8-bom"
              ? new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
              : encoding === "utf16le"
                ? new Uint8Array(Buffer.from(text, "utf16le"))
                : new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
        return readsOrRefuses(() => analyze(readDocumentBytes(bytes, "draft.txt")));
      }),
      RUNS,
    );
  });

  const base = makeDocx({
    body: [p("某局班子2025年度民主生活会对照检查材料"), p("存在的突出问题", numPr(1, 0)), p("我学习不够深入。"), p("整改措施", numPr(1, 0))].join(""),
    numbering: `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  });

  it("read a .docx with random bytes changed, cut short or added, or refuse it", () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("flip" as const), at: fc.nat(base.length - 1), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant("cut" as const), at: fc.nat(base.length - 1), value: fc.constant(0) }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat(base.length - 1), value: fc.integer({ min: 0, max: 255 }) }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        let bytes = new Uint8Array(base);
        for (const m of mutations) {
          const at = Math.min(m.at, bytes.length - 1);
          if (m.kind === "flip") bytes[at] = m.value;
          else if (m.kind === "cut") bytes = bytes.slice(0, at);
          else bytes = new Uint8Array([...bytes.slice(0, at), m.value, ...bytes.slice(at)]);
          if (bytes.length === 0) break;
        }
        return readsOrRefuses(() => analyze(readDocumentBytes(bytes, "draft.docx")));
      }),
      RUNS,
    );
  });

  it("read any body XML inside a .docx, or refuse it", () => {
    const xmlPiece = fc.constantFrom(
      "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "学习", "一、", "<w:tab/>", "<w:br/>", '<w:fldChar w:fldCharType="begin"/>',
      '<w:fldChar w:fldCharType="end"/>', "<w:instrText>PAGE</w:instrText>", "&amp;", "&#x4e00;", "&bad;", "<![CDATA[x]]>", "<!-- c -->",
      '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>', "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<", ">", '"',
    );
    fc.assert(
      fc.property(fc.array(xmlPiece, { maxLength: 60 }), (pieces) => {
        const bytes = makeDocx({
          body: pieces.join(""),
          numbering: `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperLetter", "%1.", "", 1_000_000_000)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
        });
        return readsOrRefuses(() => analyze(readDocumentBytes(bytes, "draft.docx")));
      }),
      RUNS,
    );
  });

  it("parse any XML text, or refuse it with an XmlError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseXml(text);
        } catch (e) {
          if (!(e instanceof XmlError)) throw e;
        }
      }),
      RUNS,
    );
  });
});
