import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openDocument, savedDocument, screenshot, type PreviewApi, usePreview } from "./browser";
import type { SimDocument } from "../../src/simulator";


const runs = (page: Page) => page.evaluate(() => (window as unknown as { __preview: PreviewApi }).__preview.sim.stats.runs);

/** A personal 2025 draft of ours with one number taken twice and one written the other way. */
const DRAFT: SimDocument = {
  paragraphs: [
    "水务局副局长2025年度民主生活会个人对照检查材料",
    "按照会议要求，我认真学习了规定篇目，征求了意见，现对照检查如下。",
    "一、存在的突出问题",
    "（一）在带头强化政治忠诚、提高政治能力方面",
    "我学习新文件只看摘要，比如防汛新规出台一个月后才通读全文。",
    "（二）在带头敢于担当、真抓实干方面",
    "我对两处泵站改造的遗留问题只批转不督办，拖了三个月。",
    "（二）在带头廉洁自律方面",
    "我对分管科室的日常监督偏松，对苗头性问题提醒不及时。",
    "二、问题产生的原因",
    "一是理想信念有所松懈，二是党性修养有所放松。",
    "三、整改措施",
    "1.每周安排半天自学，每月撰写一篇学习体会。",
    "2、年底前对两处泵站的遗留问题逐项销号。",
    "以上对照检查，请各位同志批评指正。",
  ].map((text) => ({ text })),
  settings: {},
};

describe("提交前检查 on the simulated Word", () => {
  let page: Page;
  let foreign: string[];
  usePreview((p) => ({ page, foreignRequests: foreign } = p));

  const finding = (rule: string) => page.locator(`[data-testid="findings"] li[data-rule="${rule}"]`);

  it("lists the findings, fixes one in the document, and the pane reads it again", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => finding("numbering-sequence").count()).toBe(1);
    await expect(finding("numbering-sequence").getAttribute("data-severity")).resolves.toBe("error");
    await expect(finding("numbering-style").count()).resolves.toBe(1);
    await screenshot(page, "checks-findings");

    await finding("numbering-sequence").getByRole("button", { name: "改为“（三）”" }).click();
    await expect.poll(() => finding("numbering-sequence").count()).toBe(0);
    expect((await savedDocument(page)).paragraphs[7].text).toBe("（三）在带头廉洁自律方面");
  });

  it("ignores a finding, and it stays ignored after the document is saved and opened again", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => finding("numbering-style").count()).toBe(1);
    await finding("numbering-style").getByRole("button", { name: "忽略" }).click();
    await expect.poll(() => finding("numbering-style").count()).toBe(0);

    await openDocument(page, await savedDocument(page));
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => finding("numbering-sequence").count()).toBe(1);
    expect(await finding("numbering-style").count()).toBe(0);
    await expect(page.getByRole("button", { name: /恢复已忽略的 1 处/ }).count()).resolves.toBe(1);
  });

  it("switches a rule off from the settings, saved in the document", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => finding("numbering-sequence").count()).toBe(1);
    await page.getByRole("button", { name: "检查设置" }).click();
    await page.locator('[data-rule-setting="numbering-sequence"]').selectOption("off");
    await expect.poll(() => finding("numbering-sequence").count()).toBe(0);
    expect((await savedDocument(page)).settings["duizhao.rules"]).toMatchObject({ rules: { "numbering-sequence": "off" } });
  });

  it("refuses a fix whose text was edited after the check, and says so", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => finding("numbering-sequence").count()).toBe(1);
    await page.evaluate(() => (window as unknown as { __preview: PreviewApi }).__preview.sim.editSilently(7, "（四）在带头廉洁自律方面"));
    await finding("numbering-sequence").getByRole("button", { name: "改为“（三）”" }).click();
    await expect.poll(() => page.getByTestId("action-result").textContent()).toMatch(/已被改动|未作修改/);
    expect((await savedDocument(page)).paragraphs[7].text).toBe("（四）在带头廉洁自律方面");
  });

  it("turns every finding into a Word comment, one each, in one batched call", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => finding("numbering-sequence").count()).toBe(1);
    const count = await page.locator('[data-testid="findings"] li').count();
    await page.waitForTimeout(1000);
    const before = await runs(page);
    await page.getByTestId("comment-all").click();
    await expect.poll(() => page.getByTestId("action-result").textContent()).toMatch(new RegExp(`已添加 ${count} 条批注`));
    const comments = await page.evaluate(() => (window as unknown as { __preview: PreviewApi }).__preview.sim.comments());
    expect(comments).toHaveLength(count);
    expect(comments.every((c) => c.comment.startsWith("【对照检查助手】"))).toBe(true);
    // One Word.run adds them all; one more reads the document again.
    expect(await runs(page)).toBe(before + 2);
    await screenshot(page, "checks-comments");
  });

  it("reads the document once per change, not once per panel or per tab switch", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-checks").click();
    await expect.poll(() => finding("numbering-sequence").count()).toBe(1);
    // Open every panel once (the 短语 panel reads the cursor when its search box first gets focus).
    for (const tab of ["checklist", "phrases", "correspondence", "checks"]) await page.getByTestId(`tab-${tab}`).click();
    await page.waitForTimeout(1500); // let any pending read settle
    const before = await runs(page);
    for (const tab of ["checklist", "phrases", "checks", "checklist", "checks"]) await page.getByTestId(`tab-${tab}`).click();
    await page.waitForTimeout(1500);
    expect(await runs(page)).toBe(before);

    // One edit in the document: one read, however many panels are open.
    await page.locator("#document p").nth(4).click();
    await page.keyboard.press("End");
    await page.keyboard.type("又");
    await expect.poll(() => runs(page)).toBe(before + 1);
    await page.waitForTimeout(1500);
    expect(await runs(page)).toBe(before + 1);
  });

  it("makes no network request of its own", () => {
    expect(foreign).toEqual([]);
  });
});
