// readDocx on bad input: every failure is an InputError with a Chinese and an English message.

import { Document, Paragraph } from "docx";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/formats/docx";
import { InputError } from "../../../src/formats/errors";
import { documentXml, makeDocx, p, packDocx } from "./helpers";

function inputError(bytes: Uint8Array): InputError {
  try {
    readDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("readDocx did not throw");
}

/** An OLE compound file header followed by a directory entry name (UTF-16LE). */
function oleWith(...streams: string[]): Uint8Array {
  const bytes = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  for (const name of streams) {
    for (const c of name) bytes.push(c.charCodeAt(0), 0);
    bytes.push(...new Array(64 - name.length * 2).fill(0));
  }
  return new Uint8Array(bytes);
}

describe("InputError", () => {
  it("carries both messages", () => {
    const error = new InputError("中文说明", "English text");
    expect(error.messageZh).toBe("中文说明");
    expect(error.messageEn).toBe("English text");
    expect(error.message).toBe("中文说明 / English text");
    expect(error.name).toBe("InputError");
    expect(error).toBeInstanceOf(Error);
  });
});

describe("readDocx errors", () => {
  it("empty bytes", () => {
    expect(inputError(new Uint8Array()).messageZh).toMatch(/空/);
  });

  it("garbage bytes", () => {
    const error = inputError(strToU8("这不是一个 Word 文件，只是几个字。"));
    expect(error.messageZh).toMatch(/不是有效的 \.docx/);
    expect(error.messageEn).toMatch(/not a valid \.docx/i);
  });

  it("an old binary .doc: save as .docx in Word/WPS", () => {
    const error = inputError(oleWith("Root Entry", "WordDocument", "1Table"));
    expect(error.messageZh).toMatch(/\.doc/);
    expect(error.messageZh).toMatch(/另存为/);
    expect(error.messageZh).toMatch(/WPS/);
  });

  it("a password-protected file", () => {
    const error = inputError(oleWith("Root Entry", "EncryptionInfo", "EncryptedPackage"));
    expect(error.messageZh).toMatch(/密码/);
    expect(error.messageEn).toMatch(/password/i);
  });

  it("a zip without word/document.xml", () => {
    const error = inputError(zipSync({ "readme.txt": strToU8("你好") }));
    expect(error.messageZh).toMatch(/word\/document\.xml/);
  });

  it("an Excel workbook", () => {
    const error = inputError(zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }));
    expect(error.messageZh).toMatch(/Excel/);
  });

  it("PDF, RTF and web pages", () => {
    expect(inputError(strToU8("%PDF-1.4\n%âãÏÓ")).messageZh).toMatch(/PDF/);
    expect(inputError(strToU8("{\\rtf1\\ansi 对照检查}")).messageZh).toMatch(/RTF/);
    expect(inputError(strToU8("<html><body>材料</body></html>")).messageZh).toMatch(/网页/);
    expect(inputError(strToU8("MIME-Version: 1.0\r\n")).messageZh).toMatch(/网页/);
  });

  it("damaged XML in document.xml", () => {
    const bytes = makeDocx({ document: documentXml(p("正常")).replace("</w:body>", "") });
    expect(inputError(bytes).messageZh).toMatch(/损坏/);
  });

  it("a truncated .docx", async () => {
    const full = await packDocx(new Document({ sections: [{ children: [new Paragraph("完整的文档内容")] }] }));
    const error = inputError(full.subarray(0, Math.floor(full.length / 2)));
    expect(error.messageZh).toMatch(/损坏|不完整/);
  });

  it("a document.xml that is not a Word body", () => {
    const bytes = zipSync({ "word/document.xml": strToU8("<root>不是正文</root>") });
    expect(inputError(bytes).messageZh).toMatch(/不是 Word 正文/);
  });

  it("never lets another exception escape for corrupted files", async () => {
    const good = await packDocx(
      new Document({ sections: [{ children: [new Paragraph("一、存在的主要问题"), new Paragraph("二、整改措施")] }] }),
    );
    // Also a stored (uncompressed) zip, whose XML can be corrupted byte by byte.
    const stored = zipSync({ "word/document.xml": strToU8(documentXml(p("存储模式") + p("第二段"))) }, { level: 0 });
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (const original of [good, stored]) {
      for (let round = 0; round < 150; round++) {
        const bytes = original.slice(0, round % 5 === 0 ? Math.floor(random() * original.length) : original.length);
        for (let k = 0; k < 1 + (round % 4); k++) {
          bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        }
        try {
          readDocx(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }
    }
  });
});
