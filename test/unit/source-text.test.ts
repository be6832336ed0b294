import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
// Control characters (tab, line breaks aside), invisible and bidi characters, as escapes.
// eslint-disable-next-line no-control-regex -- finding them is the point
const RAW = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|mjs|cjs|js)$/.test(name) ? [path] : [];
  });
}

describe("source text", () => {
  it("holds no raw control, invisible or bidi character (write them as escapes)", () => {
    const raw = ["src", "test", "scripts"].flatMap((d) => files(join(ROOT, d))).filter((f) => RAW.test(readFileSync(f, "utf8")));
    expect(raw.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
