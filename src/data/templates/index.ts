import type { MeetingTemplate } from "../../core/checklist/template";
import { MEETING_2023_ZHUTI_LIUGE } from "./2023-zhuti-liuge";
import { MEETING_2023_NIANDU_ZHUANTI } from "./2023-niandu-zhuanti";
import { MEETING_2024_NIANDU_SIGE_DAITOU } from "./2024-niandu-sige-daitou";
import { MEETING_2025_NIANDU_WUGE_DAITOU } from "./2025-niandu-wuge-daitou";
import { MEETING_2019_BUWANG_CHUXIN } from "./2019-buwang-chuxin";
import { MEETING_ZUZHI_DANGYUAN } from "./zuzhi-dangyuan";
import { MEETING_ZUZHI_ZHIBU_BANZI } from "./zuzhi-zhibu-banzi";
import { MEETING_XUNSHI_ZHENGGAI } from "./xunshi-zhenggai";

/*
 * Meeting types and their required aspects (重点对照检查方面).
 *
 * Source of truth: shared/domain/aspects.md (lists, sources, confidence). The texts in this
 * folder (headings in draft wording, titles, preambles, notes) are written for this project.
 *
 * One file per meeting type, named by its id. The order of MEETING_TEMPLATES is the order the
 * pane lists the types in, and of two types with the same score the first is suggested.
 *
 * Matching rule the data is built for: a heading matches an aspect when it contains any of
 * the aspect's terms. Hence, within one template, no term may occur in another aspect's
 * heading (checked by test/unit/data/templates.test.ts), and terms are listed longest first.
 *
 * Detect weights, as a rough scale: 8 = a marker of this list alone (e.g. "五个带头");
 * 5–6 = a strong marker of the meeting type or a member pair of the list; 3–4 = year or
 * campaign; 1–2 = weak hints shared with other types.
 */
export const MEETING_TEMPLATES: MeetingTemplate[] = [
  MEETING_2023_ZHUTI_LIUGE,
  MEETING_2023_NIANDU_ZHUANTI,
  MEETING_2024_NIANDU_SIGE_DAITOU,
  MEETING_2025_NIANDU_WUGE_DAITOU,
  MEETING_2019_BUWANG_CHUXIN,
  MEETING_ZUZHI_DANGYUAN,
  MEETING_ZUZHI_ZHIBU_BANZI,
  MEETING_XUNSHI_ZHENGGAI,
];

/** The template with this id, if any. */
export function findTemplate(id: string): MeetingTemplate | undefined {
  return MEETING_TEMPLATES.find((t) => t.id === id);
}
