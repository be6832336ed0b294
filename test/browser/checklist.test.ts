import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openDocument, savedDocument, screenshot, usePreview } from "./browser";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../helpers/corpus";
import { MEETING_TEMPLATES } from "../../src/data/templates";
import { sampleMaterial } from "../../src/preview/sample";

const aspect = (page: Page, name: string) => page.locator(`[data-testid="checklist-aspects"] [data-aspect="${name}"]`);

describe("检查清单 on the simulated Word", () => {
  let page: Page;
  usePreview((p) => ({ page } = p));

  it.skipIf(!hasCorpus)(`004 without its 工作作风 group: missing, and inserted back in order${hasCorpus ? "" : ` (${CORPUS_SKIP_REASON})`}`, async () => {
    await openDocument(page, { paragraphs: corpus("004"), settings: {} });
    await expect.poll(() => aspect(page, "工作作风").getAttribute("data-status")).toBe("present");
    for (const name of ["理论学习", "政治素质", "能力本领", "担当作为", "廉洁自律"]) {
      await expect(aspect(page, name).getAttribute("data-status")).resolves.toBe("present");
    }

    const without = corpus("004").filter((p) => !p.text.startsWith("（五）工作作风方面"));
    await openDocument(page, { paragraphs: without, settings: {} });
    await expect.poll(() => aspect(page, "工作作风").getAttribute("data-status")).not.toBe("present");
    await aspect(page, "工作作风").getByRole("button", { name: "插入标题" }).click();
    await expect.poll(() => aspect(page, "工作作风").getAttribute("data-status"), { timeout: 10_000 }).toBe("present");

    const texts = (await savedDocument(page)).paragraphs.map((p) => p.text);
    const inserted = texts.indexOf("（五）工作作风方面。");
    expect(inserted).toBeGreaterThan(0);
    expect(texts[inserted - 1].startsWith("（四）担当作为方面")).toBe(true);
    expect(texts[inserted + 1].startsWith("（六）廉洁自律方面")).toBe(true);
    await screenshot(page, "checklist-004");
  });

  it("inserting an aspect whose number is taken offers to renumber the ones after it", async () => {
    // The sample without its 工作作风 group, 廉洁自律 closed up to （五）.
    const paragraphs = sampleMaterial
      .filter((p) => !p.text.startsWith("（五）工作作风方面"))
      .map((p) => (p.text.startsWith("（六）廉洁自律方面") ? { ...p, text: p.text.replace("（六）", "（五）") } : { ...p }));
    await openDocument(page, { paragraphs, settings: {} });
    await expect.poll(() => aspect(page, "工作作风").getAttribute("data-status")).not.toBe("present");
    await expect(page.getByTestId("renumber").count()).resolves.toBe(0);

    await aspect(page, "工作作风").getByRole("button", { name: "插入标题" }).click();
    await expect.poll(() => aspect(page, "工作作风").getAttribute("data-status"), { timeout: 10_000 }).toBe("present");
    const bar = page.getByTestId("renumber");
    await expect.poll(() => bar.innerText()).toContain("（五）→（六）");
    await bar.getByRole("button", { name: "重新编号" }).click();
    await expect.poll(() => page.getByTestId("renumber").count(), { timeout: 10_000 }).toBe(0);

    const texts = (await savedDocument(page)).paragraphs.map((p) => p.text);
    const headings = texts.filter((t) => /^（[一二三四五六七八九十]）.{2,4}方面/.test(t)).map((t) => t.slice(0, 7));
    expect(headings).toEqual(["（一）理论学习", "（二）政治素质", "（三）能力本领", "（四）担当作为", "（五）工作作风", "（六）廉洁自律"]);
    await screenshot(page, "checklist-renumbered");
  });

  it("the meeting type survives saving, closing and reopening the document", async () => {
    await page.getByRole("button", { name: "载入示例材料" }).click();
    const picker = page.getByTestId("meeting-type");
    await expect.poll(() => picker.inputValue()).toBe("2023-zhuti-liuge"); // recognised from the title
    await picker.selectOption("2024-niandu-sige-daitou");
    await expect.poll(async () => (await savedDocument(page)).settings["duizhao.meeting"]).toEqual({ template: "2024-niandu-sige-daitou" });

    await page.getByRole("button", { name: "保存并重新打开" }).click();
    await expect.poll(() => page.getByTestId("meeting-type").inputValue()).toBe("2024-niandu-sige-daitou");
    await expect(page.getByText("根据标题和开头识别").count()).resolves.toBe(0);
    // The 2024 type expects a case study part the sample does not have.
    await expect
      .poll(() => page.locator('[data-testid="checklist-parts"] [data-part="case"]').getAttribute("data-status"))
      .toBe("missing");

    // Insert it: between the problems and the causes; the sample's part headings are Word list
    // items, so the new heading carries no typed number and the pane says so.
    await page.locator('[data-testid="checklist-parts"] [data-part="case"]').getByRole("button", { name: "插入标题" }).click();
    await expect
      .poll(() => page.locator('[data-testid="checklist-parts"] [data-part="case"]').getAttribute("data-status"), { timeout: 10_000 })
      .toBe("present");
    await expect(page.getByText("自动编号").count()).resolves.toBeGreaterThan(0);
    const texts = (await savedDocument(page)).paragraphs.map((p) => p.text);
    const at = texts.indexOf("反面典型案例剖析");
    expect(texts[at + 1]).toBe("问题产生的原因");
  });

  it("a custom checklist is made, used, and kept for the next document", async () => {
    await page.getByRole("button", { name: "载入示例材料" }).click();
    await page.getByTestId("meeting-type").selectOption({ label: "新建自定义清单…" });
    const editor = page.getByTestId("custom-editor");
    await editor.getByLabel("名称").fill("本单位调研专题");
    await editor.getByLabel("需要对照的方面（每行一个）").fill("理论学习\n调查研究");
    await editor.getByRole("button", { name: "保存并使用" }).click();
    await expect.poll(() => aspect(page, "调查研究").getAttribute("data-status")).toBe("inside"); // the sample mentions it in a group
    await expect(aspect(page, "理论学习").getAttribute("data-status")).resolves.toBe("present");

    // Another document: the checklist is offered again (kept per user, in this browser profile).
    await page.getByRole("button", { name: "空白文档" }).click();
    const options = await page.getByTestId("meeting-type").locator("option").allTextContents();
    expect(options).toContain("本单位调研专题");
  });

  for (const template of MEETING_TEMPLATES) {
    it(`skeleton of ${template.id} reads back with every part and aspect`, async () => {
      await page.getByRole("button", { name: "空白文档" }).click();
      await page.getByTestId("meeting-type").selectOption(template.id);
      if (template.writerDefinesAspects) {
        await page.getByTestId("writer-aspects").fill("落实管党治党责任\n意识形态工作\n以案促改");
        await page.getByRole("button", { name: "保存方面" }).click();
      }
      await page.getByTestId("insert-skeleton").click();
      await page.getByTestId("checklist-parts").waitFor({ timeout: 10_000 });
      const statuses = await page.locator("[data-testid=checklist] [data-status]").evaluateAll((els) =>
        els.map((e) => `${e.getAttribute("data-part") ?? e.getAttribute("data-aspect")}:${e.getAttribute("data-status")}`),
      );
      expect(statuses.filter((s) => !s.endsWith(":present"))).toEqual([]);
      expect(statuses.length).toBe(template.parts.length + (template.writerDefinesAspects ? 3 : template.aspects.length));
      if (template.id === "2025-niandu-wuge-daitou") await screenshot(page, "skeleton-2025");
    });
  }
});
