import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openDocument, savedDocument, screenshot, usePreview } from "./browser";

/** A draft of ours whose problems run on as 一是…二是…, one item a paragraph. */
const DRAFT = {
  paragraphs: [
    "财政局副局长2025年度民主生活会个人对照检查材料",
    "一、存在的突出问题",
    "（一）在带头强化政治忠诚方面",
    "一是学习不够系统，比如新修订的预算法实施条例只看了解读。",
    "二是运用不够自觉，研究问题时很少从理论上找依据。",
    "二、问题产生的原因",
    "理想信念有所松懈。",
    "三、整改措施",
    "每月参加一次集中学习。",
  ].map((text) => ({ text })),
  settings: {},
};

describe("短语 on the simulated Word", () => {
  let page: Page;
  let foreign: string[];
  usePreview((p) => ({ page, foreignRequests: foreign } = p));

  it("llxx, Enter: a phrase on 理论学习 goes in as the next item, 三是, after 二是", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await expect.poll(() => page.getByTestId("tab-phrases").count()).toBe(1);
    await page.locator("#document p").nth(4).click();
    await page.keyboard.press("End");
    await page.getByTestId("tab-phrases").click();
    const search = page.getByTestId("phrase-search");
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.pressSequentially("llxx");
    await expect.poll(() => page.locator('[data-testid="phrase-results"] li').count()).toBeGreaterThan(0);
    const first = (await page.locator('[data-testid="phrase-results"] li').first().textContent()) ?? "";
    expect(first).toMatch(/理论|学习/);
    await screenshot(page, "phrases-search");
    await search.press("Enter");
    await expect.poll(async () => (await savedDocument(page)).paragraphs.length).toBe(DRAFT.paragraphs.length + 1);
    const texts = (await savedDocument(page)).paragraphs.map((p) => p.text);
    expect(texts[5].startsWith("三是")).toBe(true);
    expect(texts[4]).toBe(DRAFT.paragraphs[4].text);
    expect(texts[6]).toBe("二、问题产生的原因");
  });

  it("selects the first 【】 slot after insertion, so that typing replaces it", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.locator("#document p").nth(4).click();
    await page.getByTestId("tab-phrases").click();
    const search = page.getByTestId("phrase-search");
    await search.fill("");
    await search.pressSequentially("具体事例");
    await expect.poll(() => page.locator('[data-testid="phrase-results"] li').first().textContent()).toContain("【");
    await search.press("Enter");
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toMatch(/^【[^】]+】$/);
    const slot = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    await page.keyboard.type("去年六月的预算评审会");
    await expect.poll(async () => (await savedDocument(page)).paragraphs[5].text).toContain("去年六月的预算评审会");
    expect((await savedDocument(page)).paragraphs[5].text).not.toContain(slot);
  });

  it("inserted between two items, offers to shift the numbers after it", async () => {
    const doc = structuredClone(DRAFT);
    doc.paragraphs.splice(5, 0, { text: "三是调研不够深入，比如去年只到过两个乡镇。" });
    await openDocument(page, doc);
    await page.locator("#document p").nth(3).click();
    await page.getByTestId("tab-phrases").click();
    const search = page.getByTestId("phrase-search");
    await search.fill("");
    await search.pressSequentially("llxx");
    await expect.poll(() => page.locator('[data-testid="phrase-results"] li').count()).toBeGreaterThan(0);
    await search.press("Enter");
    await expect.poll(async () => (await savedDocument(page)).paragraphs[4].text).toMatch(/^二是/);
    await page.getByTestId("follow-up").click();
    await expect.poll(async () => (await savedDocument(page)).paragraphs.slice(3, 7).map((p) => p.text.slice(0, 2))).toEqual(["一是", "二是", "三是", "四是"]);
  });

  it("a phrase added from the selection is kept after the page reloads, and found by its pinyin", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.locator("#document p").nth(8).click({ clickCount: 3 }); // 每月参加一次集中学习。
    await page.getByTestId("tab-phrases").click();
    await page.getByTestId("own-from-selection").click();
    await expect.poll(() => page.getByTestId("own-draft").inputValue()).toBe("每月参加一次集中学习。");
    await page.getByTestId("own-save").click();
    await expect.poll(() => page.getByTestId("own-message").textContent()).toMatch(/已保存/);

    await page.reload();
    await page.getByTestId("outline").waitFor();
    await page.getByTestId("tab-phrases").click();
    await page.getByTestId("phrase-search").pressSequentially("mycj");
    await expect.poll(() => page.locator('[data-testid="phrase-results"] li').first().textContent()).toContain("每月参加一次集中学习。");

    // Edited and tagged: the new words are found, the tag filters it in.
    await page.getByRole("button", { name: /^编辑“每月参加一次集中学习/ }).click();
    await page.getByTestId("own-draft").fill("每月参加两次集中学习。");
    await page.getByTestId("own-topic").selectOption("lilun-xuexi");
    await page.getByTestId("own-save").click();
    await expect.poll(() => page.getByTestId("own-message").textContent()).toMatch(/已修改/);
    await page.getByTestId("phrase-search").fill("每月参加两次");
    await expect.poll(() => page.locator('[data-testid="phrase-results"] li').first().textContent()).toContain("每月参加两次集中学习。");
    expect(await page.evaluate(() => localStorage.getItem("duizhao.userPhrases"))).toContain("lilun-xuexi");
    await page.evaluate(() => localStorage.removeItem("duizhao.userPhrases"));
  });

  it("refuses a malformed import with a message and keeps the list as it was", async () => {
    await page.reload();
    await page.getByTestId("outline").waitFor();
    await page.getByTestId("tab-phrases").click();
    await page.getByTestId("own-import").setInputFiles({ name: "坏文件.json", mimeType: "application/json", buffer: Buffer.from("{ 这不是 JSON") });
    await expect.poll(() => page.getByTestId("own-message").textContent()).toMatch(/未导入任何短语/);
    expect(await page.evaluate(() => localStorage.getItem("duizhao.userPhrases"))).toBeNull();
  });

  it("a favourite is kept after a reload and shown alone on request; the phrase used last comes first", async () => {
    await page.reload();
    await page.getByTestId("outline").waitFor();
    await page.getByTestId("tab-phrases").click();
    await page.getByTestId("phrase-search").pressSequentially("gzzf");
    const first = page.locator('[data-testid="phrase-results"] li').first();
    const text = (await first.locator("button").first().textContent()) ?? "";
    await first.getByRole("button", { name: "收藏" }).click();
    await page.reload();
    await page.getByTestId("outline").waitFor();
    await page.getByTestId("tab-phrases").click();
    await page.getByRole("button", { name: /收藏（1）/ }).click();
    await expect.poll(() => page.locator('[data-testid="phrase-results"] li').count()).toBe(1);
    expect(await page.locator('[data-testid="phrase-results"] li').first().locator("button").first().textContent()).toBe(text);
    await page.evaluate(() => localStorage.clear());
  });

  it("makes no network request of its own", () => {
    expect(foreign).toEqual([]);
  });
});
