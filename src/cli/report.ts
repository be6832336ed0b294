import type { Analysis, OutlineNode } from "../core/types";
import { PART_NAMES } from "../core/structure/roles";
import type { ChecklistResult } from "../core/checklist/checklist";

const ASPECT_STATUS = { present: "有", inside: "仅在其他方面中提及", missing: "缺少" } as const;

function checklistText(c: ChecklistResult): string[] {
  const out = [`检查清单：${c.templateName}${c.suggested ? "（根据标题和开头识别，可用 --template 指定）" : ""}`];
  if (c.confidence !== "high") out.push(`  注意：${c.note}`);
  for (const p of c.parts) {
    out.push(`  ${p.status === "present" ? "✓" : "✗"} ${p.name}${p.status === "present" ? `（第 ${p.paragraph! + 1} 段）` : "：缺少"}`);
  }
  for (const x of c.aspects) {
    const where = x.paragraph !== null ? `，第 ${x.paragraph + 1} 段` : "";
    out.push(`  ${x.status === "present" ? "✓" : "✗"} ${x.name}：${ASPECT_STATUS[x.status]}${where}`);
  }
  if (c.writerDefinesAspects && c.aspects.length === 0) out.push("  此类型的方面由反馈意见决定，命令行中不检查。");
  if (c.voice.message) out.push(`  口吻：${c.voice.message}`);
  if (c.balance.share !== null) out.push(`  篇幅：问题和原因约占 ${Math.round(c.balance.share * 100)}%`);
  return out;
}

const KIND_NAMES = { material: "对照检查材料", speech: "讲话稿", unknown: "未能识别" } as const;
const VOICE_NAMES = { personal: "个人", team: "班子" } as const;
const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;

/** The JSON object for one file (documented in docs/cli-json.md). */
export function toJson(file: string, a: Analysis) {
  return {
    file,
    kind: a.kind,
    kindReason: a.kindReason,
    voice: a.voice,
    title: a.title?.text ?? null,
    paragraphs: a.paragraphCount,
    characters: a.characters,
    parts: a.parts.map((p) => ({
      role: p.role,
      name: PART_NAMES[p.role],
      heading: p.heading,
      paragraph: p.paragraph,
      first: p.first,
      last: p.last,
      inferred: p.inferred,
    })),
    items: a.items.map((i) => ({ id: i.id, part: i.part, title: i.title, paragraph: i.paragraph, children: i.children })),
    outline: a.outline.map(jsonNode),
    checklist: a.checklist,
    correspondence: a.correspondence,
    findings: a.findings,
  };
}

function jsonNode(n: OutlineNode): unknown {
  return {
    label: n.label,
    title: n.title,
    paragraph: n.paragraph,
    start: n.start,
    end: n.end,
    fromList: n.fromList,
    ...(n.children.length ? { children: n.children.map(jsonNode) } : {}),
  };
}

/** A readable Chinese report. Paragraph numbers count from 1, as a reader counts. */
export function toText(file: string, a: Analysis): string {
  const out: string[] = [];
  const kind = KIND_NAMES[a.kind] + (a.kind === "material" && a.voice ? `（${VOICE_NAMES[a.voice]}）` : "");
  out.push(`文件：${file}`);
  out.push(`类型：${kind}　共 ${a.characters} 字，${a.paragraphCount} 段`);
  if (a.kind !== "material") out.push(`说明：${a.kindReason}`);
  if (a.title) out.push(`标题：${a.title.text}`);
  if (a.parts.length) {
    out.push("", "组成部分：");
    for (const p of a.parts) {
      const groups = a.items.filter((i) => i.part === p.role && i.paragraph >= p.first && i.paragraph <= p.last).length;
      const where = p.first === p.last ? `第 ${p.first + 1} 段` : `第 ${p.first + 1}–${p.last + 1} 段`;
      const heading = p.heading ? `「${p.heading}」` : p.inferred ? "（无标题，按位置和内容判断）" : "";
      out.push(`  ${PART_NAMES[p.role]}　${where}${heading}${groups ? `，${groups} 组` : ""}`);
    }
  }
  if (a.outline.length) {
    out.push("", "结构：");
    const walk = (ns: readonly OutlineNode[], depth: number) => {
      for (const n of ns) {
        const title = n.title.length > 40 ? n.title.slice(0, 40) + "…" : n.title;
        out.push(`${"  ".repeat(depth + 1)}${n.label}${n.kind === "item" ? " " : ""}${title}　（第 ${n.paragraph + 1} 段）`);
        walk(n.children, depth + 1);
      }
    };
    walk(a.outline, 0);
  }
  if (a.checklist) out.push("", ...checklistText(a.checklist));
  out.push("", a.findings.length ? "发现的问题：" : "发现的问题：无");
  for (const f of a.findings) {
    out.push(`  [${SEVERITY_NAMES[f.severity]}] 第 ${f.paragraph + 1} 段第 ${f.start + 1} 字：${f.message}「${f.text}」`);
  }
  return out.join("\n");
}
