import type { FullName, KnownError } from "./types";

/** Long names checked character by character, and wrong or outdated forms seen in drafts. */
export const FULL_NAMES: FullName[] = [
  {
    id: "xi-thought",
    canonical: "习近平新时代中国特色社会主义思想",
    head: "习近平",
    middle: "新时代中国特色社会主义",
    tail: "思想",
    maxEdits: 2,
    source: 13,
    example: { bad: "我们坚持用习近平新时代中国特色主义思想武装头脑。", good: "我们坚持用习近平新时代中国特色社会主义思想武装头脑。" },
  },
  {
    id: "principal-contradiction",
    canonical: "人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾",
    head: "人民日益增长的",
    middle: "美好生活需要和不平衡不充分的发展",
    tail: "之间的矛盾",
    maxEdits: 2,
    // 同 for 和 is seen in official reprints.
    accepted: ["美好生活需要同不平衡不充分的发展"],
    source: 22,
    example: {
      bad: "社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分发展之间的矛盾。",
      good: "社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。",
    },
  },
  {
    id: "eight-rules-rules",
    canonical: "中央八项规定及其实施细则",
    head: "中央八项规定",
    middle: "及其",
    tail: "实施细则",
    maxEdits: 1,
    source: 32,
    example: { bad: "我严格执行中央八项规定及实施细则精神。", good: "我严格执行中央八项规定及其实施细则精神。" },
  },
  {
    id: "eight-rules-campaign",
    canonical: "深入贯彻中央八项规定精神学习教育",
    head: "深入贯彻",
    middle: "中央八项规定精神",
    tail: "学习教育",
    maxEdits: 2,
    source: 33,
    example: { bad: "按照深入贯彻中央八项规定学习教育的部署，我逐条对照查摆。", good: "按照深入贯彻中央八项规定精神学习教育的部署，我逐条对照查摆。" },
  },
];

export const KNOWN_ERRORS: KnownError[] = [
  {
    id: "core-central-committee",
    name: "以习近平同志为核心的党中央",
    // 以习近平总书记为核心、以习近平为核心、以总书记同志为核心、以习近平同志为核心党中央.
    pattern: /以(?:习近平(?:总书记|主席)?|总书记同志|习总书记)为核心的?党中央|以习近平同志为核心党中央/,
    needs: "为核心",
    right: "以习近平同志为核心的党中央",
    kind: "wrongName",
    source: 15,
    example: { bad: "始终在思想上同以习近平总书记为核心的党中央保持高度一致。", good: "始终在思想上同以习近平同志为核心的党中央保持高度一致。" },
  },
  {
    id: "two-establishes-guiding",
    name: "确立习近平新时代中国特色社会主义思想的指导地位",
    // 思想的 dropped before 指导地位 (seen in a draft).
    pattern: /习近平新时代中国特色社会主义的?(?=指导地位)/,
    needs: "指导地位",
    right: "习近平新时代中国特色社会主义思想的",
    kind: "wrongName",
    source: 1,
    example: { bad: "深刻领悟确立习近平新时代中国特色社会主义指导地位的决定性意义。", good: "深刻领悟确立习近平新时代中国特色社会主义思想的指导地位的决定性意义。" },
  },
  {
    id: "two-establishes-core",
    name: "确立习近平同志党中央的核心、全党的核心地位",
    // 两个确立 says 习近平同志; 总书记 belongs to 两个维护, or the title is missing.
    pattern: /确立习近平(?:总书记)?(?=党中央的核心)/,
    needs: "党中央的核心",
    right: "确立习近平同志",
    kind: "wrongName",
    source: 1,
    example: { bad: "深刻认识确立习近平总书记党中央的核心、全党的核心地位的重大意义。", good: "深刻认识确立习近平同志党中央的核心、全党的核心地位的重大意义。" },
  },
  {
    id: "two-upholds-core",
    name: "坚决维护习近平总书记党中央的核心、全党的核心地位",
    // 总书记 dropped (seen in a draft).
    pattern: /维护习近平(?=党中央的核心)/,
    needs: "党中央的核心",
    right: "维护习近平总书记",
    kind: "wrongName",
    source: 2,
    example: { bad: "坚决维护习近平党中央的核心、全党的核心地位。", good: "坚决维护习近平总书记党中央的核心、全党的核心地位。" },
  },
  {
    id: "sinicization-order",
    name: "马克思主义中国化时代化",
    pattern: /马克思主义时代化中国化/,
    needs: "马克思主义",
    right: "马克思主义中国化时代化",
    kind: "wrongName",
    source: 14,
    example: { bad: "这一思想是马克思主义时代化中国化最新成果。", good: "这一思想是马克思主义中国化时代化最新成果。" },
  },
  {
    id: "sinicization-outdated",
    name: "马克思主义中国化时代化最新成果",
    pattern: /马克思主义中国化(?=的?最新成果)/,
    needs: "最新成果",
    right: "马克思主义中国化时代化",
    kind: "outdated",
    // The 二十大 report (October 2022): a draft for 2023, or for 2022年度, is written after it.
    since: { year: 2023, event: "党的二十大" },
    source: 14,
    example: { bad: "这一思想是马克思主义中国化最新成果。", good: "这一思想是马克思主义中国化时代化最新成果。" },
  },
];
