import type { Rule } from "./types";

/** Below this share of the body, problems and causes no longer carry the material. */
const MIN_SHARE = 0.5;

export const problemsShare: Rule = {
  meta: {
    id: "problems-share",
    category: "balance",
    severity: "info",
    name: "问题和原因篇幅偏少",
    description: "问题、案例剖析和原因合计不到正文（问题、剖析、原因、措施）的一半。",
    why: "对照检查重在查摆问题、剖析原因；审核时一般希望问题和原因占主要篇幅，措施写得比问题还长，容易被认为避重就轻。",
    example: { bad: "问题部分三百字，整改措施一千字。" },
    messages: {
      low: "问题、剖析和原因约占正文 {{share}}%，整改措施约占 {{measures}}%；审核时一般希望问题和原因占主要篇幅。",
    },
    fixable: false,
  },
  check({ analysis, paragraphs, report }) {
    const share = analysis.checklist?.balance.share;
    if (share === null || share === undefined || share >= MIN_SHARE) return;
    const measures = analysis.parts.find((p) => p.role === "measures");
    // Measures are present whenever the share is known; the finding goes on their heading.
    if (!measures) return;
    const percent = Math.round(share * 100);
    report({ messageId: "low", data: { share: percent, measures: 100 - percent }, paragraph: measures.paragraph, start: 0, end: paragraphs[measures.paragraph].text.length });
  },
};
