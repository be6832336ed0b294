// Only regular files are read, within LIMITS: a device, a FIFO or a socket is refused before it is
// opened; sizes are checked before reading and counted while reading; too many lines are refused.
// Each: exit 2, a message naming the limit (or the kind of file) and the file, Chinese then English.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import { readFileBytes } from "../../../src/cli/files";
import { InputError } from "../../../src/formats/errors";
import { LIMITS } from "../../../src/formats/limits";
import { fileTooLarge } from "../../../src/formats/read";

const dir = mkdtempSync(join(tmpdir(), "duizhao-files-"));
const posix = process.platform !== "win32";

async function run(args: string[], stdin?: AsyncIterable<Uint8Array | string>) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin });
  return { code, stdout, stderr };
}

/** Exit 2; the file named in a Chinese line and then an English one; no stack trace. */
function expectRefused(r: { code: number; stderr: string }, file: string, zh: RegExp, en: RegExp) {
  expect(r.code).toBe(2);
  const [lineZh, lineEn, rest] = r.stderr.split("\n");
  expect(lineZh.startsWith(`${file}：`)).toBe(true);
  expect(lineZh).toMatch(zh);
  expect(lineEn.startsWith(`${file}: `)).toBe(true);
  expect(lineEn).toMatch(en);
  expect(rest).toBe("");
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(posix)("only regular files", () => {
  let server: Server;
  const socket = join(dir, "socket.txt");
  beforeAll(async () => {
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    execFileSync("mkfifo", [join(dir, "fifo.txt")]);
    server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("refuses /dev/zero behind a .txt symbolic link", async () => {
    const file = join(dir, "zero.txt");
    expectRefused(await run(["check", file]), file, /不是普通文件（是设备）/, /is not a regular file but a device/);
  });

  it("refuses a FIFO without waiting for a writer", { timeout: 3000 }, async () => {
    const file = join(dir, "fifo.txt");
    expectRefused(await run(["check", file]), file, /不是普通文件（是管道）/, /is not a regular file but a FIFO/);
  });

  it("refuses a socket", async () => {
    expectRefused(await run(["check", socket]), socket, /不是普通文件（是套接字）/, /is not a regular file but a socket/);
  });

  it("still checks the regular files given with them", async () => {
    const good = join(dir, "good.txt");
    writeFileSync(good, "一、存在的问题\n");
    const r = await run(["check", join(dir, "zero.txt"), good]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`文件：${good}`);
  });
});

describe("size limits", () => {
  it("refuses a .txt over LIMITS.textFileBytes by its size, before reading it", async () => {
    const file = join(dir, "huge.txt");
    writeFileSync(file, "");
    truncateSync(file, LIMITS.textFileBytes + 1); // sparse: nothing written
    expectRefused(
      await run(["check", file]),
      file,
      /文件过大（16,777,217 字节）：\.txt、\.md 文件不能超过 16 MB（上限 textFileBytes）/,
      /File too large \(16,777,217 bytes\): a \.txt or \.md file may have at most 16 MB \(limit textFileBytes\)/,
    );
  });

  it("refuses a .docx over LIMITS.docxFileBytes by its size", async () => {
    const file = join(dir, "huge.docx");
    writeFileSync(file, "");
    truncateSync(file, LIMITS.docxFileBytes + 5 * 1024 * 1024);
    expectRefused(await run(["check", file]), file, /文件过大（205 MB）.*上限 docxFileBytes/, /at most 200 MB \(limit docxFileBytes\)/);
  });

  it.runIf(existsSync("/proc/self/status"))("counts while reading: a file larger than its stated size", async () => {
    // /proc files state a size of 0 and hold more: as a file that grows after it was measured.
    const error = await readFileBytes("/proc/self/status", 100, (size, atLeast) => fileTooLarge("x.txt", size, atLeast)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).messageZh).toMatch(/^文件过大（超过 100 B）/);
  });

  it("counts standard input while reading, and stops there", async () => {
    let sent = 0;
    async function* endless() {
      const chunk = new Uint8Array(1 << 20).fill(0x41);
      for (;;) {
        sent += chunk.length;
        yield chunk;
      }
    }
    const r = await run(["check", "-"], endless());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^标准输入（-）：文件过大（超过 16 MB）.*上限 textFileBytes/);
    expect(r.stderr).toMatch(/\nstandard input \(-\): File too large \(more than 16 MB\)/);
    expect(sent).toBeLessThanOrEqual(LIMITS.textFileBytes + (1 << 20));
  });
});

describe("line limit", () => {
  it("refuses a .txt of a million heading lines quickly", async () => {
    const file = join(dir, "lines.txt");
    writeFileSync(file, "一、问题\n".repeat(1_000_000).slice(0, 3_000_000)); // 600 000 lines, 9 MB
    const r = await run(["check", file]); // how fast: npm run bench (hostile inputs)
    expectRefused(r, file, new RegExp(`行数过多（600000 行）.*不能超过 ${LIMITS.paragraphs} 行（上限 paragraphs）`), /Too many lines \(600,000\).*\(limit paragraphs\)/);
  });
});
