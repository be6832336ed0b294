import { afterAll, beforeAll, inject } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { SimDocument } from "../../src/simulator";

/** Debian's Chromium; Playwright cannot download its own browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = resolve(__dirname, "../../test-results");

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * Open the preview page and wait for the pane's first analysis. Any request that leaves the
 * page's own origin fails the test: the add-in makes no network request of its own.
 */
export async function openPreview(browser: Browser, baseUrl: string): Promise<{ page: Page; foreignRequests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const foreignRequests: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseUrl) && !r.url().startsWith("data:")) foreignRequests.push(r.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/preview.html`);
  await page.getByTestId("outline").waitFor({ timeout: 20_000 }).catch((e) => {
    throw new Error(`pane did not load: ${errors.join("; ") || e}`);
  });
  return { page, foreignRequests };
}

/**
 * The preview page for the tests of one describe block: Chromium launched and the page opened
 * before them (`opened` hears the page and the foreign-request log), closed after them.
 */
export function usePreview(opened: (preview: { page: Page; foreignRequests: string[] }) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
    opened(await openPreview(browser, inject("baseUrl")));
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** What the preview page offers the tests (src/preview/index.tsx). */
export interface PreviewApi {
  sim: {
    save(): SimDocument;
    stats: { runs: number };
    comments(): { paragraph: number; text: string; comment: string }[];
    editSilently(paragraph: number, text: string): void;
  };
  openDocument(doc: SimDocument): void;
}

/** Open `doc` in the simulated Word with a fresh pane, as Word does for each document. */
export async function openDocument(page: Page, doc: SimDocument): Promise<void> {
  await page.evaluate((d) => (window as unknown as { __preview: PreviewApi }).__preview.openDocument(d), doc);
}

/** The document as saved: text, list numbers and the settings the pane stored in it. */
export function savedDocument(page: Page): Promise<SimDocument> {
  return page.evaluate(() => (window as unknown as { __preview: PreviewApi }).__preview.sim.save());
}
