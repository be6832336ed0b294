import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, usePreview } from "./browser";

describe("preview page: the pane on the simulated Word", () => {
  let page: Page;
  let foreignRequests: string[];
  usePreview((p) => ({ page, foreignRequests } = p));

  it("shows the five tabs and the sample's outline in Chinese", async () => {
    for (const tab of ["检查清单", "短语", "对应关系", "提交前检查", "比对"]) {
      await expect(page.getByRole("tab", { name: tab }).count()).resolves.toBe(1);
    }
    await expect(page.getByTestId("doc-kind").innerText()).resolves.toContain("对照检查材料");
    const outline = page.getByTestId("outline");
    await outline.getByText("二、存在的问题", { exact: true }).first().waitFor();
    for (const heading of ["理论学习方面", "廉洁自律方面"]) {
      await expect(outline.getByText(heading).count()).resolves.toBeGreaterThan(0);
    }
    // The part headings are Word list items: their number comes from the list, not the text.
    await expect(outline.getByText("一、", { exact: true }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "outline");
  });

  it("clicking an entry selects it in the simulated document", async () => {
    await page.getByTestId("outline").getByText("廉洁自律方面").first().click();
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ""))
      .toContain("廉洁自律方面");
    const inDocument = await page.evaluate(() => {
      const node = window.getSelection()?.anchorNode;
      return !!node && !!document.getElementById("document")?.contains(node);
    });
    expect(inDocument).toBe(true);
  });

  it("follows an edit of the document", async () => {
    await page.evaluate(() => {
      const doc = document.getElementById("document")!;
      const last = doc.querySelectorAll("p");
      const p = last[last.length - 1];
      p.textContent = "（九）新增加的测试方面。一是第一条。二是第二条。";
      doc.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.getByTestId("outline").getByText("新增加的测试方面").waitFor({ timeout: 10_000 });
  });

  it("shows the pane in Word's dark theme when asked", async () => {
    const dark = await page.context().browser()!.newPage({ viewport: { width: 1280, height: 860 } });
    await dark.goto(`${inject("baseUrl")}/preview.html?dark`);
    await dark.getByTestId("outline").waitFor();
    const background = await dark.getByRole("tablist").evaluate((el) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)") return bg;
      }
      return "";
    });
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await screenshot(dark, "outline-dark");
    await dark.close();
  });

  it("makes no network request of its own", () => {
    expect(foreignRequests).toEqual([]);
  });
});
