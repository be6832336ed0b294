import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

import { PINYIN_DIR, renderPinyinModules } from "../../../src/core/phrases/pinyinModule";
import { pinyinOf } from "../../../src/core/phrases/pinyinOf";
import { HAN } from "../../../src/core/phrases/types";
import { PHRASES, PHRASES_BY_FILE } from "../../../src/data/phrases";
import { PHRASE_PINYIN } from "../../../src/data/phrases/pinyin";

const GENERATED = resolve(__dirname, "../../..", PINYIN_DIR);
const STALE = `${PINYIN_DIR} 已过期，请运行 npm run phrases:pinyin / is stale: run npm run phrases:pinyin`;

describe("pinyinOf", () => {
  it("gives one toneless syllable and one first letter per Chinese character", () => {
    expect(pinyinOf("理论学习")).toEqual({ full: "li lun xue xi" });
    expect(pinyinOf("严守纪律")).toEqual({ full: "yan shou ji lv" });
  });

  it("reads characters in context", () => {
    expect(pinyinOf("重要").full).toBe("zhong yao");
    expect(pinyinOf("重复").full).toBe("chong fu");
    expect(pinyinOf("调研").full).toBe("diao yan");
    expect(pinyinOf("调整").full).toBe("tiao zheng");
  });

  it("leaves punctuation, slots, digits and Latin letters out, so tokens stay aligned with the Chinese characters", () => {
    const text = "比如，【具体事例】中有12345热线和AI。";
    const { full } = pinyinOf(text);
    const han = Array.from(text).filter((ch) => HAN.test(ch));
    expect(full.split(" ")).toHaveLength(han.length);
    expect(full).toBe("bi ru ju ti shi li zhong you re xian he");
  });

  it("reads an empty or non-Chinese text as no syllables", () => {
    expect(pinyinOf("")).toEqual({ full: "" });
    expect(pinyinOf("ABC 123")).toEqual({ full: "" });
  });
});

describe("the generated pinyin (src/data/phrases/pinyin/)", () => {
  it("is up to date with the library, file by file (recomputed here)", () => {
    const expected = renderPinyinModules(PHRASES_BY_FILE, pinyinOf);
    expect(readdirSync(GENERATED).sort(), STALE).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(GENERATED, name), "utf8"), `${name}: ${STALE}`).toBe(text);
  });

  it("has the pinyin of every phrase and of no other", () => {
    expect(Object.keys(PHRASE_PINYIN).sort(), STALE).toEqual(PHRASES.map((p) => p.id).sort());
    for (const p of PHRASES) {
      const full = PHRASE_PINYIN[p.id];
      const han = Array.from(p.text).filter((ch) => HAN.test(ch)).length;
      expect(full.split(" ").filter(Boolean), p.id).toHaveLength(han);
    }
  });
});

describe("what the pane loads", () => {
  /** The files a bundle of `entry` takes in, as esbuild resolves them. */
  async function inputsOf(entry: string): Promise<string[]> {
    const { build } = await import("esbuild");
    const r = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: "esm", logLevel: "silent" });
    return Object.keys(r.metafile.inputs);
  }

  it("searches the built-in library without pinyin-pro", async () => {
    const inputs = await inputsOf("src/core/phrases/library.ts");
    expect(inputs).toContain("src/data/phrases/pinyin/index.ts");
    expect(inputs.filter((f) => f.includes("pinyin-pro"))).toEqual([]);
  });

  it("takes pinyin-pro only through pinyinOf.ts, for the writer's own phrases", async () => {
    expect((await inputsOf("src/core/phrases/pinyinOf.ts")).some((f) => f.includes("node_modules/pinyin-pro"))).toBe(true);
  });
});
