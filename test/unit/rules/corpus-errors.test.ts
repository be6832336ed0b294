import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { corpus, CORPUS_SKIP_REASON, hasCorpus } from "../../helpers/corpus";

/**
 * Every finding of severity error that all the rules together give on the real materials, each
 * read against its sentence: none is a false alarm. A new error here must be read the same way
 * before this list is changed. (Only the flagged words are kept here, never the sentences.)
 */
const ERRORS: Record<string, string[]> = {
  "000": [
    "damaged-names/initials 6 xjp",
    "damaged-names/initials 6 xjp",
    "duplicated-words/word 10 巡视巡视",
    "duplicated-words/word 12 巡视巡视",
    "placeholders/mask 12 xxx",
    "placeholders/mask 12 xx",
    "placeholders/mask 12 xx",
    "placeholders/mask 12 xxx",
    "duplicated-words/word 14 巡视巡视",
    "placeholders/mask 14 xx",
    "damaged-names/initials 28 xjp",
    "damaged-names/initials 28 xjp",
    "placeholders/count 30 x大",
  ],
  "002": ["formulations/wrongName 2 习近平新时代中国特色主义思想", "duplicated-words/character 19 还还", "duplicated-words/character 31 的的"],
  "003": [
    "placeholders/missingNumber 20 投入亿元",
    "placeholders/missingNumber 20 项目个",
    "placeholders/missingNumber 20 设立亿元",
    "placeholders/missingNumber 20 投入亿元",
    "placeholders/missingNumber 20 中小学所",
    "placeholders/missingNumber 20 幼儿园所",
    "placeholders/missingNumber 20 学位个",
    "placeholders/missingNumber 20 中心个",
    "placeholders/missingNumber 20 幸福院所",
    "placeholders/missingNumber 20 床位张",
    "placeholders/missingNumber 20 培训场",
    "placeholders/missingNumber 21 组织个",
    "placeholders/missingNumber 22 考察次",
    "placeholders/missingNumber 22 培训场",
    "placeholders/missingNumber 23 措施项",
  ],
  "004": [],
};

describe.skipIf(!hasCorpus)(`errors on the real materials${hasCorpus ? "" : ` (${CORPUS_SKIP_REASON})`}`, () => {
  for (const [file, expected] of Object.entries(ERRORS)) {
    it(`${file}: exactly the errors read and confirmed`, () => {
      const found = analyze(corpus(file))
        .findings.filter((f) => f.severity === "error")
        .map((f) => `${f.rule}/${f.messageId} ${f.paragraph} ${f.text}`);
      expect(found).toEqual(expected);
    });
  }
});
