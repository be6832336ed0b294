import type { Analysis, OutlineNode } from "../core/types";
import type { ChecklistResult } from "../core/checklist/checklist";
import { ASPECT_STATUS_NAMES, KIND_NAMES, PART_NAMES, SEVERITY_NAMES, templateNoteText, VOICE_NAMES } from "./names";

/**
 * What a paragraph number counts: 段 (paragraphs, as a reader of a .docx counts them) or 行 (the
 * lines of a .txt file, blank ones included, as an editor numbers them).
 */
export type PlaceUnit = "段" | "行";

function checklistText(c: ChecklistResult, unit: PlaceUnit): string[] {
  const out = [`检查清单：${c.templateName}${c.suggested ? "（根据标题和开头识别，可用 --template 指定）" : ""}`];
  if (c.confidence !== "high") out.push(`  注意：${c.note}`);
  for (const p of c.parts) {
    out.push(`  ${p.status === "present" ? "✓" : "✗"} ${p.name}${p.status === "present" ? `（第 ${p.paragraph! + 1} ${unit}）` : "：缺少"}`);
  }
  for (const x of c.aspects) {
    const where = x.paragraph !== null ? `，第 ${x.paragraph + 1} ${unit}` : "";
    out.push(`  ${x.status === "present" ? "✓" : "✗"} ${x.name}：${ASPECT_STATUS_NAMES[x.status]}${where}`);
  }
  if (c.writerDefinesAspects && c.aspects.length === 0) out.push("  此类型的方面由反馈意见决定，命令行中不检查。");
  if (c.balance.share !== null) out.push(`  篇幅：问题和原因约占 ${Math.round(c.balance.share * 100)}%`);
  return out;
}

/** The text a finding points at, short enough for one line. */
function quote(text: string): string {
  return text.length > 30 ? `「${text.slice(0, 30)}…」` : text ? `「${text}」` : "";
}

/** A readable Chinese report. Places count from 1, as a reader counts. */
export function toText(file: string, a: Analysis, unit: PlaceUnit = "段"): string {
  const out: string[] = [];
  const kind = KIND_NAMES[a.kind] + (a.kind === "material" && a.voice ? `（${VOICE_NAMES[a.voice]}）` : "");
  out.push(`文件：${file}`);
  out.push(`类型：${kind}　共 ${a.characters} 字，${a.paragraphCount} ${unit}`);
  if (a.kind !== "material") out.push(`说明：${a.kindReason}`);
  if (a.title) out.push(`标题：${a.title.text}`);
  if (a.parts.length) {
    out.push("", "组成部分：");
    for (const p of a.parts) {
      const groups = a.items.filter((i) => i.part === p.role && i.paragraph >= p.first && i.paragraph <= p.last).length;
      const where = p.first === p.last ? `第 ${p.first + 1} ${unit}` : `第 ${p.first + 1}–${p.last + 1} ${unit}`;
      const heading = p.heading ? `「${p.heading}」` : p.inferred ? "（无标题，按位置和内容判断）" : "";
      out.push(`  ${PART_NAMES[p.role]}　${where}${heading}${groups ? `，${groups} 组` : ""}`);
    }
  }
  if (a.outline.length) {
    out.push("", "结构：");
    const walk = (ns: readonly OutlineNode[], depth: number) => {
      for (const n of ns) {
        const title = n.title.length > 40 ? n.title.slice(0, 40) + "…" : n.title;
        out.push(`${"  ".repeat(depth + 1)}${n.label}${n.kind === "item" ? " " : ""}${title}　（第 ${n.paragraph + 1} ${unit}）`);
        walk(n.children, depth + 1);
      }
    };
    walk(a.outline, 0);
  }
  if (a.checklist) out.push("", ...checklistText(a.checklist, unit));
  else if (a.templateNote) out.push("", `检查清单：未选定。${templateNoteText(a.templateNote)}（命令行：--template 指定会议类型，或 --aspects 给出自定义清单的方面）`);
  out.push("", a.findings.length ? "发现的问题：" : "发现的问题：无");
  for (const f of a.findings) {
    out.push(`  [${SEVERITY_NAMES[f.severity]}] 第 ${f.paragraph + 1} ${unit}第 ${f.start + 1} 字：${f.message}${quote(f.text)}${f.fix ? "（可自动修改）" : ""}　${f.rule}`);
  }
  return out.join("\n");
}
