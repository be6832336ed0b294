import type { Place, SimilarityResult, SimilarPair } from "../../core/similarity/types";
import { inContext } from "./context";
import { attr, html, type Html } from "./escape";
import { PAIR_THRESHOLD, type ReportDraft } from "./model";

/*
 * The 查重 section: the pairs above the threshold (the batch report) or all of them (the compare
 * page) as a heat map (files × files, shade and percentage), then each pair's shared passages
 * side by side, highlighted in each paragraph.
 */

/** What the section needs of a file: its paragraphs, and what a paragraph number counts. */
export type PageFile = Pick<ReportDraft, "paragraphs" | "unit">;

/** A grid wider than this many files lists only the files of the pairs shown. */
const FULL_GRID = 20;

const percent = (x: number) => `${Math.round(x * 100)}%`;

export function listed(pair: SimilarPair): boolean {
  return pair.score >= PAIR_THRESHOLD.score || pair.passages.some((p) => p.own >= PAIR_THRESHOLD.passage);
}

/** The shade of a cell: 0 (nothing) to 5, by score. */
function shade(score: number): number {
  return score <= 0 ? 0 : score < 0.1 ? 1 : score < 0.25 ? 2 : score < 0.5 ? 3 : score < 0.75 ? 4 : 5;
}

const pairId = (p: SimilarPair) => `pair-${p.a + 1}-${p.b + 1}`;

/**
 * `drafts` and `names` in the order of the pairs' indexes; `all`: list every pair that shares a
 * passage, not only those above the threshold.
 */
export function similaritySection(drafts: readonly PageFile[], similarity: SimilarityResult | null, names: readonly string[], { all = false } = {}): Html {
  const intro = html`<h2 id="similarity">查重</h2>`;
  if (drafts.length < 2) return html`${intro}<p class="note">少于两份材料，未查重。</p>`;
  if (!similarity) return html`${intro}<p class="note">查重未能完成，见命令行的错误信息。</p>`;
  const shown = all ? () => true : listed;
  const pairs = similarity.pairs.filter(shown);
  const total = (drafts.length * (drafts.length - 1)) / 2;
  const below = similarity.pairs.length - pairs.length;
  const which = all
    ? html`列出<strong>有共同段落</strong>的两份材料：共 ${pairs.length} 对`
    : html`列出<strong>相似度不低于 ${percent(PAIR_THRESHOLD.score)}，或有一段共同文字不少于 ${PAIR_THRESHOLD.passage} 字</strong>的两份材料：共 ${pairs.length} 对${below ? `；另有 ${below} 对只有少量共同文字，未列出` : ""}`;
  const rule = html`<p>比对了 ${drafts.length} 份材料的每两份（共 ${total} 对）。${which}。</p>
<p class="note">相似度：较短一篇的自有文字中与另一篇相同的比例。每段共同文字至少 ${similarity.minChars} 字；标点、空格、编号的差别不计，规范表述、方面标题、常用语等人人都会写的文字不算共同。</p>`;
  if (pairs.length === 0) return html`${intro}${rule}<p><span class="yes">✓</span> ${all ? "未发现共同段落。" : "未发现超过阈值的共同文字。"}</p>`;

  const involved = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const files = drafts.length <= FULL_GRID ? drafts.map((_, k) => k) : [...involved].sort((x, y) => x - y);
  const byPair = new Map(similarity.pairs.map((p) => [`${p.a},${p.b}`, p]));
  const cell = (i: number, j: number) => {
    if (i === j) return html`<td class="self" title="同一份"><span aria-label="同一份">—</span></td>`;
    const p = byPair.get(`${Math.min(i, j)},${Math.max(i, j)}`);
    const title = `${names[i]} ↔ ${names[j]}`;
    if (!p) return html`<td class="h0" title="${attr(`${title}：无共同文字`)}">·</td>`;
    const text = percent(p.score);
    if (!shown(p)) return html`<td class="h0" title="${attr(`${title}：相似度 ${text}，低于阈值`)}">${text}</td>`;
    return html`<td class="h${shade(p.score)}" title="${attr(`${title}：相似度 ${text}，共同段落 ${p.passages.length} 段`)}"><a href="#${pairId(p)}">${text}</a></td>`;
  };
  const grid = html`<p class="note">${files.length < drafts.length ? `只列出${all ? "有共同段落" : "有超过阈值的共同文字"}的 ${files.length} 份材料。` : ""}格中为相似度，颜色越深越相似；点击百分比进入共同段落。</p>
<div class="heat-wrap"><table class="heat">
<thead><tr><th scope="col">材料</th>${files.map((i) => html`<th scope="col" title="${attr(names[i])}">${i + 1}</th>`)}</tr></thead>
<tbody>
${files.map((i) => html`<tr><th scope="row" title="${attr(names[i])}">${i + 1}. ${names[i]}</th>${files.map((j) => cell(i, j))}</tr>`)}
</tbody>
</table></div>`;

  return html`${intro}${rule}${grid}
${pairs.map((p, k) => pairDetails(p, drafts, names, k < 3))}`;
}

/** A shared passage in one draft: where it is, and its paragraph around it with the passage marked. */
export function side(d: PageFile, name: string, place: Place, passage: string): Html {
  const text = d.paragraphs[place.paragraph]?.text ?? passage;
  const found = text.slice(place.start, place.end) === passage;
  return html`<div class="side"><span class="where">${name}　第 ${place.paragraph + 1} ${d.unit}第 ${place.start + 1} 字</span>${found ? inContext(text, place.start, place.end, 80) : html`<mark>${passage}</mark>`}</div>`;
}

function pairDetails(p: SimilarPair, drafts: readonly PageFile[], names: readonly string[], open: boolean): Html {
  const a = drafts[p.a];
  const b = drafts[p.b];
  const longest = Math.max(...p.passages.map((s) => s.own));
  return html`<details class="pair" id="${pairId(p)}"${open ? html` open` : ""}>
<summary>${p.a + 1}. ${names[p.a]} ↔ ${p.b + 1}. ${names[p.b]}：相似度 ${percent(p.score)}，共同段落 ${p.passages.length} 段（最长 ${longest} 字）</summary>
<ol class="passages">
${p.passages.map((s) => html`<li><div class="sides">${side(a, names[p.a], s.a, s.a.text)}${side(b, names[p.b], s.b, s.b.text)}</div></li>`)}
</ol>
</details>`;
}
