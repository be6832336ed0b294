import type { EvidenceSentence, Restatement } from "./types";
import { loose, pairAt, POSTINGS } from "./pairs";
import { cite, PAIRS, SENTENCES, STRETCHES, sentenceAt, table, type Call, type Reading } from "./reading";

/*
 * Words that groups share: a measure that names what a problem names (景区, 报表, 古建筑修缮)
 * answers it even without a topic's vocabulary, and a cause whose sentences say a problem again
 * is no cause. Both read the pairs of characters of a block (reading.ts's pair table): a pair that
 * few groups of the material have is a word of them.
 */

/** A pair of characters is a word of its own when at most this many groups of the material have it. */
const RARE_DF = 3;
/** Fewer shared rare pairs than this are chance. */
export const WORDS_MIN = 2;
/** Words shown per link. */
const WORDS_SHOWN = 4;
/** Restatement: a cause sentence needs this many telling pairs, and shares this many and this part of them with one problem group. */
const RESTATE_MIN_PAIRS = 10;
const RESTATE_MIN_SHARED = 8;
const RESTATE_MIN_OVERLAP = 0.6;

/**
 * Pairs that say nothing of what a group is about, however rare in a material: the frame of the
 * genre (一是, 方面, 进一步), words every part of a material uses (落实, 研究, 牵头, 情况), and time
 * words of measures (年底前, 每季度).
 */
const FRAME_PAIRS = new Set<number>(
  (
    "方面 问题 工作 不够 不足 到位 加强 进一 一步 提高 提升 推进 推动 落实 开展 存在 情况 没有 自己 我们 班子 成员 同志 有的 一些 " +
    "还有 还不 不是 就是 进行 认真 深入 切实 坚持 持续 不断 做到 确保 建立 完善 机制 制度 要求 部署 上级 重点 实际 每月 每季 季度 " +
    "每年 每半 半年 年底 底前 月底 至少 不少 少于 以上 以下 及时 全面 主动 积极 严格 明确 各项 有关 相关 方法 措施 办法 努力 真正 " +
    "始终 时刻 牢固 树立 一个 两个 三个 作为 对于 关于 通过 结合 围绕 了解 发现 解决 有时 往往 比如 例如 表现 导致 造成 由于 因为 " +
    "所以 但是 虽然 同时 以及 并且 还是 已经 仍然 依然 比较 更加 本人 个人 自身 带头 做好 抓好 用好 管好 干好 研究 牵头 负责 分管 " +
    "执行 规定 完成 编制 制定 清单 系统 责任 管理 检查 考核 标准 规范 程序 监督 组织 政治 思想 意识 能力 学习 理论 作风 党员 干部 " +
    "群众 单位 部门 科室 股室 统一 集中 专题 实现 形成 增强 强化 保持 注重 重视 发挥 作用 效果 成效 水平 质量 任务 目标 计划 方案 " +
    "项目 建设 发展 服务 领导 主要 次数 时间 时候 过程 环节 一律 全部 所有 每个 各级 全县 全市 全区 全局 报告 汇报 " +
    "正确 研判 分析 把握 掌握 提醒 教育 意见 建议 反映"
  )
    .split(" ")
    .map((w) => pairAt(w, 0))
    .filter((k) => k >= 0),
);

/** Whether a pair (its key) can be a word that a measure shares with a problem. */
const wordLike = (key: number) => !FRAME_PAIRS.has(key) && !loose(key);

/** The rare pairs a measure shares with a problem: their weight, and their indices in the pair buffer. */
export interface SharedPairs {
  weight: number;
  at: number[];
}

/** Weight of a rare pair shared by two groups: the rarer in the material, the more it tells. */
const pairWeight = (df: number, groups: number) => Math.log(1 + groups / df);

/**
 * Per problem (its number in the block), the measures that share rare pairs with it: their
 * weight, and the pairs by their number in PAIRS.
 */
export function sharedPairs(call: Call, readings: readonly Reading[], isProblem: readonly boolean[], measures: readonly Reading[]): Map<number, Map<Reading, SharedPairs>> {
  const words = new Map<number, Map<Reading, SharedPairs>>();
  const credit = (g: number, m: Reading, at: number, w: number) => {
    let per = words.get(g);
    if (!per) words.set(g, (per = new Map()));
    const x = per.get(m);
    if (x) {
      x.weight += w;
      x.at.push(at);
    } else per.set(m, { weight: w, at: [at] });
  };
  for (const m of measures) {
    // A word of one problem only first; a word that several problems share (农村公路 in two groups
    // of a transport draft) does not tell them apart: it counts only for those of them that the
    // measure already shares a word of their own with.
    const shared: number[] = [];
    for (let at = m.pairs; at < m.pairsEnd; at++) {
      const slot = PAIRS.data[at * 3];
      const df = table.df(slot);
      if (df < 2 || df > RARE_DF || !wordLike(table.key(slot))) continue;
      // The pair between two frame words (执行|情况 → 行情) is no word.
      const text = call.paragraphs[PAIRS.data[at * 3 + 1]].text;
      const i = PAIRS.data[at * 3 + 2];
      if (FRAME_PAIRS.has(pairAt(text, i - 1)) && FRAME_PAIRS.has(pairAt(text, i + 1))) continue;
      let problems = 0;
      let only = -1;
      for (let c = table.first(slot); c >= 0; c = table.next(c)) {
        if (!isProblem[table.group(c)]) continue;
        problems++;
        only = table.group(c);
      }
      if (problems === 1) credit(only, m, at, pairWeight(df, readings.length));
      else if (problems > 1) shared.push(at);
    }
    for (const at of shared) {
      const slot = PAIRS.data[at * 3];
      const w = pairWeight(table.df(slot), readings.length);
      const owners: number[] = [];
      for (let c = table.first(slot); c >= 0; c = table.next(c)) {
        const g = table.group(c);
        if (isProblem[g] && (words.get(g)?.get(m)?.weight ?? 0) > 0) owners.push(g);
      }
      for (const g of owners) credit(g, m, at, w);
    }
  }
  for (const per of words.values()) for (const x of per.values()) if (x.at.length > 1) x.at.sort((a, b) => a - b);

  return words;
}

/** Characters a shared word is shown with at most. */
const WORD_LONGEST = 12;

/**
 * The words a measure shares with a problem: each run of the rare pairs they share (`at`, numbers
 * of the measure's pairs, in text order), widened to the characters around it that the problem
 * has too (so 农户面 reads 农户面对面); the sentences of either side they stand in go into
 * `sentences` (within SENTENCES_PER_SIDE a side).
 */
export function sharedWords(call: Call, p: Reading, m: Reading, at: readonly number[], sentences: EvidenceSentence[]): string[] {
  const { paragraphs } = call;
  const pairs = PAIRS.data;
  const words: string[] = [];
  for (let x = 0; x < at.length && words.length < WORDS_SHOWN; ) {
    const paragraph = pairs[at[x] * 3 + 1];
    const text = paragraphs[paragraph].text;
    const s = sentenceAt(m, paragraph, pairs[at[x] * 3 + 2]);
    const lo = SENTENCES.data[s * 3 + 1];
    const hi = SENTENCES.data[s * 3 + 2];
    const inProblem = (i: number) => {
      const key = pairAt(text, i);
      const slot = key < 0 ? -1 : table.slotOf(key);
      return slot >= 0 && table.has(slot, p.inBlock);
    };
    let from = pairs[at[x] * 3 + 2];
    let to = from + 2;
    while (to < hi && to - from < WORD_LONGEST && inProblem(to - 1)) to++;
    while (from > lo && to - from < WORD_LONGEST && inProblem(from - 1)) from--;
    // The next run starts past this word.
    while (x < at.length && pairs[at[x] * 3 + 1] === paragraph && pairs[at[x] * 3 + 2] < to - 1) x++;
    const word = text.slice(from, to);
    if (words.includes(word)) continue;
    words.push(word);
    cite(call, m, "target", s, sentences);
    for (let k = p.stretches; k < p.stretchesEnd; k++) {
      const sp = STRETCHES.data[k * 3];
      const found = paragraphs[sp].text.indexOf(word, STRETCHES.data[k * 3 + 1]);
      if (found < 0 || found + word.length > STRETCHES.data[k * 3 + 2]) continue;
      cite(call, p, "problem", sentenceAt(p, sp, found), sentences);
      break;
    }
  }
  return words;
}

/**
 * Sentences of a cause that say again what a problem says (原因就又变成了问题): most of the
 * sentence's telling pairs (those in at most POSTINGS groups of the material) are in one problem
 * group (a cause may join two of its sentences into one). The block's pair table says which
 * problem groups hold a pair; the best group's sentence that holds most of them is shown with it.
 */
/** Scratch of `restatements`: per group of the block, how many of a sentence's telling pairs it holds. */
let COUNTS = new Int32Array(64);

export function restatements(call: Call, cause: Reading, readings: readonly Reading[], isProblem: readonly boolean[]): Restatement[] {
  if (!isProblem.includes(true)) return [];
  const { paragraphs, positions } = call;
  if (COUNTS.length < readings.length) COUNTS = new Int32Array(readings.length * 2);
  const counts = COUNTS;
  const touched: number[] = [];
  const out: Restatement[] = [];
  for (let x = cause.sentences; x < cause.sentencesEnd; x++) {
    const paragraph = SENTENCES.data[x * 3];
    const start = SENTENCES.data[x * 3 + 1];
    const end = SENTENCES.data[x * 3 + 2];
    if (end - start < RESTATE_MIN_PAIRS) continue;
    const text = paragraphs[paragraph].text;
    // The sentence's telling pairs (each once: marked in this round), counted per group that has them.
    table.newRound();
    let size = 0;
    for (let i = start; i + 1 < end; i++) {
      const key = pairAt(text, i);
      const slot = key < 0 ? -1 : table.slotOf(key);
      if (slot < 0 || table.df(slot) > POSTINGS || !table.mark(slot)) continue;
      size++;
      for (let c = table.first(slot); c >= 0; c = table.next(c)) {
        const g = table.group(c);
        if (counts[g]++ === 0) touched.push(g);
      }
    }
    let best = -1;
    let bestCount = 0;
    for (const g of touched) {
      if (counts[g] > bestCount && isProblem[g]) [best, bestCount] = [g, counts[g]];
      counts[g] = 0;
    }
    touched.length = 0;
    if (size < RESTATE_MIN_PAIRS || best < 0 || bestCount < RESTATE_MIN_SHARED || bestCount / size < RESTATE_MIN_OVERLAP) continue;
    // The problem sentence that holds most of them, to show beside it.
    const problem = readings[best];
    let top = -1;
    let topCount = 0;
    for (let q = problem.sentences; q < problem.sentencesEnd; q++) {
      const qt = paragraphs[SENTENCES.data[q * 3]].text;
      let seen = 0;
      for (let i = SENTENCES.data[q * 3 + 1]; i + 1 < SENTENCES.data[q * 3 + 2]; i++) {
        const key = pairAt(qt, i);
        const slot = key < 0 ? -1 : table.slotOf(key);
        if (slot >= 0 && table.marked(slot)) seen++;
      }
      if (seen > topCount) [top, topCount] = [q, seen];
    }
    if (top < 0) continue;
    out.push({
      problem: problem.group.id,
      sentence: positions.span(paragraph, start, end),
      problemSentence: positions.span(SENTENCES.data[top * 3], SENTENCES.data[top * 3 + 1], SENTENCES.data[top * 3 + 2]),
      overlap: Math.round((bestCount / size) * 100) / 100,
    });
  }
  return out;
}
