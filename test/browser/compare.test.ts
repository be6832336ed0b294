import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openDocument, screenshot, usePreview } from "./browser";

const FIXTURES = resolve(__dirname, "../fixtures/similarity");
const lines = (name: string) => readFileSync(resolve(FIXTURES, name), "utf8").split(/\r?\n/);

describe("比对 on the simulated Word", () => {
  let page: Page;
  let foreign: string[];
  usePreview((p) => ({ page, foreignRequests: foreign } = p));

  it("reads last year's material the writer picks, flags the measure the follow-up part skips, and jumps to a shared passage", async () => {
    await openDocument(page, { paragraphs: lines("followup-this-year.txt").map((text) => ({ text })), settings: {} });
    await page.getByTestId("tab-compare").click();
    await page.getByTestId("last-year-file").setInputFiles({ name: "2023年度对照检查材料.txt", mimeType: "text/plain", buffer: readFileSync(resolve(FIXTURES, "followup-last-year.txt")) });
    const measures = page.getByTestId("compare-measures");
    await expect.poll(() => measures.locator('li[data-status="skipped"]').count()).toBe(1);
    await expect(measures.locator('li[data-status="skipped"]').textContent()).resolves.toContain("摊主诉求台账");
    await expect(measures.locator('li[data-status="reported"]').count()).resolves.toBeGreaterThan(3);
    await expect(page.getByTestId("compare-repeated").textContent()).resolves.toContain("调研蜻蜓点水");
    await expect(page.getByRole("button", { name: "换一个文件" }).isEnabled()).resolves.toBe(true);
    await screenshot(page, "compare");

    const shared = page.getByTestId("compare-shared").getByRole("button").first();
    const label = (await shared.textContent()) ?? "";
    await shared.click();
    const quoted = label.match(/“(.+?)…?”/)?.[1] ?? "";
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toContain(quoted.slice(0, 10));
  });

  it("refuses a file it cannot read, with a message, and keeps what was shown", async () => {
    await page.getByTestId("last-year-file").setInputFiles({ name: "扫描件.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await expect.poll(() => page.getByTestId("compare-error").textContent()).toContain("PDF");
    await expect(page.getByTestId("compare-measures").count()).resolves.toBe(1);
    expect(foreign).toEqual([]);
  });
});
