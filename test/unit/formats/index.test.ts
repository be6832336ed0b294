// readDocumentFile: choosing the reader by extension, and file-system errors.

import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError, readDocumentBytes, extensionOf } from "../../../src/formats";
import { readDocumentFile } from "../../../src/cli/files";
import { packDocx } from "./helpers";

let dir: string;
let docx: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duizhao-readers-"));
  docx = await packDocx(new Document({ sections: [{ children: [new Paragraph("一、存在的主要问题")] }] }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(path: string): Promise<InputError> {
  const error = await readDocumentFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("readDocumentFile", () => {
  it("reads .docx, also with an upper-case extension", async () => {
    expect((await readDocumentFile(await file("材料.docx", docx))).paragraphs[0].text).toBe("一、存在的主要问题");
    expect((await readDocumentFile(await file("材料2.DOCX", docx))).paragraphs[0].text).toBe("一、存在的主要问题");
  });

  it("reads .txt, .md and .markdown as lines", async () => {
    for (const name of ["a.txt", "b.md", "c.Markdown"]) {
      const { paragraphs } = await readDocumentFile(await file(name, "一、问题\n\n二、原因\n"));
      expect(paragraphs.map((p) => p.text)).toEqual(["一、问题", "", "二、原因"]);
    }
  });

  it("reads a .docx that was renamed to .doc", async () => {
    expect((await readDocumentFile(await file("改名.doc", docx))).paragraphs[0].text).toBe("一、存在的主要问题");
  });

  it("explains an old .doc and a .wps", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    expect((await failure(await file("旧版.doc", ole))).messageZh).toMatch(/另存为/);
    const wps = await failure(await file("文稿.wps", ole));
    expect(wps.messageZh).toMatch(/WPS/);
    expect(wps.messageZh).toMatch(/\.docx/);
  });

  it("refuses PDF and unknown types with advice", async () => {
    expect((await failure(await file("材料.pdf", "%PDF-1.4"))).messageZh).toMatch(/PDF/);
    expect((await failure(await file("材料.xyz", "x"))).messageZh).toMatch(/不支持的文件类型“\.xyz”/);
    expect((await failure(await file("无扩展名", "x"))).messageZh).toMatch(/扩展名/);
  });

  it("reports a missing file", async () => {
    const path = join(dir, "不存在.docx");
    const error = await failure(path);
    expect(error.messageZh).toBe(`找不到文件：${path}`);
    expect(error.messageEn).toBe(`File not found: ${path}`);
  });

  it("reports a directory", async () => {
    const path = join(dir, "目录.docx");
    await mkdir(path);
    expect((await failure(path)).messageZh).toMatch(/文件夹/);
  });

  it("reports Word's owner (lock) files", async () => {
    expect((await failure(await file("~$材料.docx", "xx"))).messageZh).toMatch(/临时文件/);
  });
});

describe("readDocumentBytes and extensionOf", () => {
  it("choose by the name's extension", () => {
    expect(extensionOf("C:\\材料\\初稿.Docx")).toBe(".docx");
    expect(extensionOf("/tmp/a.b/README")).toBe("");
    expect(extensionOf(".bashrc")).toBe("");
    expect(readDocumentBytes(new TextEncoder().encode("甲\n乙"), "x.txt")).toEqual([{ text: "甲" }, { text: "乙" }]);
    expect(readDocumentBytes(docx, "x.docm")[0].text).toBe("一、存在的主要问题");
  });
});
