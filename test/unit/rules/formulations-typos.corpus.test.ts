import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { runRules } from "../../../src/core/rules/runner";
import { formulations } from "../../../src/core/rules/formulations";
import { typos } from "../../../src/core/rules/typos";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

/** What the two rules find in a corpus file: rule, message, line (from 1) and the text pointed at. */
function found(prefix: string) {
  const paragraphs = corpus(prefix);
  const { findings: _all, ...analysis } = analyze(paragraphs);
  return runRules(paragraphs, analysis, {}, [formulations, typos]).map((f) => ({
    rule: f.rule,
    messageId: f.messageId,
    line: f.paragraph + 1,
    text: f.text,
    fix: f.fix?.replacement,
  }));
}

describe.skipIf(!hasCorpus)(`formulations and typos on the real materials (${hasCorpus ? "../shared/corpus" : CORPUS_SKIP_REASON})`, () => {
  it("002: the thought's name with 社会 missing, and 主动新 for 主动性; nothing else", () => {
    expect(found("002")).toEqual([
      { rule: "formulations", messageId: "wrongName", line: 3, text: "习近平新时代中国特色主义思想", fix: "习近平新时代中国特色社会主义思想" },
      { rule: "typos", messageId: "typo", line: 11, text: "主动新", fix: "主动性" },
    ]);
  });

  // Every finding on the corpus is listed: a new one is a false alarm until a reader says otherwise.
  for (const prefix of ["000", "003", "004"]) {
    it(`${prefix}: nothing (its formulations and words are right, or damaged in ways other rules report)`, () => {
      expect(found(prefix)).toEqual([]);
    });
  }
});
