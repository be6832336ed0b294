import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paragraphsFromText } from "../../../src/core/analyze";
import { compareDrafts, normalizeText, type SimilarPair } from "../../../src/core/similarity";

const FIXTURES = join(__dirname, "../../fixtures/similarity");
const draft = (name: string) => paragraphsFromText(readFileSync(join(FIXTURES, name), "utf8"));

/** Where `text` stands in paragraph `paragraph` of a draft (it must be there once). */
function placeOf(paragraphs: { text: string }[], paragraph: number, text: string) {
  const start = paragraphs[paragraph].text.indexOf(text);
  expect(start, `${text} in paragraph ${paragraph}`).toBeGreaterThanOrEqual(0);
  return { paragraph, start, end: start + text.length };
}

describe("查重: compareDrafts", () => {
  it("finds exactly the three passages two drafts share, one reworded by punctuation and numbering only", () => {
    const a = draft("three-a.txt");
    const b = draft("three-b.txt");
    const { pairs } = compareDrafts([a, b]);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair.a).toBe(0);
    expect(pair.b).toBe(1);
    const places = pair.passages.map((p) => ({ a: { paragraph: p.a.paragraph, start: p.a.start, end: p.a.end }, b: { paragraph: p.b.paragraph, start: p.b.start, end: p.b.end } }));
    const visit = "每名班子成员联系两个偏远村组，每季度至少住村一晚，当面听取群众对供水的意见";
    const winter = "去年冬天白沙村三十多户人家靠拉水车送水度日，班子却是从信访件里才知道的";
    expect(places).toEqual([
      // Longest first (by compared characters).
      { a: placeOf(a, 10, visit), b: placeOf(b, 11, visit) },
      { a: placeOf(a, 6, winter), b: placeOf(b, 7, winter) },
      // 一是…，… in one draft, "1. …, …" in the other: one passage, without the numbers.
      {
        a: placeOf(a, 4, "对基层反映的堆积如山的报表问题，没有及时拿出精简办法，基层干部意见较大"),
        b: placeOf(b, 4, "对基层反映的堆积如山的报表问题没有及时拿出精简办法, 基层干部意见较大"),
      },
    ]);
    expect(pair.passages.map((p) => p.text)).toEqual([visit, winter, "对基层反映的堆积如山的报表问题，没有及时拿出精简办法，基层干部意见较大"]);
    expect(pair.passages[2].b.text).toBe("对基层反映的堆积如山的报表问题没有及时拿出精简办法, 基层干部意见较大");
    expect(pair.score).toBeGreaterThan(0.2);
    expect(pair.score).toBeLessThan(0.6);
  });

  it("reports nothing for drafts that share only formulations, headings and the usual sentences", () => {
    expect(compareDrafts([draft("stock-a.txt"), draft("stock-b.txt")]).pairs).toEqual([]);
    // Even a low threshold finds nothing: what they share is stock text.
    expect(compareDrafts([draft("stock-a.txt"), draft("stock-b.txt")], { minChars: 8 }).pairs).toEqual([]);
  });

  it("finds the shared headings when stock text is not left out", () => {
    const { pairs } = compareDrafts([draft("stock-a.txt"), draft("stock-b.txt")], { stock: null });
    expect(pairs).toHaveLength(1);
    expect(pairs[0].passages.map((p) => p.text)).toContain("在带头严守政治纪律和政治规矩、维护党的团结统一方面");
  });

  it("reports a passage once when one draft repeats it", () => {
    const shared = "乡镇水管站的巡查记录有一半是补写的，真实性无从核对";
    const a = [{ text: `第一次检查发现，${shared}。` }, { text: `第二次复查仍然是${shared}。` }];
    const b = [{ text: `${shared}。` }];
    const { pairs } = compareDrafts([a, b]);
    expect(pairs[0].passages).toHaveLength(1);
    expect(pairs[0].score).toBe(1);
  });

  it("finds a passage whose lines one draft broke inside the sentence, told line by line", () => {
    const lines = ["窗口单位的叫号系统三天两头出故障，", "办事群众只好在大厅里反复排队，", "有的老人等了一上午也没办成。"];
    const a = [{ text: "今年春天我去政务大厅暗访时看到，" + lines.join("") }];
    const b = [{ text: "群众来信反映：" }, ...lines.map((text) => ({ text }))];
    const { pairs } = compareDrafts([a, b]);
    expect(pairs).toHaveLength(1);
    const pieces = pairs[0].passages;
    expect(pieces.map((p) => p.b.paragraph)).toEqual([1, 2, 3]);
    expect(pieces.map((p) => p.a.paragraph)).toEqual([0, 0, 0]);
    expect(pieces.map((p) => p.b.text)).toEqual(["窗口单位的叫号系统三天两头出故障", "办事群众只好在大厅里反复排队", "有的老人等了一上午也没办成"]);
    expect(pieces.map((p) => a[0].text.slice(p.a.start, p.a.end))).toEqual(pieces.map((p) => p.b.text));
  });

  it("compares every pair of a set, and leaves out the pairs that share nothing", () => {
    const { pairs, drafts } = compareDrafts([draft("three-a.txt"), draft("stock-a.txt"), draft("three-b.txt")]);
    expect(drafts).toHaveLength(3);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[0, 2]]);
  });
});

/** Random Chinese-looking text: characters from a block of 2,000, with punctuation between. */
const HAN = fc.integer({ min: 0x4e00, max: 0x4e00 + 2000 }).map((c) => String.fromCharCode(c));
const PUNCT = fc.constantFrom("，", "。", ", ", "、", " ", "；", "“", "”");
const text = (min: number, max: number) => fc.array(HAN, { minLength: min, maxLength: max }).map((xs) => xs.join(""));
/** A text with punctuation or spaces put between some of its characters. */
function reworded(s: string, marks: string[]): string {
  let out = "";
  [...s].forEach((c, i) => (out += c + (marks[i] ?? "")));
  return out;
}

describe("查重: properties on random text", () => {
  it("finds a shared passage of at least minChars wherever it stands, however punctuated, and reports only real ones", () => {
    fc.assert(
      fc.property(
        text(0, 80),
        text(0, 80),
        text(20, 60),
        text(0, 80),
        text(0, 80),
        fc.array(fc.option(PUNCT, { nil: undefined }), { maxLength: 60 }),
        fc.integer({ min: 8, max: 20 }),
        (a1, b1, shared, a2, b2, marks, minChars) => {
          // Different characters around the passage on each side, so that it cannot grow.
          const a = [{ text: "甲" + a1 }, { text: `${a1}乙${shared}丙${a2}` }];
          const b = [{ text: `${b1}丁${reworded(shared, marks.map((m) => m ?? ""))}戊${b2}` }];
          const { pairs } = compareDrafts([a, b], { minChars, stock: null });
          expect(pairs).toHaveLength(1);
          checkPassages(pairs[0], a, b, minChars);
          const start = a1.length + 1;
          const covering = pairs[0].passages.find((p) => p.a.paragraph === 1 && p.a.start <= start && p.a.end >= start + shared.length);
          expect(covering, "the shared passage").toBeDefined();
        },
      ),
      { numRuns: 200, seed: 20261202 },
    );
  });

  it("reports nothing for unrelated random drafts", () => {
    fc.assert(
      fc.property(fc.array(text(0, 120), { maxLength: 6 }), fc.array(text(0, 120), { maxLength: 6 }), (xs, ys) => {
        // Disjoint alphabets: no run of two characters in common.
        const a = xs.map((t) => ({ text: t }));
        const b = ys.map((t) => ({ text: [...t].map((c) => String.fromCharCode(c.charCodeAt(0) + 3000)).join("") }));
        expect(compareDrafts([a, b], { minChars: 8, stock: null }).pairs).toEqual([]);
      }),
      { numRuns: 100, seed: 20261202 },
    );
  });
});

/** Every passage is real text of both drafts, the same once normalised, long enough, and no two overlap. */
function checkPassages(pair: SimilarPair, a: { text: string }[], b: { text: string }[], minChars: number) {
  const seen = { a: [] as number[][], b: [] as number[][] };
  for (const p of pair.passages) {
    expect(a[p.a.paragraph].text.slice(p.a.start, p.a.end)).toBe(p.a.text);
    expect(b[p.b.paragraph].text.slice(p.b.start, p.b.end)).toBe(p.b.text);
    expect(normalizeText(p.a.text)).toBe(normalizeText(p.b.text));
    expect(p.own).toBeGreaterThanOrEqual(minChars);
    for (const side of ["a", "b"] as const) {
      const place = p[side];
      for (const [paragraph, start, end] of seen[side]) expect(paragraph !== place.paragraph || end <= place.start || start >= place.end).toBe(true);
      seen[side].push([place.paragraph, place.start, place.end]);
    }
  }
  for (let x = 1; x < pair.passages.length; x++) expect(pair.passages[x - 1].length).toBeGreaterThanOrEqual(pair.passages[x].length);
  expect(pair.score).toBeGreaterThan(0);
  expect(pair.score).toBeLessThanOrEqual(1);
}
