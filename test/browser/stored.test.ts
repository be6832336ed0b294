import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openDocument, screenshot, usePreview } from "./browser";
import type { SimDocument } from "../../src/simulator";
import { sampleMaterial } from "../../src/preview/sample";


/** The sample, with settings another version or a hand-edited file could have saved in it. */
const withSettings = (settings: Record<string, unknown>): SimDocument => ({ paragraphs: sampleMaterial.map((p) => ({ ...p })), settings });

describe("stored values of the wrong shape", () => {
  let page: Page;
  usePreview((p) => ({ page } = p));

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
