// readText's limits: LIMITS.textFileBytes bytes and LIMITS.paragraphs lines, each refused with a
// message that names the limit, quickly and without building the lines.

import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/formats/errors";
import { LIMITS } from "../../../src/formats/limits";
import { readText } from "../../../src/formats/text";

function failure(bytes: Uint8Array): InputError {
  try {
    readText(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error("readText accepted it");
}

describe("readText limits", () => {
  it("refuses more than LIMITS.textFileBytes bytes, naming the limit", () => {
    const error = failure(new Uint8Array(LIMITS.textFileBytes + 1).fill(0x41));
    expect(error.messageZh).toMatch(/文件过大.*不能超过 16 MB（上限 textFileBytes）/);
    expect(error.messageEn).toMatch(/File too large.*at most 16 MB \(limit textFileBytes\)/);
  });

  it("refuses a text of a million heading lines quickly, naming the limit", () => {
    const bytes = new TextEncoder().encode("一、\n".repeat(1_000_000)); // 7 MB, within the size limit
    const error = failure(bytes); // how fast: npm run bench (hostile inputs)
    expect(error.messageZh).toBe(
      `行数过多（1000000 行）：一个文件不能超过 ${LIMITS.paragraphs} 行（上限 paragraphs）。一份材料通常不过几百行，请确认是否选错了文件。`,
    );
    expect(error.messageEn.startsWith(`Too many lines (1,000,000): a file may have at most ${LIMITS.paragraphs.toLocaleString("en-US")} lines (limit paragraphs)`)).toBe(true);
  });

  it("counts lines as it splits them: CRLF, CR and LF each end one, a final break no new one", () => {
    const lines = (n: number, end: string) => "甲".concat(end).repeat(n);
    expect(readText(new TextEncoder().encode(lines(LIMITS.paragraphs, "\r\n")))).toHaveLength(LIMITS.paragraphs);
    expect(() => readText(new TextEncoder().encode(lines(LIMITS.paragraphs, "\r") + "乙"))).toThrow(/上限 paragraphs/);
    expect(readText(new TextEncoder().encode("\n".repeat(LIMITS.paragraphs)))).toHaveLength(LIMITS.paragraphs);
  });
});
