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

describe("duizhao compare --format html", () => {
  it("prints one page with the pairs and the follow-up check, and exits as the text report does", async () => {
    const { code, stdout, stderr } = await run("compare", file("followup-this-year.txt"), "--last-year", file("followup-last-year.txt"), "--format", "html");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout.trimEnd()).toMatch(/<\/html>$/);
    expect(stdout.match(/<html/g)).toHaveLength(1);
    expect(stdout).toContain('<h2 id="similarity">查重</h2>');
    expect(stdout).toContain('<details class="pair" id="pair-1-2" open>');
    expect(stdout).toContain('<h2 id="followup">整改落实情况</h2>');
    expect(stdout).toMatch(/✗ 未报告<\/span> 二是 建立摊主诉求台账/);
  });

  it("exits 0 for drafts that share only stock text", async () => {
    const { code, stdout } = await run("compare", file("stock-a.txt"), file("stock-b.txt"), "--format", "html");
    expect(code).toBe(0);
    expect(stdout).toContain("未发现共同段落。");
  });

  it("names html among the formats", async () => {
    const { code, stderr } = await run("compare", file("three-a.txt"), file("three-b.txt"), "--format", "xml");
    expect(code).toBe(2);
    expect(stderr).toContain("--format 只能是 text、json 或 html");
    expect(stderr).toContain("[--format text|json|html]");
  });
});
