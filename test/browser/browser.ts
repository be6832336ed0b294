import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

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

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
