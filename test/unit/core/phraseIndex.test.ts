import { describe, expect, it } from "vitest";
import { PhraseIndex } from "../../../src/core/text/phraseIndex";

/** Every hit as [start, phrases], taking the longest phrase each time. */
function hits(index: PhraseIndex, text: string, take: (phrases: readonly string[], start: number) => number = (p, s) => s + p[0].length) {
  const out: [number, string[]][] = [];
  index.scan(text, (phrases, start) => {
    out.push([start, [...phrases]]);
    return take(phrases, start);
  });
  return out;
}

describe("PhraseIndex", () => {
  const index = new PhraseIndex(["四风", "四个意识", "四个自信", "意识", "自信", "𠀀字"]);

  it("finds phrases left to right, longest first, and goes on after the one taken", () => {
    expect(hits(index, "增强四个意识，坚定四个自信")).toEqual([
      [2, ["四个意识"]],
      [9, ["四个自信"]],
    ]);
  });

  it("gives every phrase at a position, longest first", () => {
    const i = new PhraseIndex(["报有", "报有侥幸"]);
    expect(i.at("心存报有侥幸", 2)).toEqual(["报有侥幸", "报有"]);
    expect(i.at("心存报有侥幸", 0)).toEqual([]);
  });

  it("goes on at the next character when the caller takes nothing there", () => {
    expect(hits(index, "四个意识", () => -1)).toEqual([
      [0, ["四个意识"]],
      [2, ["意识"]],
    ]);
  });

  it("handles characters outside the BMP and the end of the text", () => {
    expect(hits(index, "甲𠀀字")).toEqual([[1, ["𠀀字"]]]);
    expect(hits(index, "四")).toEqual([]);
    expect(hits(index, "")).toEqual([]);
  });
});
