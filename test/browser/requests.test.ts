import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launch, openDocument, savedDocument } from "./browser";

/**
 * The locked-down page: every request the preview page makes while a document is checked and
 * phrases are searched and inserted stays on the page's own origin, the page carries its
 * Content-Security-Policy, and the policy neither blocks the pane nor lets a request out.
 */

/** A draft of ours with a numbering slip for 检查 to find. */
const DRAFT = {
  paragraphs: [
    "审计局副局长2025年度民主生活会个人对照检查材料",
    "一、存在的突出问题",
    "（一）在带头强化政治忠诚方面",
    "一是学习不够系统，比如新修订的审计法只看了解读。",
    "（一）在带头敢于担当方面",
    "二是对整改跟踪不够，个别问题拖了两个月。",
    "二、问题产生的原因",
    "理想信念有所松懈。",
    "三、整改措施",
    "每月参加一次集中学习。",
  ].map((text) => ({ text })),
  settings: {},
};

interface Violation {
  directive: string;
  blocked: string;
}

describe("the preview page makes no request outside its own origin", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const requests: string[] = [];
  const sockets: string[] = [];
  const errors: string[] = [];

  /** Requests that left the page's origin (data: and same-origin blob: URLs stay on the machine). */
  const foreign = () =>
    requests.filter((url) => {
      if (url.startsWith("data:")) return false;
      try {
        return new URL(url).origin !== origin;
      } catch {
        return true;
      }
    });

  /** Content-Security-Policy violations the page has seen so far. */
  const violations = () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

  beforeAll(async () => {
    const baseUrl = inject("baseUrl");
    origin = new URL(baseUrl).origin;
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    // The whole context, from before the page loads: workers and frames too.
    context.on("request", (r) => requests.push(r.url()));
    context.on("weberror", (e) => errors.push(e.error().message));
    await context.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as { __violations: Violation[] }).__violations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    });
    page = await context.newPage();
    page.on("websocket", (ws) => sockets.push(ws.url()));
    await page.goto(`${baseUrl}/preview.html`);
    await page.getByTestId("outline").waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("carries its Content-Security-Policy: scripts and requests from its own host only, no inline script", async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toBeTruthy();
    const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(await page.locator("script:not([src])").count()).toBe(0);
  });

  it("checks a document (检查): findings listed, one fixed", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-checks").click();
    const finding = page.locator('[data-testid="findings"] li[data-rule="numbering-sequence"]');
    await expect.poll(() => finding.count()).toBe(1);
    await finding.getByRole("button", { name: "改为“（二）”" }).click();
    await expect.poll(async () => (await savedDocument(page)).paragraphs[4].text).toBe("（二）在带头敢于担当方面");
  });

  it("searches phrases and inserts one (短语)", async () => {
    await page.locator("#document p").nth(5).click();
    await page.keyboard.press("End");
    await page.getByTestId("tab-phrases").click();
    const search = page.getByTestId("phrase-search");
    await search.click();
    await search.pressSequentially("llxx");
    await expect.poll(() => page.locator('[data-testid="phrase-results"] li').count()).toBeGreaterThan(0);
    await search.press("Enter");
    await expect.poll(async () => (await savedDocument(page)).paragraphs.length).toBe(DRAFT.paragraphs.length + 1);
  });

  it("every request stayed on the page's origin, and no WebSocket was opened", () => {
    // Loaded at least the page, its bundle and the phrase chunk: the recorder did record.
    expect(requests.filter((url) => url.startsWith(origin)).length).toBeGreaterThanOrEqual(3);
    expect(foreign()).toEqual([]);
    expect(sockets).toEqual([]);
  });

  it("the policy blocked nothing the pane needs", async () => {
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the policy is enforced: a request to another origin is refused before it leaves", async () => {
    const outcome = await page.evaluate(() =>
      fetch("https://example.com/duizhao-csp-probe").then(
        () => "sent",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    await expect.poll(async () => (await violations()).map((v) => v.directive)).toContain("connect-src");
  });
});
