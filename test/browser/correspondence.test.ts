import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openDocument, savedDocument, screenshot, usePreview } from "./browser";
import type { SimDocument } from "../../src/simulator";

/**
 * A team draft of ours: the third problem (会风文风) has no measure of its own, the third measure
 * (a canteen renovation) answers nothing.
 */
const DRAFT: SimDocument = {
  paragraphs: [
    "某区交通运输局领导班子2024年度民主生活会对照检查材料",
    "一、存在的问题",
    "（一）理论武装方面。班子集体学习多以读文件代替研讨，学了不少，用来指导公路养护的不多。",
    "（二）联系群众方面。班子成员到基层站所调研次数偏少，对货运企业反映的审批慢问题回应不及时。",
    "（三）会风文风方面。会议多、文件长，有的会议能合并而没有合并，基层迎检负担较重。",
    "二、原因分析",
    "（一）理想信念有所弱化，对理论学习的重要性认识不足，学习满足于完成任务。",
    "（二）宗旨意识有所淡化，与群众的感情不够深，换位思考不够。",
    "三、整改措施",
    "（一）抓实理论武装。每月开展一次班子集体研讨，每位成员结合分管的公路养护工作至少发言一次。",
    "（二）密切联系群众。班子成员每季度到基层站所调研不少于三天，货运企业审批事项年内办结时限压缩一半。",
    "（三）改善机关食堂。年内完成食堂改造，增加早餐品种。",
  ].map((text) => ({ text })),
  settings: {},
};

describe("对应关系 on the simulated Word", () => {
  let page: Page;
  let foreign: string[];
  usePreview((p) => ({ page, foreignRequests: foreign } = p));

  const row = (id: string) => page.locator(`[data-testid="correspondence-matrix"] tr[data-group="${id}"]`);
  const cell = (problem: string, target: string) => page.locator(`[data-testid="correspondence-matrix"] tr[data-group="${problem}"] td`).nth(targetColumn.indexOf(target));
  const targetColumn = ["C:理想信念有所弱化对理论学习的重要性认识不足学习满足于完成任务", "C:宗旨意识有所淡化与群众的感情不够深换位思考不够", "M:抓实理论武装", "M:密切联系群众", "M:改善机关食堂"];
  const MEETINGS = "P:会风文风";

  it("shows the matrix with strengths in words, and the gaps on their rows and columns", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-correspondence").click();
    await page.getByTestId("correspondence-matrix").waitFor();
    const heads = await page.locator('[data-testid="correspondence-matrix"] thead th[data-group]').evaluateAll((ths) => ths.map((t) => t.getAttribute("data-group")));
    expect(heads).toEqual(targetColumn);
    // The first problem is answered by the first measure, strongly; a symbol and a name say so.
    const theory = cell("P:理论武装", "M:抓实理论武装").locator("button");
    await expect(theory.getAttribute("data-state")).resolves.toBe("strong");
    await expect(theory.getAttribute("aria-label")).resolves.toContain("强对应");
    await expect(row(MEETINGS).locator('[data-gap="problem-without-measure"]').count()).resolves.toBe(1);
    await expect(page.locator('thead th[data-group="M:改善机关食堂"] [data-gap="measure-without-problem"]').count()).resolves.toBe(1);
    await expect(page.getByTestId("tab-correspondence").textContent()).resolves.toMatch(/2/);
    await screenshot(page, "correspondence-matrix");
  });

  it("shows a cell's evidence and jumps to the measure in the document", async () => {
    await cell("P:理论武装", "M:抓实理论武装").locator("button").click();
    const details = page.getByTestId("cell-details");
    await expect(details.textContent()).resolves.toContain("理论");
    await details.getByRole("button", { name: "措施：抓实理论武装", exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toContain("抓实理论武装");
  });

  it("adds a link by hand: the gap is gone, and the link survives a save and reopen and an edit elsewhere", async () => {
    await cell(MEETINGS, "M:密切联系群众").locator("button").click();
    await page.getByTestId("cell-details").getByRole("button", { name: "添加对应" }).click();
    await expect.poll(() => cell(MEETINGS, "M:密切联系群众").locator("button").getAttribute("data-state")).toBe("confirmed");
    await expect.poll(() => row(MEETINGS).locator('[data-gap="problem-without-measure"]').count()).toBe(0);
    const saved = await savedDocument(page);
    expect(saved.settings["duizhao.links"]).toEqual({ links: [{ problem: MEETINGS, target: "M:密切联系群众", linked: true }] });

    await openDocument(page, saved);
    await page.getByTestId("tab-correspondence").click();
    await expect.poll(() => cell(MEETINGS, "M:密切联系群众").locator("button").getAttribute("data-state")).toBe("confirmed");

    // An edit in another paragraph (a problem's text): the ids come from the headings' words.
    await page.locator("#document p").nth(3).click();
    await page.keyboard.press("End");
    await page.keyboard.type("上半年仅下去两次。");
    await expect.poll(async () => (await savedDocument(page)).paragraphs[3].text).toMatch(/仅下去两次。$/);
    await expect.poll(() => cell(MEETINGS, "M:密切联系群众").locator("button").getAttribute("data-state")).toBe("confirmed");
    await expect(row(MEETINGS).locator('[data-gap="problem-without-measure"]').count()).resolves.toBe(0);
  });

  it("rejects a link, and gives it back to the engine", async () => {
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-correspondence").click();
    const theory = () => cell("P:理论武装", "M:抓实理论武装").locator("button");
    await theory().click();
    await page.getByTestId("cell-details").getByRole("button", { name: "不对应" }).click();
    await expect.poll(() => theory().getAttribute("data-state")).toBe("rejected");
    await expect.poll(() => row("P:理论武装").locator('[data-gap="problem-without-measure"]').count()).toBe(1);
    await page.getByTestId("cell-details").getByRole("button", { name: "恢复自动判断" }).click();
    await expect.poll(() => theory().getAttribute("data-state")).toBe("strong");
    expect((await savedDocument(page)).settings["duizhao.links"]).toEqual({ links: [] });
  });

  it("moves between cells with the arrow keys", async () => {
    await cell("P:理论武装", "M:抓实理论武装").locator("button").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).resolves.toMatch(/^问题“联系群众方面”与措施“抓实理论武装”/);
  });

  it("shows a list at 320 px, where a link can be added too", async () => {
    await page.setViewportSize({ width: 320, height: 860 });
    await openDocument(page, structuredClone(DRAFT));
    await page.getByTestId("tab-correspondence").click();
    const list = page.getByTestId("correspondence-list");
    await list.waitFor();
    const card = list.locator(`li[data-group="${MEETINGS}"]`);
    await card.locator("select").selectOption("M:密切联系群众");
    await card.getByRole("button", { name: "添加对应" }).click();
    await expect.poll(() => card.locator('[data-state="confirmed"]').count()).toBe(1);
    await screenshot(page, "correspondence-list-320");
    await page.setViewportSize({ width: 1280, height: 860 });
    expect(foreign).toEqual([]);
  });
});
