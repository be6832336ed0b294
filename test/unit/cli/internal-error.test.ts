// A bug is not a crash: one line in Chinese and one in English asking for the file to be
// reported, exit 2, the other files still checked; the stack only with --debug or DUIZHAO_DEBUG.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { internalError, runCli } from "../../../src/cli/main";

// A bug on demand: analyze fails on a draft that says so.
vi.mock("../../../src/core/analyze", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../src/core/analyze")>();
  return {
    ...original,
    analyze: (...args: Parameters<typeof original.analyze>) => {
      if (args[0].some((p) => p.text.includes("触发缺陷"))) throw new RangeError("Invalid string length\n  (second line)");
      return original.analyze(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "duizhao-bug-"));
const bug = join(dir, "bug.txt");
const good = join(dir, "good.txt");
writeFileSync(bug, "一、存在的问题\n触发缺陷\n");
writeFileSync(good, "一、存在的问题\n");

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("an internal error", () => {
  it("prints one Chinese and one English line asking for the file, exits 2, no stack", async () => {
    vi.stubEnv("DUIZHAO_DEBUG", "");
    const r = await run("check", bug, good);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `内部错误：检查“${bug}”时出错（Invalid string length (second line)）。这是检查工具的缺陷，请把这个文件作为 issue 报告给开发者（加 --debug 显示详情）。\n` +
        `Internal error while checking "${bug}" (Invalid string length (second line)). This is a bug in the checker: please report this file as an issue (--debug shows details).\n`,
    );
    expect(r.stdout).toContain(`文件：${good}`);
  });

  it("JSON still lists the other files", async () => {
    const r = await run("check", bug, good, "--format", "json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).map((d: { file: string }) => d.file)).toEqual([good]);
  });

  it("shows the stack with --debug", async () => {
    const r = await run("check", "--debug", bug);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^内部错误.*\nInternal error.*\nRangeError: Invalid string length\n[^]*\n\s+at /);
  });

  it("shows the stack with DUIZHAO_DEBUG=1, not with DUIZHAO_DEBUG=0", async () => {
    vi.stubEnv("DUIZHAO_DEBUG", "1");
    expect((await run("check", bug)).stderr).toMatch(/\n\s+at /);
    vi.stubEnv("DUIZHAO_DEBUG", "0");
    expect((await run("check", bug)).stderr).not.toMatch(/\n\s+at /);
  });

  it("outside a file (what bin.ts catches), asks for the command and its files", () => {
    expect(internalError(new Error("boom"), false)).toBe(
      "内部错误（boom）。这是检查工具的缺陷，请把所用的命令和文件作为 issue 报告给开发者（加 --debug 显示详情）。\n" +
        "Internal error (boom). This is a bug in the checker: please report the command and its files as an issue (--debug shows details).\n",
    );
    expect(internalError("a string", false, "-")).toMatch(/^内部错误：检查标准输入时出错（a string）/);
    expect(internalError(Object.create(null), false)).toMatch(/^内部错误（object）/);
  });
});
