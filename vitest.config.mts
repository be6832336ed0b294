import { defineConfig } from "vitest/config";

// Two projects: `unit` (engine, Word host on office-addin-mock, CLI, data) runs in Node;
// `browser` builds the pages and drives Debian's Chromium through Playwright.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "test/host/**/*.test.ts"],
          environment: "node",
          pool: "threads",
          maxWorkers: 2,
          // Some tests build large hostile inputs or run the installed command: on a busy 2-core
          // machine they can pass 5 s. Speed is measured by npm run bench, never by a timeout.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 60_000,
          // The pane re-reads the document after a debounce; give it time on a busy machine.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
