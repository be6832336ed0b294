import { measuresWithoutProblem, problemsWithoutCause, problemsWithoutMeasure, shortTitle, topicNames } from "../../core/correspondence";
import type { Correspondence, CorrespondenceGroup, CorrespondenceLink } from "../../core/correspondence/types";
import type { Finding, Severity } from "../../core/types";
import { ASPECT_STATUS_NAMES, KIND_NAMES, SEVERITY_NAMES, templateNoteText, VOICE_NAMES } from "../names";
import { inContext } from "./context";
import { attr, html, type Html } from "./escape";
import type { ReportDraft } from "./model";

/*
 * The table of drafts: one <tbody> per draft holding its row and its hidden detail row, so that
 * sorting and filtering move and hide the two together.
 */

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_SIGNS: Record<Severity, string> = { error: "✖", warning: "▲", info: "ℹ" };

/** The columns, in order: key (data-* of each tbody), header, and whether they sort as numbers. */
export const COLUMNS = [
  { key: "file", name: "文件", number: false, width: 24, title: "" },
  { key: "kind", name: "类型", number: false, width: 6, title: "个人或班子材料；讲话稿等不是对照检查材料" },
  { key: "meeting", name: "会议类型", number: false, width: 20, title: "" },
  { key: "missing", name: "缺少的方面", number: true, width: 11, title: "会议类型要求对照的方面中，没有写到的个数" },
  { key: "errors", name: "错误", number: true, width: 9, title: "" },
  { key: "warnings", name: "警告", number: true, width: 9, title: "" },
  { key: "infos", name: "提示", number: true, width: 9, title: "" },
  { key: "share", name: "篇幅", number: true, width: 12, title: "查摆问题、案例剖析和原因分析占正文（问题、剖析、原因、措施）的比例" },
] as const;

type Counts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** A number with a small bar (its share of the column's largest), never colour alone. */
function bar(value: number, max: number, label: string, className: string, text = String(value)): Html {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return html`<span class="count ${className}${value === 0 ? " zero" : ""}" title="${attr(label)}"><span class="bar" aria-hidden="true"><span style="width:${width}%"></span></span><span class="n">${text}</span></span>`;
}

function kindOf(d: ReportDraft): { text: string; title: string } {
  const a = d.analysis;
  if (a.kind !== "material") return { text: KIND_NAMES[a.kind], title: a.kindReason };
  return { text: a.voice ? VOICE_NAMES[a.voice] : "材料", title: `${KIND_NAMES.material}${a.voice ? `（${VOICE_NAMES[a.voice]}）` : ""}` };
}

/** The row's cells and the values it sorts and filters by. */
export function draftBody(d: ReportDraft, index: number, name: string, max: Counts): Html {
  const a = d.analysis;
  const c = a.checklist;
  const counts = countFindings(a.findings);
  const kind = kindOf(d);
  const missing = c ? c.aspects.filter((x) => x.status === "missing") : [];
  const inside = c ? c.aspects.filter((x) => x.status === "inside") : [];
  const share = c?.balance.share ?? null;
  const detailId = `draft-${index + 1}`;

  const meeting = c
    ? html`${c.templateName}${c.suggested ? html`<span class="tag" title="根据标题和开头识别">识别</span>` : ""}`
    : html`<span class="zero" title="${attr(a.templateNote ? templateNoteText(a.templateNote) : "未识别出会议类型")}">未选定</span>`;

  let aspects: Html;
  if (!c || c.aspects.length === 0) {
    aspects = html`<span class="zero" title="${attr(c?.writerDefinesAspects ? "此类型的方面由反馈意见决定，未检查" : "未检查方面")}">—</span>`;
  } else if (missing.length || inside.length) {
    const list = [...missing.map((x) => `${ASPECT_STATUS_NAMES.missing}：${x.name}`), ...inside.map((x) => `${ASPECT_STATUS_NAMES.inside}：${x.name}`)];
    aspects = html`<details class="aspects"><summary title="${attr(list.join("\n"))}">${missing.length}${inside.length ? `（另 ${inside.length} 个仅提及）` : ""}</summary><ul>${list.map((x) => html`<li>${x}</li>`)}</ul></details>`;
  } else {
    aspects = html`<span class="zero" title="${attr(`${c.aspects.length} 个方面都有`)}">0</span>`;
  }

  const voiceWarning = c?.voice.mismatch && c.voice.message ? html`<span class="tag bad" title="${attr(c.voice.message)}">⚠ 口吻</span>` : "";
  return html`<tbody data-index="${index}" data-file="${attr(name)}" data-kind="${attr(kind.text)}" data-meeting="${attr(c?.templateName ?? "")}" data-missing="${c && c.aspects.length ? missing.length : ""}" data-errors="${counts.error}" data-warnings="${counts.warning}" data-infos="${counts.info}" data-share="${share === null ? "" : Math.round(share * 1000) / 10}">
<tr class="row">
<td><button type="button" class="toggle" aria-expanded="false" aria-controls="${detailId}" title="${attr(d.file)}"><span class="arrow" aria-hidden="true">▸</span>${name}</button></td>
<td title="${attr(kind.title)}">${kind.text}${voiceWarning}</td>
<td>${meeting}</td>
<td class="num">${aspects}</td>
${SEVERITIES.map((s) => html`<td class="num">${bar(counts[s], max[s], `${SEVERITY_NAMES[s]} ${counts[s]} 处`, s)}</td>`)}
<td class="num">${share === null ? html`<span class="zero" title="未能计算">—</span>` : bar(share, 1, `问题、剖析和原因约占正文的 ${percent(share)}`, "share", percent(share))}</td>
</tr>
<tr class="detail" id="${detailId}" hidden><td colspan="${COLUMNS.length}">${draftDetail(d, name)}</td></tr>
</tbody>`;
}

/** What a row opens: the facts, the checklist, the findings in context and the correspondence. */
function draftDetail(d: ReportDraft, name: string): Html {
  const a = d.analysis;
  const c = a.checklist;
  const facts = [
    `${KIND_NAMES[a.kind]}${a.kind === "material" && a.voice ? `（${VOICE_NAMES[a.voice]}）` : ""}`,
    `共 ${a.characters} 字，${a.paragraphCount} ${d.unit}`,
    a.title ? `标题：${a.title.text}` : null,
  ].filter((x): x is string => x !== null);
  return html`<div class="draft-detail">
<h3>${name}</h3>
<p class="facts">${facts.join("　")}</p>
${a.kind !== "material" ? html`<p class="note">${a.kindReason}</p>` : ""}
${c ? checklistPart(d) : a.templateNote ? html`<p class="note">检查清单：未选定。${templateNoteText(a.templateNote)}</p>` : ""}
${findingsPart(d)}
${a.correspondence ? correspondencePart(a.correspondence, d) : ""}
</div>`;
}

function checklistPart(d: ReportDraft): Html {
  const c = d.analysis.checklist!;
  const place = (p: number | null) => (p === null ? "" : `（第 ${p + 1} ${d.unit}）`);
  const sign = (s: string) => (s === "present" ? html`<span class="yes">✓</span>` : s === "inside" ? html`<span class="half">◐</span>` : html`<span class="no">✗</span>`);
  return html`<h3>检查清单：${c.templateName}${c.suggested ? "（根据标题和开头识别）" : ""}</h3>
${c.confidence !== "high" ? html`<p class="note">注意：${c.note}</p>` : ""}
${c.voice.mismatch && c.voice.message ? html`<p class="note">⚠ ${c.voice.message}</p>` : ""}
<ul class="checks">
${c.parts.map((p) => html`<li>${sign(p.status)} ${p.name}${p.status === "present" ? place(p.paragraph) : "：缺少"}</li>`)}
${c.aspects.map((x) => html`<li>${sign(x.status)} ${x.name}：${ASPECT_STATUS_NAMES[x.status]}${place(x.paragraph)}</li>`)}
</ul>
${c.writerDefinesAspects && c.aspects.length === 0 ? html`<p class="note">此类型的方面由反馈意见决定，命令行中不检查（可用 --aspects 给出）。</p>` : ""}
${c.balance.share !== null ? html`<p class="note">篇幅：问题、剖析和原因约占正文的 ${percent(c.balance.share)}。</p>` : ""}`;
}

function findingsPart(d: ReportDraft): Html {
  const findings = d.analysis.findings;
  if (findings.length === 0) return html`<h3>发现的问题：无</h3>`;
  const counts = countFindings(findings);
  const summary = SEVERITIES.filter((s) => counts[s]).map((s) => `${SEVERITY_NAMES[s]} ${counts[s]}`).join("，");
  return html`<h3>发现的问题（${summary}）</h3>
<ol class="findings">
${findings.map((f) => {
  const paragraph = d.paragraphs[f.paragraph]?.text;
  // The finding's own text is what it points at; the paragraph gives the sentence around it.
  const context = paragraph !== undefined && paragraph.slice(f.start, f.end) === f.text ? inContext(paragraph, f.start, f.end) : f.text ? html`<mark>${f.text}</mark>` : "";
  return html`<li class="finding ${f.severity}"><span class="sev ${f.severity}">${SEVERITY_SIGNS[f.severity]} ${SEVERITY_NAMES[f.severity]}</span> <span class="where">第 ${f.paragraph + 1} ${d.unit}第 ${f.start + 1} 字</span> ${f.message}${f.fix ? html` <span class="tag">可自动修改</span>` : ""} <span class="rule">${f.rule}</span>${context ? html`<div class="context">${context}</div>` : ""}</li>`;
})}
</ol>`;
}

const isProblem = (g: CorrespondenceGroup) => g.part === "problems" || g.part === "case";

/**
 * The correspondence as a matrix per material (block): problem groups as rows, causes then
 * measures as columns; each cell a symbol and a word, the gaps the findings report marked.
 */
function correspondencePart(c: Correspondence, d: ReportDraft): Html {
  const problems = c.groups.filter(isProblem);
  if (problems.length === 0) return html`<h3>对应关系</h3><p class="note">未识别出问题分组，无法列出问题与原因、措施的对应。</p>`;
  const noMeasure = new Set(problemsWithoutMeasure(c).map((g) => g.id));
  const noCause = new Set(problemsWithoutCause(c).map((g) => g.id));
  const idle = new Set(measuresWithoutProblem(c).map((g) => g.id));
  const causeLinked = new Set(c.links.filter((l) => l.kind === "cause").map((l) => l.target));
  const links = new Map(c.links.map((l) => [`${l.problem}\n${l.target}`, l]));
  const rejected = new Set(c.writer.filter((w) => w.applied && !w.linked).map((w) => `${w.problem}\n${w.target}`));
  const blocks = [...new Set(c.groups.map((g) => g.block))].sort((x, y) => x - y);

  const cell = (p: CorrespondenceGroup, t: CorrespondenceGroup) => {
    const key = `${p.id}\n${t.id}`;
    const l: CorrespondenceLink | undefined = links.get(key);
    if (!l) return rejected.has(key) ? html`<td class="rejected" title="作者否定了自动判断的对应">✕ 作者否定</td>` : html`<td class="none" title="无对应">·</td>`;
    const why = topicNames(l.evidence.topics.map((x) => x.topic));
    const title = `${why ? `共同话题：${why}` : ""}${l.evidence.words.length ? `${why ? "；" : ""}共同词语：${l.evidence.words.slice(0, 4).join("、")}` : ""}`;
    if (l.source === "writer") return html`<td class="writer" title="${attr(title || "作者在加载项中确认的对应")}">✔ 作者确认</td>`;
    return l.strength === "strong" ? html`<td class="strong" title="${attr(title)}">● 强</td>` : html`<td class="weak" title="${attr(title)}">◐ 弱</td>`;
  };

  const tables = blocks.map((block) => {
    const rows = problems.filter((g) => g.block === block);
    const causes = c.groups.filter((g) => g.block === block && g.part === "causes");
    const measures = c.groups.filter((g) => g.block === block && g.part === "measures");
    if (rows.length === 0) return html``;
    // A measure that answers no problem is a finding (⚠); a cause that explains none is only told.
    const head = (g: CorrespondenceGroup, k: number, kind: string, gap: Html | "") =>
      html`<th scope="col" title="${attr(`${g.title}（第 ${g.heading.paragraph + 1} ${d.unit}）`)}">${kind}${k + 1} ${shortTitle(g.title, 10)}${gap ? html`<br>${gap}` : ""}</th>`;
    return html`<div class="matrix-wrap"><table class="matrix">
<caption>${blocks.length > 1 ? `第 ${block + 1} 份材料：` : ""}问题与原因、措施的对应（按内容判断，不按顺序）${causes.length ? "" : "；原因未分组，不列"}${measures.length ? "" : "；未找到整改措施分组"}</caption>
<thead>
<tr><th rowspan="2" scope="col">问题</th>${causes.length ? html`<th colspan="${causes.length}" scope="colgroup" class="group">原因</th>` : ""}${measures.length ? html`<th colspan="${measures.length}" scope="colgroup" class="group">措施</th>` : ""}</tr>
<tr>${causes.map((g, k) => head(g, k, "因", causeLinked.has(g.id) ? "" : html`<span class="note">未对应问题</span>`))}${measures.map((g, k) => head(g, k, "措", idle.has(g.id) ? html`<span class="gap">⚠ 未对应问题</span>` : ""))}</tr>
</thead>
<tbody>
${rows.map(
  (p) => html`<tr><th scope="row" title="${attr(`${p.title}（第 ${p.heading.paragraph + 1} ${d.unit}）`)}">${p.part === "case" ? "【案例】" : ""}${shortTitle(p.title, 18)}${noCause.has(p.id) ? html` <span class="gap">⚠ 无原因</span>` : ""}${noMeasure.has(p.id) ? html` <span class="gap">⚠ 无措施</span>` : ""}</th>${causes.map((t) => cell(p, t))}${measures.map((t) => cell(p, t))}</tr>`,
)}
</tbody>
</table></div>`;
  });
  return html`<h3>对应关系</h3>
${tables}
<p class="legend">● 强：回应了问题的大部分　◐ 弱：回应了一部分　✔ 作者确认：作者在加载项中确认或添加的对应　✕ 作者否定　· 无对应　⚠ 缺少对应（与“发现的问题”一致）</p>`;
}
