import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, CORPUS_SKIP_REASON, hasCorpus } from "../helpers/corpus";

/**
 * The project writes its own text: no file in it shares a run of 30 characters with a real
 * material (tests read the corpus at run time instead). The phrase library has a stricter test.
 */
const RUN = 30;
const ROOT = resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|mjs|md|json|txt|html)$/.test(name) ? [path] : [];
  });
}

describe.skipIf(!hasCorpus)(`no text copied from the real materials${hasCorpus ? "" : ` (${CORPUS_SKIP_REASON})`}`, () => {
  it(`no file shares ${RUN} characters in a row with ../shared/corpus`, () => {
    const runs = new Set<string>();
    for (const name of readdirSync(CORPUS_DIR)) {
      const text = readFileSync(join(CORPUS_DIR, name), "utf8");
      for (let i = 0; i + RUN <= text.length; i++) runs.add(text.slice(i, i + RUN));
    }
    const copied: string[] = [];
    for (const file of [...files(join(ROOT, "src")), ...files(join(ROOT, "test")), ...files(join(ROOT, "docs")), join(ROOT, "README.md")]) {
      const text = readFileSync(file, "utf8");
      for (let i = 0; i + RUN <= text.length; i++) {
        if (runs.has(text.slice(i, i + RUN))) {
          copied.push(`${file.slice(ROOT.length + 1)}: ${text.slice(i, i + RUN)}`);
          break;
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
