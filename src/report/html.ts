import type { CompareReport } from "./compare";
import { COLUMNS, countFindings, draftBody, SEVERITIES } from "./html/draft";
import { html, type Html } from "./html/escape";
import { followUpSection } from "./html/followup";
import { PAIR_THRESHOLD, type BatchReport } from "./html/model";
import { page } from "./html/page";
import { listed, similaritySection } from "./html/similarity";

/*
 * The reviewer's pages: the batch report (`duizhao check … --report report.html`) and the page of
 * `duizhao compare --format html`. Each is one self-contained page to open from disk
 * (html/page.ts); every text from a draft or a file name is escaped (html/escape.ts).
 */

export type { BatchReport, ReportDraft, ReportUnreadable } from "./html/model";
export { PAIR_THRESHOLD };

/**
 * Names to show: the paths without the folder they all share (a directory given on the command
 * line), and that folder; "-" is standard input.
 */
export function displayNames(files: readonly string[]): { names: string[]; folder: string | null } {
  const parts = files.map((f) => f.split(/[/\\]/));
  const real = parts.filter((_, k) => files[k] !== "-");
  let shared = 0;
  if (real.length) {
    const first = real[0];
    while (shared < first.length - 1 && real.every((p) => p.length - 1 > shared && p[shared] === first[shared])) shared++;
  }
  const names = files.map((f, k) => (f === "-" ? "标准输入" : parts[k].slice(shared).join("/")));
  const folder = shared ? real[0].slice(0, shared).join("/") || "/" : null;
  return { names, folder };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The report as one HTML page. */
export function toHtml(report: BatchReport): string {
  const { drafts, unreadable } = report;
  const { names, folder } = displayNames([...drafts.map((d) => d.file), ...unreadable.map((u) => u.file)]);
  const draftNames = names.slice(0, drafts.length);
  const badNames = names.slice(drafts.length);
  const counts = drafts.map((d) => countFindings(d.analysis.findings));
  const max = Object.fromEntries(SEVERITIES.map((s) => [s, Math.max(0, ...counts.map((c) => c[s]))])) as Record<(typeof SEVERITIES)[number], number>;
  const withErrors = counts.filter((c) => c.error > 0).length;
  const pairs = report.similarity?.pairs.filter(listed).length ?? 0;
  const t = report.created;
  const when = t ? `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}` : null;

  const summary = [
    `共 ${drafts.length + unreadable.length} 个文件`,
    `${drafts.length} 份已检查`,
    `${withErrors} 份有错误`,
    unreadable.length ? `${unreadable.length} 个未能读取` : null,
    drafts.length >= 2 && report.similarity ? `查重 ${pairs} 对超过阈值` : null,
  ].filter(Boolean);

  const bad: Html = unreadable.length
    ? html`<section class="alert" id="unreadable"><h2>未能读取的文件（${unreadable.length}）</h2>
<p>这些文件没有检查，也不在下面的表格和查重中。</p>
<ul>${unreadable.map((u, k) => html`<li><strong>${badNames[k]}</strong>：${u.messageZh}<br><span class="note">${u.messageEn}</span></li>`)}</ul></section>`
    : html``;

  const table = drafts.length
    ? html`<div class="toolbar" role="search">
<label>按文件名筛选 <input type="search" id="filter-name" placeholder="输入文件名中的字"></label>
<label><input type="checkbox" id="filter-errors"> 只看有错误的</label>
<span id="filter-count" class="note" aria-live="polite">显示 ${drafts.length} / ${drafts.length} 份</span>
</div>
<p class="hint">点击列标题排序（再点一次倒序）；点击文件名展开这份材料的问题、检查清单和对应关系。</p>
<table id="drafts">
<colgroup>${COLUMNS.map((c) => html`<col style="width:${c.width}%">`)}</colgroup>
<thead><tr>${COLUMNS.map((c) => html`<th scope="col" data-key="${c.key}" data-type="${c.number ? "number" : "text"}"${c.title ? html` title="${c.title}"` : ""}><button type="button">${c.name}</button></th>`)}</tr></thead>
${drafts.map((d, k) => draftBody(d, k, draftNames[k], max))}
</table>`
    : html`<p class="note">没有可检查的材料。</p>`;

  return page({
    title: "对照检查材料审核报告",
    meta: html`${summary.join("，")}${when ? `　生成于 ${when}` : ""}${folder ? html`<br>文件夹：${folder}` : ""}`,
    nav: html`<a href="#overview">材料一览</a>${drafts.length >= 2 ? html`<a href="#similarity">查重</a>` : ""}${unreadable.length ? html`<a href="#unreadable">未能读取的文件</a>` : ""}`,
    main: html`${bad}
<section id="overview">
<h2>材料一览</h2>
${table}
</section>
<section>
${similaritySection(drafts, report.similarity, draftNames)}
</section>`,
    footer: html`<p>由“对照检查助手”（duizhao check --report）生成。结果是对文字的自动检查，供审核参考，不代替审读。查重阈值：相似度 ${Math.round(PAIR_THRESHOLD.score * 100)}%，或一段 ${PAIR_THRESHOLD.passage} 字。</p>
<p lang="en">Made by duizhao check --report: automatic checks of the text, to help a reviewer, not to replace reading.</p>`,
  });
}

/**
 * The page of `duizhao compare --format html`: the 查重 of the files (every pair that shares a
 * passage: the reviewer chose the files and --min-chars) and, with --last-year, the follow-up
 * check of each draft.
 */
export function compareToHtml(report: CompareReport): string {
  const { files, similarity, followUp } = report;
  const { names, folder } = displayNames(files.map((f) => f.file));
  const pairs = similarity.pairs.length;
  const summary = [
    `共 ${files.length} 个文件`,
    files.length >= 2 ? (pairs ? `${pairs} 对有共同段落` : "未发现共同段落") : null,
    followUp ? `上年度材料：${names[followUp.lastYear]}` : null,
  ].filter(Boolean);
  return page({
    title: followUp ? "对照检查材料比对报告（查重、整改落实情况）" : "对照检查材料比对报告（查重）",
    meta: html`${summary.join("，")}${folder ? html`<br>文件夹：${folder}` : ""}`,
    nav: html`<a href="#similarity">查重</a>${followUp ? html`<a href="#followup">整改落实情况</a>` : ""}`,
    main: html`<section>
${similaritySection(files, similarity, names, { all: true })}
</section>
${followUp ? html`<section>${followUpSection(files, names, followUp)}</section>` : ""}`,
    footer: html`<p>由“对照检查助手”（duizhao compare --format html）生成。结果是对文字的自动比对，供审核参考，不代替审读。</p>
<p lang="en">Made by duizhao compare --format html: an automatic comparison of the text, to help a reviewer, not to replace reading.</p>`,
  });
}
