import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/core/rules";
import { renderRulesDoc } from "../../../src/report/rulesDoc";

const ROOT = resolve(__dirname, "../../..");
const NOT_RULES = new Set(["index.ts", "types.ts", "runner.ts"]);

describe("the rule registry", () => {
  const files = readdirSync(resolve(ROOT, "src/core/rules")).filter((f) => f.endsWith(".ts") && !NOT_RULES.has(f));

  it("registers every rule file, under its file name", () => {
    expect(RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual(files.sort());
  });

  it("is sorted and has no duplicate ids", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  for (const { meta } of RULES) {
    it(`${meta.id} is documented and tested`, () => {
      for (const field of [meta.name, meta.description, meta.why, meta.example.bad]) expect(field).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      expect(existsSync(resolve(ROOT, `test/unit/rules/${meta.id}.test.ts`))).toBe(true);
      // Every message id appears in the rule's table test, so each is seen at least once.
      const test = readFileSync(resolve(ROOT, `test/unit/rules/${meta.id}.test.ts`), "utf8");
      for (const id of Object.keys(meta.messages)) expect(test, `${meta.id}: no case for ${id}`).toContain(`"${id}"`);
    });
  }

  it("docs/rules.md is up to date (npm run docs:rules)", () => {
    const path = resolve(ROOT, "docs/rules.md");
    const doc = renderRulesDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(path, doc);
    expect(existsSync(path) ? readFileSync(path, "utf8") : "").toBe(doc);
  });
});
