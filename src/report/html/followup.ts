import type { DraftUnit, FollowUpResult } from "../../core/followup/types";
import type { CompareReport } from "../compare";
import { inContext } from "./context";
import { html, type Html } from "./escape";
import { side, type PageFile } from "./similarity";

/*
 * The follow-up check on the compare page (with --last-year): for each draft, last year's
 * measures, reported (with the sentence that reports it, marked in its paragraph) or skipped
 * (flagged, with what last year promised), then the problems that repeat last year's.
 */

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** A unit's number and words, cut to a line. */
function unitName(u: DraftUnit): string {
  const title = u.title.length > 40 ? u.title.slice(0, 40) + "…" : u.title;
  return `${u.label}${u.label && !/[、.．）)]$/.test(u.label) ? " " : ""}${title}`;
}

const at = (f: PageFile, paragraph: number, start?: number) => `第 ${paragraph + 1} ${f.unit}${start === undefined ? "" : `第 ${start + 1} 字`}`;

/** The unit's first span in its paragraph, marked. */
function unitText(f: PageFile, u: DraftUnit): Html | "" {
  const span = u.spans[0];
  const text = span && f.paragraphs[span.paragraph]?.text;
  return text === undefined ? "" : html`<div class="context">${inContext(text, span.start, span.end, 40)}</div>`;
}

export function followUpSection(files: readonly PageFile[], names: readonly string[], followUp: NonNullable<CompareReport["followUp"]>): Html {
  const last = files[followUp.lastYear];
  const lastName = names[followUp.lastYear];
  const drafts = followUp.drafts.map(({ file, result }) => draftPart(files[file], names[file], last, lastName, result, file));
  return html`<h2 id="followup">整改落实情况</h2>
<p>对照上年度材料 <strong>${lastName}</strong>：上年度的每条整改措施，今年的“上次整改落实情况”部分是否报告（按话题和词语判断，列出依据的句子）；今年查摆的问题是否与上年度几乎相同。</p>
${drafts.length ? drafts : html`<p class="note">没有可比对的今年材料。</p>`}`;
}

function draftPart(f: PageFile, name: string, last: PageFile, lastName: string, result: FollowUpResult, index: number): Html {
  const skipped = result.measures.filter((m) => m.status === "skipped").length;
  const part = result.part
    ? html`<p>“上次整改落实情况”部分：${result.part.first === result.part.last ? at(f, result.part.first) : `第 ${result.part.first + 1}–${result.part.last + 1} ${f.unit}`}${result.part.heading ? `「${result.part.heading}」` : ""}</p>`
    : html`<p><span class="no">✗</span> 未找到“上次整改落实情况”部分：上年度的整改措施都没有报告。</p>`;
  const count = result.measures.length
    ? html`<p>上年度整改措施 ${result.measures.length} 条：已报告 ${result.measures.length - skipped} 条，${skipped ? html`<strong class="no">未报告 ${skipped} 条</strong>` : "没有遗漏"}。</p>`
    : html`<p class="note">上年度材料中未找到整改措施。</p>`;
  const measures = result.measures.map((m) => {
    const where = html`<span class="where">上年度${at(last, m.measure.spans[0]?.paragraph ?? 0)}</span>`;
    if (m.status === "skipped") {
      return html`<li class="measure skipped"><span class="status no">✗ 未报告</span> ${unitName(m.measure)} ${where}${unitText(last, m.measure)}</li>`;
    }
    const e = m.evidence!;
    const shared = [...new Set([...e.terms, ...e.words])].slice(0, 6);
    const paragraph = f.paragraphs[e.sentence.paragraph]?.text;
    const found = paragraph !== undefined && paragraph.slice(e.sentence.start, e.sentence.end) === e.sentence.text;
    return html`<li class="measure reported"><span class="status yes">✓ 已报告</span> ${unitName(m.measure)} ${where}
<div class="context"><span class="where">今年${at(f, e.sentence.paragraph, e.sentence.start)}${shared.length ? `　共同：${shared.join("、")}` : ""}</span><br>${found ? inContext(paragraph, e.sentence.start, e.sentence.end, 40) : html`<mark>${e.sentence.text}</mark>`}</div></li>`;
  });
  const repeated = result.repeated.length
    ? html`<h4><span class="no">！</span> 与上年度几乎相同的问题 ${result.repeated.length} 条</h4>
<ol class="passages">
${result.repeated.map(
  (r) => html`<li><p>${unitName(r.problem)}（今年${at(f, r.problem.spans[0]?.paragraph ?? 0)}）：与上年度${r.lastYear ? `${at(last, r.lastYear.spans[0]?.paragraph ?? 0)}「${unitName(r.lastYear)}」` : "查摆的问题"}相同 ${percent(r.share)}</p>
${r.passages.map((s) => html`<div class="sides">${side(last, `上年度 ${lastName}`, s.a, s.text)}${side(f, name, s.b, f.paragraphs[s.b.paragraph]?.text.slice(s.b.start, s.b.end) ?? s.text)}</div>`)}</li>`,
)}
</ol>`
    : html`<p><span class="yes">✓</span> 没有与上年度几乎相同的问题。</p>`;
  return html`<section class="followup" id="followup-${index + 1}">
<h3>${name}</h3>
${part}${count}
${result.measures.length ? html`<ol class="measures">${measures}</ol>` : ""}
${repeated}
</section>`;
}
