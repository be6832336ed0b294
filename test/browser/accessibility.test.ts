import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { launch, openDocument, screenshot } from "./browser";
import type { SimDocument } from "../../src/simulator";

/**
 * Accessibility of the pane (issue 18): an axe-core audit of every panel in the states a writer
 * sees it in, with no serious or critical violation; every control Tab reaches shows a focus ring
 * and has a name; 320 px wide without a sideways scroll; Windows high contrast.
 */

/**
 * A team draft of ours with something for every panel: a placeholder, an ASCII comma, a doubled
 * word and a number taken twice for 提交前检查; a problem with no measure and a measure that
 * answers nothing for 对应关系; aspects of the 2025 checklist left out for 检查清单.
 */
const DRAFT: SimDocument = {
  paragraphs: [
    "某区交通运输局领导班子2025年度民主生活会对照检查材料",
    "按照区委要求，班子会前开展了集中学习，征求意见建议XX条，现对照检查如下。",
    "一、存在的问题",
    "（一）理论武装方面。班子集体学习多以读文件代替研讨,学了不少，用来指导公路养护的不多。",
    "（二）联系群众方面。班子成员到基层站所调研次数偏少，对货运企业反映的的审批慢问题回应不及时。",
    "（二）会风文风方面。会议多、文件长，有的会议能合并而没有合并，基层迎检负担较重。",
    "二、原因分析",
    "（一）理想信念有所弱化，对理论学习的重要性认识不足，学习满足于完成任务。",
    "（二）宗旨意识有所淡化，与群众的感情不够深，换位思考不够。",
    "三、整改措施",
    "（一）抓实理论武装。每月开展一次班子集体研讨，每位成员结合分管的公路养护工作至少发言一次。",
    "（二）密切联系群众。班子成员每季度到基层站所调研不少于三天，货运企业审批事项年内办结时限压缩一半。",
    "（三）改善机关食堂。年内完成食堂改造，增加早餐品种。",
    "以上对照检查，请各位同志批评指正。",
  ].map((text) => ({ text })),
  settings: {},
};

/** 比对 compares with last year's material: the pair of our drafts its own test uses. */
const SIMILARITY = resolve(__dirname, "../fixtures/similarity");
const FOLLOW_UP: SimDocument = {
  paragraphs: readFileSync(resolve(SIMILARITY, "followup-this-year.txt"), "utf8")
    .split(/\r?\n/)
    .map((text) => ({ text })),
  settings: {},
};

/** The pane's tabs, each audited in the fullest state show() puts it in. */
const TABS = ["checklist", "phrases", "correspondence", "checks", "compare"] as const;

interface Problem {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** The serious and critical violations axe finds in the task pane (the simulated Word around it is not ours). */
async function audit(page: Page): Promise<Problem[]> {
  const result = await new AxeBuilder({ page })
    .include("#pane")
    // Tabster (Fluent's focus manager) puts an aria-hidden, focusable <i> at each end of the tab
    // list to steer Tab in and out of its arrow-key group; focus never stays on them, and they
    // are Fluent's, not ours to change.
    .exclude("#pane [data-tabster-dummy]")
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.html.slice(0, 160)} ${n.failureSummary ?? ""}`),
    }));
}

/** Where the pane would scroll sideways: every box from the pane down to its scrolling body. */
function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("pane")!;
    const body = pane.querySelector('[role="tabpanel"]')?.parentElement;
    const boxes = [pane, ...pane.querySelectorAll<HTMLElement>(":scope > div, :scope > div > div"), ...(body ? [body] : [])];
    const wide = boxes.filter((b) => b.scrollWidth > b.clientWidth + 1);
    if (wide.length === 0) return [];
    // Name the outermost elements that stick out, so a failure says what to fix.
    const right = pane.getBoundingClientRect().right + 1;
    const out: string[] = [];
    for (const el of (body ?? pane).querySelectorAll<HTMLElement>("*")) {
      if (el.getBoundingClientRect().right <= right || el.getClientRects().length === 0) continue;
      if (el.parentElement?.closest("[data-sticks-out]")) continue;
      el.dataset.sticksOut = "";
      out.push(`${el.tagName.toLowerCase()}[${el.getAttribute("data-testid") ?? el.getAttribute("aria-label") ?? ""}] “${(el.textContent ?? "").slice(0, 20)}”`);
      if (out.length >= 3) break;
    }
    document.querySelectorAll("[data-sticks-out]").forEach((el) => delete (el as HTMLElement).dataset.sticksOut);
    return [...wide.map((b) => `${b.scrollWidth} > ${b.clientWidth}`), ...out];
  });
}

/** The name Playwright's accessibility tree gives an element (`- button "忽略"`), or "" when it has none. */
function accessibleName(snapshot: string): string {
  const first = snapshot.split("\n")[0];
  return /^- [\w-]+ "(.*?)"(?: \[|:|$)/.exec(first)?.[1] ?? "";
}

/**
 * The focused element, run in the page: whether it is in the pane, was reached before (Tab went
 * round), and shows a focus ring. Fluent draws rings in several ways: an outline or box-shadow on
 * the control, a bordered ::after over it (tabs), an outline on the row a tree item holds, or an
 * underline (a bordered or painted ::after) on the wrapper of a native input or select.
 */
function focusState() {
  const el = document.activeElement as HTMLElement | null;
  const seen = (window as unknown as { __seen: Element[] }).__seen;
  const pane = document.getElementById("pane")!;
  if (!el || !pane.contains(el)) return { inPane: false, seen: false, ring: false, what: "" };
  // Judge the ring as it ends up, not halfway through Fluent's transition into it.
  for (const a of document.getAnimations()) a.finish();
  const again = seen.includes(el);
  seen.push(el);
  const opaque = (c: string) => !/^rgba\(.*,\s*0\)$/.test(c) && c !== "transparent";
  const lines = (s: CSSStyleDeclaration) =>
    (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && opaque(s.outlineColor)) || (s.boxShadow !== "none" && s.boxShadow !== "");
  const shown = (s: CSSStyleDeclaration) => !/^matrix\(0,/.test(s.transform) && s.visibility !== "hidden";
  const borders = (s: CSSStyleDeclaration) =>
    (["Top", "Right", "Bottom", "Left"] as const).some((side) => parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== "none" && opaque(s[`border${side}Color`]));
  const pseudo = (e: Element) =>
    ["::after", "::before"].some((p) => {
      const s = getComputedStyle(e, p);
      return s.content !== "none" && s.content !== "normal" && shown(s) && (lines(s) || borders(s) || s.backgroundImage !== "none");
    });
  const row = el.getAttribute("role") === "treeitem" ? el.firstElementChild : null;
  let ring = lines(getComputedStyle(el)) || pseudo(el) || (!!row && lines(getComputedStyle(row)));
  for (let p = el.parentElement, i = 0; !ring && p && i < 2; p = p.parentElement, i++) ring = pseudo(p);
  const what = `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""} “${(el.getAttribute("aria-label") ?? el.textContent ?? "").slice(0, 24)}”`;
  return { inPane: true, seen: again, ring, what };
}

describe("accessibility of the pane", () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    // AxeBuilder needs a page of a context of our own (it opens a blank page beside it to finish).
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    // Fluent's focus underline grows in a transition: without motion it is there at once.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${inject("baseUrl")}/preview.html`);
    await page.getByTestId("outline").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Open a fresh pane on the document `tab` needs, and put the panel in its fullest state. */
  async function show(tab: (typeof TABS)[number]) {
    const compare = tab === "compare";
    await openDocument(page, structuredClone(compare ? FOLLOW_UP : DRAFT));
    await expect.poll(() => page.getByTestId("outline").textContent()).toContain(compare ? "网络订餐平台" : "会风文风");
    await page.getByTestId(`tab-${tab}`).click();
    const panel = page.locator(`#panel-${tab}`);
    await expect.poll(() => panel.isVisible()).toBe(true);
    const narrow = (page.viewportSize()?.width ?? 1280) <= 420;
    switch (tab) {
      case "checklist":
        await page.getByTestId("checklist-aspects").waitFor();
        break;
      case "phrases":
        await page.getByTestId("phrase-search").fill("llxx");
        await expect.poll(() => page.locator('[data-testid="phrase-results"] li').count()).toBeGreaterThan(0);
        await panel.getByRole("button", { name: "添加短语" }).click();
        await page.getByTestId("own-editor").waitFor();
        break;
      case "correspondence":
        if (narrow) await page.getByTestId("correspondence-list").locator('button[data-state="strong"]').first().click();
        else await page.getByTestId("correspondence-matrix").locator('button[data-state="strong"]').first().click();
        await page.getByTestId("cell-details").waitFor();
        break;
      case "checks":
        await page.locator('[data-testid="findings"] li').first().waitFor();
        // One fix applied: what it did shows above the panels, with its 知道了 button.
        await panel.locator('[data-testid="findings"] li[data-rule="numbering-sequence"]').getByRole("button", { name: /^改为/ }).click();
        await page.getByTestId("action-result").waitFor();
        await panel.getByRole("button", { name: "检查设置", exact: true }).click();
        await page.getByTestId("rule-settings").waitFor();
        break;
      case "compare":
        await page.getByTestId("last-year-file").setInputFiles({
          name: "2023年度对照检查材料.txt",
          mimeType: "text/plain",
          buffer: readFileSync(resolve(SIMILARITY, "followup-last-year.txt")),
        });
        await page.getByTestId("compare-measures").waitFor();
        break;
    }
  }

  it("the tabs are the ones audited here (a new panel gets its fullest state in show())", async () => {
    const ids = await page.locator('#pane [role="tab"]').evaluateAll((ts) => ts.map((t) => t.id.replace(/^tab-/, "")));
    expect(ids).toEqual([...TABS]);
  });

  it.each(TABS)("%s, wide: no serious or critical violation", async (tab) => {
    await show(tab);
    expect(await audit(page)).toEqual([]);
  });

  describe("at 320 px", () => {
    beforeAll(async () => {
      await page.setViewportSize({ width: 320, height: 700 });
      // The preview puts the document beside the pane; in Word the pane is the whole page.
      await page.evaluate(() => (document.querySelector("main")!.style.gridTemplateColumns = "0 320px"));
    });
    afterAll(async () => {
      await page.evaluate(() => (document.querySelector("main")!.style.gridTemplateColumns = ""));
      await page.setViewportSize({ width: 1280, height: 860 });
    });

    it.each(TABS)("%s: no sideways scroll of the pane, and no serious violation", async (tab) => {
      await show(tab);
      // 对应关系 shows its list here; the matrix, when chosen, scrolls inside its own box.
      if (tab === "correspondence") expect(await page.getByTestId("correspondence-list").count()).toBe(1);
      await screenshot(page, `a11y-320-${tab}`);
      expect(await sidewaysScroll(page)).toEqual([]);
      expect(await audit(page)).toEqual([]);
    });

    it("对应关系's matrix, when chosen, scrolls in its own box, not the pane", async () => {
      await show("correspondence");
      await page.locator("#panel-correspondence").getByRole("button", { name: "矩阵" }).click();
      const matrix = page.getByTestId("correspondence-matrix");
      await matrix.waitFor();
      expect(await sidewaysScroll(page)).toEqual([]);
      // Its last column can be scrolled to.
      await matrix.locator("thead th[data-group]").last().scrollIntoViewIfNeeded();
      await expect(matrix.locator("thead th[data-group]").last().isVisible()).resolves.toBe(true);
      expect(await audit(page)).toEqual([]);
    });
  });

  describe("under Windows high contrast (forced colours)", () => {
    beforeAll(() => page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" }));
    afterAll(() => page.emulateMedia({ forcedColors: "none", reducedMotion: "reduce" }));
    const provider = () => page.locator("#pane .fui-FluentProvider").first();

    it("the pane takes Fluent's high-contrast theme", async () => {
      await show("checklist");
      await expect(provider().getAttribute("data-theme")).resolves.toBe("high-contrast");
      // teamsHighContrastTheme: white on black.
      await expect(provider().evaluate((el) => getComputedStyle(el).getPropertyValue("--colorNeutralBackground1").trim())).resolves.toBe("#000000");
      await screenshot(page, "a11y-high-contrast");
    });

    it.each(TABS)("%s: no serious or critical violation", async (tab) => {
      await show(tab);
      expect(await audit(page)).toEqual([]);
    });

    it("and back to the light theme when Windows leaves high contrast, the pane still open", async () => {
      await page.emulateMedia({ forcedColors: "none", reducedMotion: "reduce" });
      await expect.poll(() => provider().getAttribute("data-theme")).toBe("light");
    });
  });

  it("arrow keys move along the tabs, Enter opens the panel", async () => {
    await show("checklist");
    const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
    await page.getByTestId("tab-checklist").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(focused).toBe("tab-phrases");
    await page.keyboard.press("ArrowRight");
    await expect.poll(focused).toBe("tab-correspondence");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("tab-correspondence").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.locator("#panel-correspondence").isVisible()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(focused).toBe("tab-phrases");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press(" ");
    await expect.poll(() => page.locator("#panel-checklist").isVisible()).toBe(true);
    expect(await focused()).toBe("tab-checklist");
  });

  it.each(TABS)("%s: Tab from the tab list reaches every control, each with a focus ring and a Chinese name", async (tab) => {
    await show(tab);
    await page.getByTestId(`tab-${tab}`).focus();
    await page.evaluate(() => ((window as unknown as { __seen: Element[] }).__seen = []));
    const missing: string[] = [];
    let reached = 0;
    for (let step = 0; step < 400; step++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(focusState);
      if (!at.inPane || at.seen) break;
      reached++;
      const name = accessibleName(await page.locator("*:focus").ariaSnapshot());
      if (!at.ring) missing.push(`${at.what} has no visible focus ring`);
      if (!name) missing.push(`${at.what} has no name`);
      else if (!/[\u4e00-\u9fff]/.test(name)) missing.push(`${at.what} is named “${name}”, not in Chinese`);
    }
    expect(missing).toEqual([]);
    // Tab did go through the panel, not straight out of the pane.
    expect(reached).toBeGreaterThan(3);
  });

  it("Enter on an entry of 文档结构 selects it in the document, as a click does", async () => {
    await show("checklist");
    await page.locator('[data-testid="outline"] [role="treeitem"]', { hasText: /^（二）会风文风方面$/ }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toContain("会风文风方面");
  });

  it("colour is never the only sign: severities, statuses and links are in words or symbols too", async () => {
    const words = (locator: ReturnType<Page["locator"]>) => locator.evaluateAll((els) => els.map((e) => (e.textContent ?? "").trim()));
    await show("checks");
    const severities = await page.locator('[data-testid="findings"] li').evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute("data-severity"), li.querySelector(".fui-Badge")?.textContent]),
    );
    expect(severities.length).toBeGreaterThan(3);
    for (const [severity, word] of severities) expect(word).toBe({ error: "错误", warning: "警告", info: "提示" }[severity!]);
    // A category's badge is coloured by its worst finding; its counts are said in words beside it.
    for (const head of await words(page.locator("#panel-checks section[data-category] > button"))) expect(head).toMatch(/\d+ 处(错误|警告|提示)/);

    await show("checklist");
    const statuses = await page.locator('[data-testid="checklist"] li[data-status]').evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute("data-status"), li.querySelector(".fui-Badge")?.textContent]),
    );
    expect(statuses.map(([s]) => s)).toEqual(expect.arrayContaining(["present", "missing"]));
    for (const [status, word] of statuses) expect(word).toBe({ present: "已有", inside: "仅在其他方面中提及", missing: "缺少" }[status!]);

    await show("correspondence");
    const cells = await page.locator('[data-testid="correspondence-matrix"] td button').evaluateAll((bs) =>
      bs.map((b) => [b.getAttribute("data-state") ?? "", (b.textContent ?? "").trim(), b.getAttribute("aria-label") ?? ""]),
    );
    const symbols = new Map<string, Set<string>>();
    for (const [state, symbol, label] of cells) {
      symbols.set(state, (symbols.get(state) ?? new Set()).add(symbol));
      expect(label).toMatch(/对应/);
    }
    // One symbol per state, a different one for each; an empty cell is an empty cell.
    expect([...symbols.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set([...symbols.values()].map((s) => [...s][0])).size).toBe(symbols.size);
    for (const gap of await words(page.locator("#panel-correspondence [data-gap]"))) expect(gap).toMatch(/[\u4e00-\u9fff]/);
  });

  it("no error on the page", () => {
    expect(errors).toEqual([]);
  });
});
