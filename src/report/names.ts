/** Chinese names the pane and every report share. */
export { PART_NAMES } from "../core/structure/roles";

export const KIND_NAMES = { material: "对照检查材料", speech: "讲话稿", unknown: "未能识别" } as const;
export const VOICE_NAMES = { personal: "个人", team: "班子" } as const;
export const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;
export const ASPECT_STATUS_NAMES = { present: "已有", inside: "仅在其他方面中提及", missing: "缺少" } as const;

/** Why no meeting type was recognised, in words the pane and the reports share. */
export function templateNoteText(note: { reason: "year-unmatched" | "year-placeholder"; year: string; closest: string }): string {
  return note.reason === "year-placeholder"
    ? `标题或开头的年份写作“${note.year}”，尚未填写，无法确定会议类型（最接近的是“${note.closest}”）。请先填写年份，或选择会议类型、使用自定义清单。`
    : `材料写的是“${note.year}”，没有这一年度的会议类型（最接近的“${note.closest}”是另一年度的），未按其他年度的方面检查。请选择会议类型，或使用自定义清单。`;
}
