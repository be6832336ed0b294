import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { runCli } from "../../src/cli/main";
import { ARTIFACTS, launch } from "./browser";

/**
 * The reviewer's report (`duizhao check DIR --report r.html`) as a reviewer opens it: from disk,
 * in Chromium. It asks for nothing but itself, runs none of the drafts' markup, sorts, filters,
 * opens a draft, shows the copied pair, and prints on A4 without running off the page.
 */

const F = resolve(__dirname, "../fixtures/report");
const DRAFTS = ["a-orchard.txt", "b-copied.txt", "c-team-script.txt"];
const dir = mkdtempSync(join(tmpdir(), "duizhao-report-page-"));
const report = join(dir, "审核报告.html");
const url = pathToFileURL(report).href;

interface Violation {
  directive: string;
  blocked: string;
}

describe("the HTML report in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  const order = () => page.locator("#drafts > tbody:not([hidden]) .toggle").allTextContents();
  const names = (list: string[]) => list.map((n) => n.replace("▸", ""));

  beforeAll(async () => {
    const drafts = join(dir, "drafts");
    mkdirSync(drafts);
    for (const d of DRAFTS) copyFileSync(join(F, d), join(drafts, d));
    writeFileSync(join(drafts, "broken.docx"), "这不是 Word 文档");
    let stderr = "";
    const code = await runCli(["check", drafts, "--report", report], { stdout: () => undefined, stderr: (s) => (stderr += s) });
    expect(code, stderr).toBe(2);

    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on("request", (r) => requests.push(r.url()));
    context.on("weberror", (e) => errors.push(e.error().message));
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: Violation[]; __alerts: string[] };
      w.__violations = [];
      w.__alerts = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
      // A draft's <script>alert(…)</script> must stay text: any call is recorded here.
      window.alert = (m?: unknown) => void w.__alerts.push(String(m));
    });
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists the drafts and the file it could not read", async () => {
    expect(names(await order())).toEqual(DRAFTS);
    await expect.poll(() => page.locator("#unreadable").textContent()).toContain("broken.docx");
  });

  it("sorts by a column when its header is clicked, and says how", async () => {
    const errorsHeader = page.locator('th[data-key="errors"]');
    await errorsHeader.getByRole("button").click();
    expect(await errorsHeader.getAttribute("aria-sort")).toBe("descending");
    // b-copied has three errors, c-team-script two, a-orchard none.
    expect(names(await order())).toEqual(["b-copied.txt", "c-team-script.txt", "a-orchard.txt"]);
    await errorsHeader.getByRole("button").click();
    expect(await errorsHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(names(await order())).toEqual(["a-orchard.txt", "c-team-script.txt", "b-copied.txt"]);
  });

  it("sorts from the keyboard: headers are buttons", async () => {
    const fileHeader = page.locator('th[data-key="file"]');
    await fileHeader.getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await fileHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(await page.locator('th[data-key="errors"]').getAttribute("aria-sort")).toBeNull();
    expect(names(await order())).toEqual(DRAFTS);
  });

  it("opens a draft's findings in context, and shows the draft's markup as text without running it", async () => {
    const toggle = page.locator(".toggle", { hasText: "c-team-script.txt" });
    const detail = page.locator("#draft-3");
    await expect.poll(() => detail.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => detail.isVisible()).toBe(true);
    const finding = detail.locator("li.finding", { hasText: "“了”字重复了" });
    expect(await finding.locator("mark").textContent()).toBe("了了");
    expect(await finding.locator(".context").textContent()).toContain('灌溉渠<script>alert("xss")</script>验收后');
    expect(await detail.locator("table.matrix").count()).toBe(1);
    expect(await detail.locator("table.matrix").textContent()).toContain("⚠ 无措施");
    expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([]);
    expect(await page.locator("body b").count()).toBe(0);
  });

  it("filters by file name and by errors", async () => {
    const search = page.getByLabel("按文件名筛选");
    await search.fill("orchard");
    expect(names(await order())).toEqual(["a-orchard.txt"]);
    expect(await page.locator("#filter-count").textContent()).toBe("显示 1 / 3 份");
    await search.fill("");
    await page.getByLabel("只看有错误的").check();
    expect(names(await order())).toEqual(["b-copied.txt", "c-team-script.txt"]);
    await page.getByLabel("只看有错误的").uncheck();
    expect(names(await order())).toEqual(DRAFTS);
  });

  it("shows the copied pair in the 查重 section, the passage marked in both drafts", async () => {
    const cell = page.locator('table.heat a[href="#pair-1-2"]').first();
    expect(await cell.textContent()).toMatch(/^\d+%$/);
    const pair = page.locator("#pair-1-2");
    expect(await pair.getAttribute("open")).not.toBeNull();
    expect(await pair.locator("summary").textContent()).toContain("a-orchard.txt ↔ 2. b-copied.txt");
    const marks = await pair.locator(".side mark").allTextContents();
    expect(marks).toHaveLength(2);
    for (const m of marks) expect(m).toContain("东岭村三户果农的补贴拖到秋后才发到手里");
    expect(await page.locator("details.pair").count()).toBe(1);
  });

  it("made no request but for the page itself, broke no rule of its policy, threw nothing", async () => {
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("looks right on screen (screenshot)", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('th[data-key="errors"]').getByRole("button").click();
    await page.screenshot({ path: join(ARTIFACTS, "report.png"), fullPage: true });
  });

  it("prints on A4: every draft open, nothing wider than the page", async () => {
    // A4 less the margins, at 96 dpi: 186 mm.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    for (const id of ["#draft-1", "#draft-2", "#draft-3"]) await expect.poll(() => page.locator(id).isVisible()).toBe(true);
    expect(await page.locator("details:not([open])").count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, "report-print.png"), fullPage: true });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
  });

  it("opens the page of compare --format html from disk: the pairs and the follow-up check, no request", async () => {
    const S = resolve(__dirname, "../fixtures/similarity");
    let html = "";
    await runCli(["compare", join(S, "followup-this-year.txt"), "--last-year", join(S, "followup-last-year.txt"), "--format", "html"], { stdout: (s) => (html += s), stderr: () => undefined });
    const file = join(dir, "比对.html");
    writeFileSync(file, html);
    const compareUrl = pathToFileURL(file).href;
    const from = requests.length;
    const p = await context.newPage();
    await p.goto(compareUrl);
    await p.locator('table.heat a[href="#pair-1-2"]').first().click();
    // Two shared passages, each marked in both drafts.
    expect(await p.locator("#pair-1-2 .side mark").count()).toBe(4);
    expect(await p.locator("li.measure.skipped").textContent()).toContain("建立摊主诉求台账");
    expect(await p.locator("li.measure.reported").count()).toBe(5);
    expect(requests.slice(from)).toEqual([compareUrl]);
    expect(await p.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await p.close();
  });
});
