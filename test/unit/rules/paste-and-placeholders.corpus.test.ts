import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { runRules } from "../../../src/core/rules/runner";
import { placeholders } from "../../../src/core/rules/placeholders";
import { damagedNames } from "../../../src/core/rules/damaged-names";
import { junk } from "../../../src/core/rules/junk";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

/**
 * The placeholders, damaged-names and junk rules on the real materials: what each finds, as
 * `paragraph rule/message text`. The error findings are listed whole (each read against its
 * sentence: none is a false alarm), so a new error on the corpus fails here until it is read.
 */
const RULES = [placeholders, damagedNames, junk];

function found(prefix: string) {
  const paragraphs = corpus(prefix);
  const { findings: _all, ...analysis } = analyze(paragraphs);
  return runRules(paragraphs, analysis, {}, RULES);
}
const line = (f: { paragraph: number; rule: string; messageId: string; text: string }) => `${f.paragraph} ${f.rule}/${f.messageId} ${f.text}`;
const errors = (prefix: string) => found(prefix).filter((f) => f.severity === "error").map(line);
const warnings = (prefix: string) => found(prefix).filter((f) => f.severity !== "error").map(line);

describe.skipIf(!hasCorpus)(`placeholders, damaged names and junk in the real materials (${hasCorpus ? "../shared/corpus" : CORPUS_SKIP_REASON})`, () => {
  it("000: the xjp names (restored), the xx/xxx placeholders and a lone x before 大", () => {
    expect(errors("000")).toEqual([
      "6 damaged-names/initials xjp",
      "6 damaged-names/initials xjp",
      "12 placeholders/mask xxx",
      "12 placeholders/mask xx",
      "12 placeholders/mask xx",
      "12 placeholders/mask xxx",
      "14 placeholders/mask xx",
      "28 damaged-names/initials xjp",
      "28 damaged-names/initials xjp",
      "30 placeholders/count x大",
    ]);
    expect(found("000").filter((f) => f.rule === "damaged-names").map((f) => f.fix?.replacement)).toEqual(["习近平", "习近平", "习近平", "习近平"]);
    expect(warnings("000")).toEqual([]);
  });

  it("002: nothing", () => {
    expect(found("002").map(line)).toEqual([]);
  });

  it("003: the numbers missing before 亿元, 个, 所, 场, 张, 项 and 次, and the - 2 - footer", () => {
    expect(errors("003")).toEqual([
      "20 placeholders/missingNumber 投入亿元",
      "20 placeholders/missingNumber 项目个",
      "20 placeholders/missingNumber 设立亿元",
      "20 placeholders/missingNumber 投入亿元",
      "20 placeholders/missingNumber 中小学所",
      "20 placeholders/missingNumber 幼儿园所",
      "20 placeholders/missingNumber 学位个",
      "20 placeholders/missingNumber 中心个",
      "20 placeholders/missingNumber 幸福院所",
      "20 placeholders/missingNumber 床位张",
      "20 placeholders/missingNumber 培训场",
      "21 placeholders/missingNumber 组织个",
      "22 placeholders/missingNumber 考察次",
      "22 placeholders/missingNumber 培训场",
      "23 placeholders/missingNumber 措施项",
    ]);
    expect(warnings("003")).toEqual(["26 junk/pageNumber - 2 -"]);
  });

  it("004: the ##paidbegin## and ##paidend## markers, deleted by their fixes", () => {
    expect(errors("004")).toEqual([]);
    const markers = found("004");
    expect(markers.map(line)).toEqual(["7 junk/marker ##paidbegin##", "20 junk/marker ##paidend##"]);
    expect(markers.map((f) => f.fix?.replacement)).toEqual(["", ""]);
  });
});
