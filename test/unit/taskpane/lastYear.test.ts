import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { compareWithLastYear, readLastYear } from "../../../src/taskpane/compare/lastYear";

const FIXTURES = resolve(__dirname, "../../fixtures/similarity");
const fileOf = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});
const fixture = (name: string) => fileOf(name, new Uint8Array(readFileSync(resolve(FIXTURES, name))));

describe("比对 with last year's material", () => {
  it("reads the file the writer picked, and compares: the skipped measure, the repeated problem, the shared passage", async () => {
    const last = await readLastYear(fixture("followup-last-year.txt"));
    if ("error" in last) throw new Error(last.error);
    const paragraphs = paragraphsFromText(readFileSync(resolve(FIXTURES, "followup-this-year.txt"), "utf8"));
    const c = compareWithLastYear(paragraphs, analyze(paragraphs), last);
    const skipped = c.followUp.measures.filter((m) => m.status === "skipped");
    expect(skipped.map((m) => m.measure.title)).toEqual([expect.stringContaining("摊主诉求台账")]);
    expect(c.followUp.repeated.map((r) => r.problem.title)).toEqual([expect.stringContaining("调研蜻蜓点水")]);
    expect(c.shared?.passages.some((p) => paragraphs[p.b.paragraph].text.slice(p.b.start, p.b.end) === p.b.text && p.b.text.includes("蜻蜓点水"))).toBe(true);
  });

  it("refuses what it cannot read, in Chinese, without throwing", async () => {
    expect(await readLastYear(fileOf("去年.docx", new TextEncoder().encode("not a zip")))).toEqual({ error: expect.stringContaining("不是有效的 .docx") });
    expect(await readLastYear(fileOf("去年.docx", new Uint8Array(4), 500 * 1024 * 1024))).toEqual({ error: expect.stringContaining("文件过大") });
    expect(await readLastYear(fileOf("去年.pdf", new Uint8Array(4)))).toEqual({ error: expect.stringContaining("PDF") });
    expect(await readLastYear(fileOf("空.txt", new TextEncoder().encode("\n\n")))).toEqual({ error: "文件中没有文字。" });
  });
});
