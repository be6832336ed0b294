import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { applyFixes, runRules } from "../../../src/core/rules/runner";
import type { Rule } from "../../../src/core/rules/types";
import type { Finding } from "../../../src/core/types";
import { achievementsInProblems } from "../../../src/core/rules/achievements-in-problems";
import { duplicatedWords } from "../../../src/core/rules/duplicated-words";
import { followupWithoutResults } from "../../../src/core/rules/followup-without-results";
import { problemWithoutExample } from "../../../src/core/rules/problem-without-example";
import { punctuation } from "../../../src/core/rules/punctuation";
import { vagueMeasures } from "../../../src/core/rules/vague-measures";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

/*
 * The text rules (字词重复, 标点符号) and the substance rules on the four real materials:
 * what they must find there, and every finding of severity error, listed and read one by one
 * (none is a false alarm). Run directly, so that they need no registration.
 */

const TEXT_RULES: Rule[] = [duplicatedWords, punctuation, problemWithoutExample, vagueMeasures, achievementsInProblems, followupWithoutResults];

function check(prefix: string) {
  const paragraphs = corpus(prefix);
  const { findings: _all, ...analysis } = analyze(paragraphs);
  const findings = runRules(paragraphs, analysis, {}, TEXT_RULES);
  return { paragraphs, analysis, findings, texts: paragraphs.map((p) => p.text) };
}

const where = (f: Finding) => `${f.rule}/${f.messageId} ${f.paragraph}:${f.start}-${f.end} ${f.text}`;
const of = (findings: Finding[], rule: string, messageId?: string) => findings.filter((f) => f.rule === rule && (messageId === undefined || f.messageId === messageId));

describe.skipIf(!hasCorpus)(`text rules on the real materials (${hasCorpus ? "../shared/corpus" : CORPUS_SKIP_REASON})`, () => {
  it("000: 巡视巡视 three times, the ASCII quotes mended in pairs", () => {
    const { findings, texts } = check("000");
    expect(of(findings, "duplicated-words").map(where)).toEqual([
      "duplicated-words/word 10:4-8 巡视巡视",
      "duplicated-words/word 12:4-8 巡视巡视",
      "duplicated-words/word 14:4-8 巡视巡视",
    ]);
    const quotes = of(findings, "punctuation", "asciiQuote");
    expect(quotes).toHaveLength(6);
    expect(quotes.map((f) => f.fix?.replacement).join("")).toBe("“”“”“”");
    const fixed = applyFixes(texts, quotes.map((f) => f.fix!)).texts;
    expect(fixed[6]).toContain("“两个维护”");
    expect(fixed[12]).toContain("“钉钉子”");
    expect(fixed.join("\n")).not.toContain('"');
  });

  it("002: 还还 and 的的, two ASCII commas", () => {
    const { findings, texts } = check("002");
    expect(of(findings, "duplicated-words").map(where)).toEqual(["duplicated-words/character 19:128-130 还还", "duplicated-words/character 31:40-42 的的"]);
    const fixed = applyFixes(texts, of(findings, "duplicated-words").map((f) => f.fix!)).texts;
    expect(fixed[19]).not.toContain("还还");
    expect(fixed[19].length).toBe(texts[19].length - 1);
    expect(fixed[31]).not.toContain("的的");
    expect(of(findings, "punctuation", "ascii").map((f) => f.text)).toEqual([",", ","]);
  });

  it("003: the ASCII commas (and every other ASCII mark) mended, and nothing left after the fixes", () => {
    const { findings, texts } = check("003");
    expect(of(findings, "duplicated-words")).toEqual([]);
    // Some 300 ASCII marks, told once a paragraph where a paragraph has several.
    const merged = of(findings, "punctuation", "asciiMany");
    expect(merged.length).toBeGreaterThanOrEqual(15);
    expect(of(findings, "punctuation").length).toBeLessThan(120);
    expect(merged.every((f) => !/[,;:!?"()]/.test(f.fix!.replacement))).toBe(true);
    // Every ASCII mark of the speech is in Chinese text and has a certain fix.
    const marks = of(findings, "punctuation");
    expect(marks.every((f) => f.fix !== undefined)).toBe(true);
    const fixed = applyFixes(texts, marks.map((f) => f.fix!));
    expect(fixed.refused).toEqual([]);
    expect(fixed.texts.join("\n")).not.toMatch(/[,;:!?"()]/);
    // A speech: no full stop is asked for, and the substance rules have nothing to judge.
    expect(of(findings, "punctuation", "noClosing")).toEqual([]);
    expect(findings.filter((f) => !["duplicated-words", "punctuation"].includes(f.rule))).toEqual([]);
  });

  it("004: the unmatched ‘ before 两个维护, the cause paragraph without closing punctuation", () => {
    const { findings, texts, analysis } = check("004");
    const unclosed = of(findings, "punctuation", "unclosed");
    expect(unclosed.map((f) => f.text)).toEqual(["‘"]);
    expect(texts[unclosed[0].paragraph].slice(unclosed[0].end, unclosed[0].end + 4)).toBe("两个维护");
    const noClosing = of(findings, "punctuation", "noClosing");
    expect(noClosing).toHaveLength(1);
    const causes = analysis.parts.find((p) => p.role === "causes")!;
    expect(noClosing[0].paragraph).toBeGreaterThanOrEqual(causes.first);
    expect(noClosing[0].paragraph).toBeLessThanOrEqual(causes.last);
    expect(noClosing[0].end).toBe(texts[noClosing[0].paragraph].trimEnd().length);
  });

  it("every finding of severity error, read one by one: the five duplicated words above", () => {
    const errors = ["000", "002", "003", "004"].flatMap((prefix) => check(prefix).findings.filter((f) => f.severity === "error").map((f) => `${prefix} ${where(f)}`));
    expect(errors).toEqual([
      "000 duplicated-words/word 10:4-8 巡视巡视",
      "000 duplicated-words/word 12:4-8 巡视巡视",
      "000 duplicated-words/word 14:4-8 巡视巡视",
      "002 duplicated-words/character 19:128-130 还还",
      "002 duplicated-words/character 31:40-42 的的",
    ]);
  });

  it("punctuation findings per material, by kind", () => {
    const counts = (prefix: string) => {
      const out: Record<string, number> = {};
      for (const f of of(check(prefix).findings, "punctuation")) out[f.messageId] = (out[f.messageId] ?? 0) + 1;
      return out;
    };
    expect(counts("000")).toEqual({ asciiQuote: 6 });
    expect(counts("002")).toEqual({ ascii: 2 });
    expect(counts("003")).toEqual({ ascii: 5, asciiMany: 19 });
    expect(counts("004")).toEqual({ ascii: 2, unclosed: 1, noClosing: 1 });
  });
});
