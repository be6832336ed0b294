import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";

const F = resolve(__dirname, "../../fixtures/similarity");
const file = (name: string) => join(F, name);

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe("duizhao compare", () => {
  it("prints the pairs and their passages as JSON, and exits 1 when drafts share passages", async () => {
    const { code, stdout, stderr } = await run("compare", file("three-a.txt"), file("three-b.txt"), "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["files", "pairs"]);
    expect(json.files).toEqual([file("three-a.txt"), file("three-b.txt")]);
    expect(json.pairs).toHaveLength(1);
    const [pair] = json.pairs;
    expect(Object.keys(pair)).toEqual(["a", "b", "score", "passages"]);
    expect(pair.a).toBe(file("three-a.txt"));
    expect(pair.passages).toHaveLength(3);
    for (const p of pair.passages) {
      expect(Object.keys(p)).toEqual(["text", "a", "b"]);
      expect(Object.keys(p.a)).toEqual(["paragraph", "start", "end"]);
    }
    expect(pair.passages[2]).toEqual({
      text: "对基层反映的堆积如山的报表问题，没有及时拿出精简办法，基层干部意见较大",
      a: { paragraph: 4, start: 2, end: 37 },
      b: { paragraph: 4, start: 3, end: 38 },
    });
  });

  it("exits 0 with no pairs for drafts that share only stock text", async () => {
    const { code, stdout } = await run("compare", file("stock-a.txt"), file("stock-b.txt"), "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).pairs).toEqual([]);
  });

  it("writes a Chinese text report by default, places counted from 1", async () => {
    const { code, stdout } = await run("compare", file("three-a.txt"), file("three-b.txt"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^查重：2 个文件，1 对，1 对有共同段落/);
    expect(stdout).toContain("相似度");
    expect(stdout).toContain("前者第 5 行第 3 字，后者第 5 行第 4 字");
  });

  it("reports a bad file in a batch and compares the rest, with progress on stderr", async () => {
    const { code, stdout, stderr } = await run(
      "compare",
      file("three-a.txt"),
      file("missing.txt"),
      file("stock-a.txt"),
      file("three-b.txt"),
      "--format",
      "json",
    );
    expect(code).toBe(2);
    expect(stderr).toContain("找不到文件");
    expect(stderr).toContain("File not found");
    expect(stderr).toContain("读取 4/4");
    const json = JSON.parse(stdout);
    expect(json.files).toEqual([file("three-a.txt"), file("stock-a.txt"), file("three-b.txt")]);
    expect(json.pairs.map((p: { a: string; b: string }) => [p.a, p.b])).toEqual([[file("three-a.txt"), file("three-b.txt")]]);
  });

  it("says nothing on stderr for a few files", async () => {
    const { stderr } = await run("compare", file("three-a.txt"), file("three-b.txt"), file("stock-a.txt"));
    expect(stderr).toBe("");
  });

  it("with --last-year, adds the follow-up check: the skipped measure and the repeated problem", async () => {
    const { code, stdout } = await run("compare", file("followup-this-year.txt"), "--last-year", file("followup-last-year.txt"), "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.files).toEqual([file("followup-this-year.txt"), file("followup-last-year.txt")]);
    expect(json.followUp.lastYear).toBe(file("followup-last-year.txt"));
    const [draft] = json.followUp.drafts;
    expect(draft.file).toBe(file("followup-this-year.txt"));
    const skipped = draft.measures.filter((m: { status: string }) => m.status === "skipped");
    expect(skipped.map((m: { title: string; paragraph: number }) => [m.paragraph, m.title])).toEqual([[10, "建立摊主诉求台账，对检测收费等诉求做到件件有回音、月底前公开办理结果"]]);
    expect(draft.measures.filter((m: { status: string }) => m.status === "reported")).toHaveLength(5);
    expect(draft.repeated).toHaveLength(1);

    const text = await run("compare", file("followup-this-year.txt"), "--last-year", file("followup-last-year.txt"));
    expect(text.stdout).toContain("✗ 未报告　二是 建立摊主诉求台账");
    expect(text.stdout).toContain("与上年度几乎相同的问题 1 条");
  });

  it("refuses a bad command line with exit 2 and the usage", async () => {
    for (const args of [["compare", file("three-a.txt")], ["compare", file("three-a.txt"), file("three-b.txt"), "--min-chars", "abc"], ["compare", "a", "b", "--format", "xml"], ["compare", "-", "--last-year", "-"]]) {
      const { code, stderr } = await run(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toContain("用法 / Usage");
    }
    const help = await run("compare", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--last-year");
  });

  it("takes --min-chars: a higher threshold drops the shorter passages", async () => {
    const { stdout } = await run("compare", file("three-a.txt"), file("three-b.txt"), "--format", "json", "--min-chars", "30");
    expect(JSON.parse(stdout).pairs[0].passages.map((p: { text: string }) => p.text)).toEqual(["去年冬天白沙村三十多户人家靠拉水车送水度日，班子却是从信访件里才知道的"]);
  });
});
