import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, openDocument, openPreview, screenshot } from "./browser";
import type { SimDocument } from "../../src/simulator";
import { sampleMaterial } from "../../src/preview/sample";


/** The sample, with settings another version or a hand-edited file could have saved in it. */
const withSettings = (settings: Record<string, unknown>): SimDocument => ({ paragraphs: sampleMaterial.map((p) => ({ ...p })), settings });

describe("stored values of the wrong shape", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    ({ page } = await openPreview(browser, inject("baseUrl")));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["aspects saved as a string", { "duizhao.meeting": { template: "xunshi-zhenggai", aspects: "管党治党" } }],
    ["a custom type without aspects", { "duizhao.meeting": { template: "custom-x", custom: { id: "custom-x", name: "自定义" } } }],
    ["rule settings of another shape", { "duizhao.rules": { rules: "all", ignored: 7 } }],
    ["a meeting type that is a number", { "duizhao.meeting": 42 }],
  ])("%s: the pane opens, works and says what it left out", async (_, settings) => {
    await openDocument(page, withSettings(settings));
    await expect.poll(() => page.getByTestId("checklist-aspects").count()).toBe(1);
    await expect(page.getByText(/无法识别/).count()).resolves.toBeGreaterThan(0);
    expect(await page.getByTestId("panel-error").count()).toBe(0);
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => page.getByTestId("checks").count()).toBe(1);
    await page.getByTestId("tab-checklist").click();
  });

  it("shows the notice plainly", async () => {
    await openDocument(page, withSettings({ "duizhao.meeting": { template: "custom-x", custom: { id: "custom-x", name: "自定义" } } }));
    await expect.poll(() => page.getByTestId("checklist-aspects").count()).toBe(1);
    await screenshot(page, "stored-wrong-shape");
  });
});
