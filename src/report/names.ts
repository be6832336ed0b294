/** Chinese names the pane and every report share. */
export { PART_NAMES } from "../core/structure/roles";

export const KIND_NAMES = { material: "对照检查材料", speech: "讲话稿", unknown: "未能识别" } as const;
export const VOICE_NAMES = { personal: "个人", team: "班子" } as const;
export const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;
export const ASPECT_STATUS_NAMES = { present: "已有", inside: "仅在其他方面中提及", missing: "缺少" } as const;
