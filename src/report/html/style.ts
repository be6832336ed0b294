/*
 * The page's stylesheet: system fonts only (nothing fetched), colours that still read in grey
 * print, every colour paired with a symbol or a number, and an A4 print layout without
 * horizontal overflow.
 */
export const STYLE = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad;
  --err: #b3261e; --warn: #9a6700; --info: #0b5cad; --ok: #1a7f37; --mark: #ffe58a;
  color-scheme: light;
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; padding: 24px 28px 48px; max-width: 1180px; color: var(--ink); background: #fff;
  font: 15px/1.6 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  overflow-wrap: anywhere;
}
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.25em; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin: 18px 0 6px; }
p { margin: 6px 0; }
a { color: var(--accent); }
.meta, .hint, .note { color: var(--muted); font-size: 0.9em; }
nav a { margin-right: 1em; }
.alert { border: 1px solid var(--err); border-left-width: 6px; background: #fff5f5; padding: 8px 14px; margin: 16px 0; }
.alert h2 { border: 0; margin: 4px 0; font-size: 1.1em; color: var(--err); }
.alert li { margin: 4px 0; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; margin: 8px 0; }
.toolbar input[type=search] { font: inherit; padding: 3px 8px; width: 16em; max-width: 100%; border: 1px solid var(--line); border-radius: 4px; }
button { font: inherit; color: inherit; }
table { border-collapse: collapse; }
#drafts { width: 100%; font-size: 0.94em; table-layout: fixed; }
#drafts > thead th { position: sticky; top: 0; background: #eef2f6; border-bottom: 2px solid var(--line); text-align: left; vertical-align: bottom; padding: 0; }
#drafts > thead th button { all: unset; display: block; padding: 6px 8px; cursor: pointer; }
#drafts > thead th button:focus-visible, .toggle:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
#drafts > thead th button::after { content: "⇅"; color: #9aa4ad; margin-left: 4px; font-size: 0.85em; }
#drafts > thead th[aria-sort=ascending] button::after { content: "▲"; color: var(--ink); }
#drafts > thead th[aria-sort=descending] button::after { content: "▼"; color: var(--ink); }
#drafts > tbody > tr.row > td { border-bottom: 1px solid var(--line); padding: 5px 8px; vertical-align: top; }
#drafts > tbody > tr.row:hover > td { background: var(--soft); }
#drafts td.num { white-space: nowrap; }
.toggle { all: unset; cursor: pointer; color: var(--accent); display: inline; }
.toggle .arrow { display: inline-block; width: 1em; transition: transform 0.1s; color: var(--muted); }
.toggle[aria-expanded=true] .arrow { transform: rotate(90deg); }
.tag { display: inline-block; font-size: 0.78em; line-height: 1.4; padding: 0 5px; border: 1px solid var(--line); border-radius: 8px; color: var(--muted); margin-left: 4px; white-space: nowrap; }
.tag.bad { border-color: var(--err); color: var(--err); }
.count { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 2px 5px; }
.bar { display: inline-block; width: 44px; height: 8px; background: #eceff2; border-radius: 4px; overflow: hidden; }
.bar > span { display: block; height: 100%; }
.error .bar > span { background: var(--err); }
.warning .bar > span { background: var(--warn); }
.info .bar > span { background: var(--info); }
.share .bar > span { background: #6e7781; }
.count .n { min-width: 1.6em; text-align: right; font-variant-numeric: tabular-nums; }
.zero { color: #9aa4ad; }
details.aspects summary { cursor: pointer; }
details.aspects ul { margin: 4px 0; padding-left: 1.2em; font-size: 0.9em; white-space: normal; }
tr.detail > td { padding: 4px 12px 18px 28px; border-bottom: 2px solid var(--line); background: #fbfcfd; }
.facts { color: var(--muted); }
ul.checks { list-style: none; padding: 0; margin: 4px 0; columns: 2 22em; }
ul.checks li { break-inside: avoid; }
.yes { color: var(--ok); }
.no { color: var(--err); }
.half { color: var(--warn); }
ol.findings { padding-left: 1.6em; margin: 4px 0; }
ol.findings > li { margin: 8px 0; break-inside: avoid; }
.sev { font-weight: bold; white-space: nowrap; }
.sev.error { color: var(--err); }
.sev.warning { color: var(--warn); }
.sev.info { color: var(--info); }
.where, .rule { color: var(--muted); font-size: 0.88em; }
.rule { font-family: ui-monospace, Consolas, monospace; }
.context { margin: 4px 0 0; padding: 4px 10px; border-left: 3px solid var(--line); background: #fff; }
mark { background: var(--mark); color: inherit; padding: 0 1px; border-bottom: 2px solid #d4a72c; }
mark.point { background: none; border: 0; color: var(--err); font-weight: bold; }
.unseen { font-size: 0.8em; color: var(--err); border: 1px dashed var(--err); padding: 0 2px; }
.matrix-wrap { overflow-x: auto; }
table.matrix { font-size: 0.88em; margin: 6px 0; }
table.matrix caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: 3px 6px; }
table.matrix thead th { background: #eef2f6; font-weight: normal; vertical-align: bottom; min-width: 5em; max-width: 10em; }
table.matrix th.group { font-weight: bold; text-align: center; }
table.matrix tbody th { text-align: left; font-weight: normal; max-width: 16em; }
table.matrix td { text-align: center; white-space: nowrap; }
td.strong { background: #dcf1e1; }
td.weak { background: #f3f7e8; }
td.writer { background: #dbeafe; }
td.rejected { color: var(--muted); }
td.none { color: #b6bec6; }
.gap { color: var(--err); font-weight: bold; white-space: nowrap; font-size: 0.9em; }
.legend { font-size: 0.85em; color: var(--muted); }
.heat-wrap { overflow-x: auto; }
table.heat { font-size: 0.85em; margin: 8px 0; }
table.heat caption { text-align: left; padding-bottom: 4px; }
table.heat th, table.heat td { border: 1px solid var(--line); padding: 2px 4px; text-align: center; }
table.heat thead th { background: #eef2f6; min-width: 2.6em; }
table.heat tbody th { text-align: left; font-weight: normal; min-width: 10em; max-width: 22em; }
table.heat td { min-width: 3.2em; font-variant-numeric: tabular-nums; }
table.heat td a { color: inherit; text-decoration: none; display: block; }
table.heat td.self { background: repeating-linear-gradient(45deg, #f0f2f4, #f0f2f4 3px, #fff 3px, #fff 6px); }
.h0 { background: #fff; color: #9aa4ad; }
.h1 { background: #fde9d9; }
.h2 { background: #f9c9a5; }
.h3 { background: #f2a06d; }
.h4 { background: #e0703f; color: #fff; font-weight: bold; }
.h5 { background: #b8401f; color: #fff; font-weight: bold; }
details.pair { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; padding: 0 12px; }
details.pair > summary { cursor: pointer; padding: 8px 0; font-weight: bold; }
details.pair[open] > summary { border-bottom: 1px solid var(--line); }
ol.passages { padding-left: 1.6em; }
ol.passages > li { margin: 10px 0; break-inside: avoid; }
.sides { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 10px; }
.side { border: 1px solid var(--line); border-radius: 4px; padding: 4px 10px; background: #fff; }
.side .where { display: block; border-bottom: 1px dashed var(--line); margin-bottom: 4px; }
ol.measures { padding-left: 1.6em; margin: 4px 0; }
ol.measures > li { margin: 8px 0; break-inside: avoid; }
.status { font-weight: bold; white-space: nowrap; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--line); padding-top: 8px; }

@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav, .toolbar, .hint { display: none; }
  #drafts > thead th { position: static; }
  #drafts > thead th button::after { content: none; }
  #drafts > thead th[aria-sort=ascending] button::after { content: "▲"; }
  #drafts > thead th[aria-sort=descending] button::after { content: "▼"; }
  #drafts > thead th { white-space: normal; }
  tr.detail[hidden] { display: table-row; }
  #drafts > tbody > tr.row > td { padding: 3px 4px; }
  #drafts > thead th button { padding: 4px; }
  tr.detail > td { padding: 4px 4px 14px 12px; }
  .bar { width: 26px; }
  /* The detail below lists the aspects with their places: the cell keeps its number. */
  details.aspects > ul { display: none; }
  details.aspects > summary { list-style: none; }
  tbody[hidden] { display: none; }
  .toggle { color: inherit; }
  .toggle .arrow { display: none; }
  .matrix-wrap, .heat-wrap { overflow: visible; }
  table.matrix td { white-space: normal; }
  table.heat { font-size: 7pt; }
  table.heat th, table.heat td { padding: 1px 2px; min-width: 0; }
  table.heat thead th { min-width: 0; }
  table.heat tbody th { max-width: 10em; }
  details.pair { break-inside: auto; }
  .sides { grid-template-columns: 1fr 1fr; }
  a { text-decoration: none; color: inherit; }
  h2 { break-after: avoid; }
  .h0, .h1, .h2, .h3, .h4, .h5, td.strong, td.weak, td.writer, mark, .bar > span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
