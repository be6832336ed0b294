import { INVISIBLE_CLASS } from "../core/text/invisible";
import type { Analysis, OutlineNode } from "../core/types";
import type { ChecklistResult } from "../core/checklist/checklist";
import type { Correspondence } from "../core/correspondence";
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

/**
 * Each problem group with the causes and measures that answer it: strength, and 作者确认 for the
 * writer's own links (saved in the document by the add-in).
 */
function correspondenceText(c: Correspondence, unit: PlaceUnit): string[] {
  const byId = new Map(c.groups.map((g) => [g.id, g]));
  const name = (id: string) => {
    const g = byId.get(id)!;
    return g.title.length > 16 ? `${g.title.slice(0, 16)}…` : g.title;
  };
  const out = ["对应关系（问题 → 原因、措施；按内容对应，不按顺序）："];
  for (const g of c.groups) {
    if (g.part !== "problems" && g.part !== "case") continue;
    const links = c.links.filter((l) => l.problem === g.id);
    const list = (kind: "cause" | "measure") => {
      const ls = links.filter((l) => l.kind === kind);
      return ls.length ? ls.map((l) => `${name(l.target)}（${l.source === "writer" ? "作者确认" : l.strength === "strong" ? "强" : "弱"}）`).join("；") : "无";
    };
    out.push(`  ${name(g.id)}　（第 ${g.heading.paragraph + 1} ${unit}）`, `    原因：${list("cause")}`, `    措施：${list("measure")}`);
  }
  const rejected = c.writer.filter((w) => w.applied && !w.linked).length;
  if (rejected) out.push(`  作者否定了 ${rejected} 处自动判断的对应。`);
  return out;
}

/**
 * Characters that must not reach a terminal raw: invisible ones (zero-width, bidi controls,
 * which can reorder what a reviewer sees) and control characters. Shown as <U+200B>.
 */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${INVISIBLE_CLASS}]`, "g");

export function escapeForTerminal(s: string): string {
  return s.replace(UNSAFE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
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
  if (a.correspondence?.groups.some((g) => g.part === "problems" || g.part === "case")) out.push("", ...correspondenceText(a.correspondence, unit));
  out.push("", a.findings.length ? "发现的问题：" : "发现的问题：无");
  for (const f of a.findings) {
    out.push(`  [${SEVERITY_NAMES[f.severity]}] 第 ${f.paragraph + 1} ${unit}第 ${f.start + 1} 字：${f.message}${quote(f.text)}${f.fix ? "（可自动修改）" : ""}　${f.rule}`);
  }
  return escapeForTerminal(out.join("\n"));
}
