/**
 * Everything the pane does to the document. Each action plans on a fresh reading (never on the
 * one shown, which may be stale) and makes its changes in one batched host call; it returns what
 * to tell the writer.
 */
import type { DocumentHost } from "../../host/DocumentHost";
import type { Analysis, Finding, SourceParagraph } from "../../core/types";
import type { MeetingTemplate } from "../../core/checklist/template";
import type { PartRole } from "../../core/structure/roles";
import type { TextEdit } from "../../core/edits";
import { analyze } from "../../core/analyze";
import { planAspectInsertion, planPartInsertion, planRenumber, planSkeleton, type InsertionPlan } from "../../core/checklist/plan";
import { firstSlot, planInsertion, type InsertMode } from "../../core/phrases/insert";

export interface ActionResult {
  intent: "success" | "warning";
  text: string;
  /** What the writer may want done next, offered beside the message (顺延后面的序号). */
  followUp?: { label: string; run: () => Promise<ActionResult> };
}

async function fresh(host: DocumentHost, template: MeetingTemplate) {
  const paragraphs = await host.readParagraphs();
  return { paragraphs, analysis: analyze(paragraphs, { template }) };
}

export async function insertSkeleton(host: DocumentHost, template: MeetingTemplate, hasTitle: boolean): Promise<ActionResult> {
  const { refused } = await host.applyEdits([{ anchor: { location: "End" }, paragraphs: planSkeleton(template, { hasTitle }) }]);
  if (refused.length) return { intent: "warning", text: "未能插入提纲，请重试。" };
  return { intent: "success", text: `已插入“${template.name}”的提纲，请在【】处填写。` };
}

async function insertHeading(
  host: DocumentHost,
  template: MeetingTemplate,
  name: string,
  plan: (paragraphs: SourceParagraph[], analysis: Analysis) => InsertionPlan | { error: string },
): Promise<ActionResult> {
  const { paragraphs, analysis } = await fresh(host, template);
  const planned = plan(paragraphs, analysis);
  if ("error" in planned) return { intent: "warning", text: planned.error };
  const { refused } = await host.applyEdits([{ anchor: planned.anchor, paragraphs: planned.paragraphs }]);
  if (refused.length) return { intent: "warning", text: "文档刚刚有改动，未能插入标题，请再试一次。" };
  return {
    intent: "success",
    text: planned.listNumbered
      ? `已${planned.where}插入“${name}”。相邻标题使用 Word 自动编号，请为新标题应用相同的编号格式。`
      : `已${planned.where}插入“${name}”。`,
  };
}

export const insertAspectHeading = (host: DocumentHost, template: MeetingTemplate, aspect: { id: string; name: string }) =>
  insertHeading(host, template, aspect.name, (ps, a) => planAspectInsertion(ps, a, template, aspect.id));

export const insertPartHeading = (host: DocumentHost, template: MeetingTemplate, part: { role: PartRole; name: string }) =>
  insertHeading(host, template, part.name, (ps, a) => planPartInsertion(ps, a, template, part.role));

/** Make text edits (renumbering, fixes); each is refused by the host if its text has changed since. */
export async function applyTextEdits(host: DocumentHost, edits: readonly TextEdit[], done: string): Promise<ActionResult> {
  const { applied, refused } = await host.applyEdits(edits);
  if (refused.length === 0) return { intent: "success", text: done };
  return {
    intent: "warning",
    text: applied.length
      ? `已修改 ${applied.length} 处；另有 ${refused.length} 处的文字已被改动或无法自动修改，未作修改，请核对。`
      : `${refused.length} 处的文字已被改动或无法自动修改，未作修改，请核对。`,
  };
}

/** Renumber the headings whose numbers are taken twice, as the document reads now. */
export async function renumberHeadings(host: DocumentHost, template: MeetingTemplate | undefined): Promise<ActionResult> {
  const paragraphs = await host.readParagraphs();
  const edits = planRenumber(paragraphs, analyze(paragraphs, { template }));
  if (edits.length === 0) return { intent: "success", text: "标题序号已无重复，无需重新编号。" };
  return applyTextEdits(host, edits, "已重新编号。");
}

export const applyFindingFixes = (host: DocumentHost, findings: readonly Finding[]) =>
  applyTextEdits(host, findings.flatMap((f) => (f.fix ? [f.fix] : [])), findings.length === 1 ? "已修改。" : `已修改 ${findings.length} 处。`);

/** Turn findings into Word comments (批注), each on the text it points at. */
export async function commentFindings(host: DocumentHost, findings: readonly Finding[]): Promise<ActionResult> {
  const result = await host.addComments(
    findings.map((f) => ({ paragraph: f.paragraph, start: f.start, end: f.end, expected: f.text, text: `【对照检查助手】${f.message}` })),
  );
  if (result.unsupported) return { intent: "warning", text: "此版本的 Word 不支持由加载项添加批注（需要 WordApi 1.4，Word 2019 及以上版本可用）。" };
  if (result.refused.length) return { intent: "warning", text: `已添加 ${result.added} 条批注；${result.refused.length} 处的文字已被改动，未添加，请重新检查后再试。` };
  return { intent: "success", text: `已添加 ${result.added} 条批注。` };
}

/**
 * Insert a phrase where the cursor is: as the next item numbered from its neighbours, as a new
 * paragraph, or at the cursor; then select its first 【】 slot, so that typing replaces it.
 */
export async function insertPhrase(host: DocumentHost, text: string, mode: InsertMode): Promise<ActionResult> {
  const [paragraphs, cursor] = await Promise.all([host.readParagraphs(), host.getCursor()]);
  if (mode === "cursor" || !cursor) {
    await host.insertAtCursor(text);
    return { intent: "success", text: cursor || mode === "cursor" ? "已插入。" : "已插入到光标处（此版本的 Word 无法定位光标所在段落，不能自动编号）。" };
  }
  const plan = planInsertion(paragraphs, cursor.paragraph, text, mode);
  if (plan.where === "cursor") {
    await host.insertAtCursor(plan.text);
  } else {
    const { refused } = await host.applyEdits(plan.edits);
    if (refused.length) return { intent: "warning", text: "文档刚刚有改动，未能插入，请再试一次。" };
  }
  if (plan.select) {
    const slot = firstSlot(plan.text);
    const slotText = slot ? plan.text.slice(slot.start, slot.end) : undefined;
    await host.select({ ...plan.select, text: slotText });
  }
  const done = plan.label ? `已作为“${plan.label}”插入。` : "已插入。";
  if (plan.renumber.length === 0) return { intent: "success", text: done };
  // The items after it now repeat its number: offer to shift them (in the document as it is now,
  // a paragraph further down when one was inserted; an edit whose text has changed is refused).
  const shift = plan.where === "after" ? 1 : 0;
  const edits = plan.renumber.map((e) => (e.paragraph > plan.paragraph ? { ...e, paragraph: e.paragraph + shift } : e));
  return {
    intent: "success",
    text: `${done}后面还有 ${edits.length} 处序号与它重复。`,
    followUp: { label: "顺延后面的序号", run: () => applyTextEdits(host, edits, `已顺延 ${edits.length} 处序号。`) },
  };
}
