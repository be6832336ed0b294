import { describe, expect, it } from "vitest";

import { BUILTIN_PHRASES, builtinPhraseIndex, phraseIndexWith } from "../../../src/core/phrases/library";
import { pinyinOf } from "../../../src/core/phrases/pinyinOf";
import { contextScore, createPhraseIndex, MAX_QUERY, type SearchHit } from "../../../src/core/phrases/search";
import type { SearchablePhrase } from "../../../src/core/phrases/types";

const index = builtinPhraseIndex();
const matched = (h: SearchHit) => h.ranges.map((r) => h.phrase.text.slice(r.start, r.end)).join("|");

/** A phrase of our own for small tests, with its pinyin. */
function own(id: string, text: string, extra: Partial<SearchablePhrase> = {}): SearchablePhrase {
  return {
    id,
    text,
    parts: ["problems"],
    kind: "sentence",
    topics: [],
    aspects: [],
    voice: "any",
    entry: id,
    pinyin: pinyinOf(text),
    ...extra,
  };
}

describe("search: what the writer types", () => {
  it("finds Chinese substrings", () => {
    const { hits, total } = index.search("谈心谈话", { limit: 500 });
    expect(total).toBeGreaterThan(5);
    expect(hits.every((h) => h.phrase.text.includes("谈心谈话"))).toBe(true);
    expect(hits.every((h) => h.match === "text" && matched(h) === "谈心谈话")).toBe(true);
  });

  it("finds pinyin first letters: llxx is 理论学习", () => {
    const { hits } = index.search("llxx", { limit: 500 });
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.some((h) => matched(h) === "理论学习")).toBe(true);
    expect(hits.every((h) => h.match === "initials")).toBe(true);
    // Every hit spells l-l-x-x, whatever the words.
    for (const h of hits) expect(initialsOf(pinyinOf(matched(h)).full)).toBe("llxx");
  });

  it("finds full pinyin: lilunxuexi is 理论学习, and the same in capitals or full-width letters", () => {
    for (const q of ["lilunxuexi", "LiLunXueXi", "ｌｉｌｕｎｘｕｅｘｉ"]) {
      const { hits } = index.search(q, { limit: 500 });
      expect(hits.length, q).toBeGreaterThan(5);
      expect(hits.every((h) => matched(h) === "理论学习" && h.match === "pinyin"), q).toBe(true);
    }
  });

  it("finds mixes of characters, syllables and first letters: 理论xx, lilxx, lil xx", () => {
    for (const q of ["理论xx", "lilxx", "li lun xue xi", "理lunxuex"]) {
      const { hits } = index.search(q, { limit: 500 });
      expect(hits.some((h) => matched(h).includes("理论学习")), q).toBe(true);
    }
    expect(index.search("理论xx", { limit: 500 }).hits.every((h) => matched(h).startsWith("理论"))).toBe(true);
  });

  it("takes a syllable still being typed: lilunxu", () => {
    const { hits } = index.search("lilunxu", { limit: 500 });
    expect(hits.some((h) => matched(h) === "理论学")).toBe(true);
  });

  it("needs every term of a spaced query, anywhere in the phrase", () => {
    const { hits } = index.search("学习 每季度", { limit: 500 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.phrase.text).toContain("学习");
      expect(h.phrase.text).toContain("每季度");
    }
  });

  it("reads ü as v or u, and polyphones either way: jilv, jilu; zhixing where the library reads 行情 as hang", () => {
    for (const q of ["jilv", "jilu"]) expect(index.search(q).hits.some((h) => matched(h) === "纪律"), q).toBe(true);
    const s = index.search("zhixingqingkuang", { limit: 500 }).hits;
    expect(s.some((h) => matched(h) === "执行情况")).toBe(true);
    expect(index.search("zhongyao").hits.some((h) => matched(h) === "重要")).toBe(true);
    expect(index.search("chongwen").hits.some((h) => matched(h) === "重温")).toBe(true);
  });

  it("finds what the slots name and the figures in a phrase", () => {
    expect(index.search("具体事例").total).toBeGreaterThan(20);
    expect(index.search("jtsl").hits.some((h) => matched(h) === "具体事例")).toBe(true);
    expect(index.search("12345").hits.some((h) => h.phrase.text.includes("12345热线"))).toBe(true);
  });

  it("returns nothing for what is not there, and never fails on odd input", () => {
    expect(index.search("qqqqqq").total).toBe(0);
    expect(index.search("量子纠缠").total).toBe(0);
    for (const q of ["", "   ", "　", "，。", "【", "''", "x".repeat(10_000), "\u0000", "😀理论"]) {
      expect(() => index.search(q), JSON.stringify(q.slice(0, 10))).not.toThrow();
    }
    expect(index.search("   ").total).toBe(index.size);
    // A query is cut at MAX_QUERY characters: typing on changes nothing past it.
    const long = "l".repeat(MAX_QUERY);
    expect(index.search(long).total).toBe(index.search(long + "xyz").total);
  });

  it("works without pinyin (a phrase not yet given it) and ignores pinyin that does not fit the text", () => {
    const bare = own("u1", "坚持每周读书两小时。", { pinyin: undefined });
    const wrong = own("u2", "坚持每周跑步一小时。", { pinyin: { full: "jian chi" } });
    const small = createPhraseIndex([bare, wrong]);
    expect(small.search("读书").hits.map((h) => h.phrase.id)).toEqual(["u1"]);
    expect(small.search("dushu").total).toBe(0);
    expect(small.search("跑步").hits.map((h) => h.phrase.id)).toEqual(["u2"]);
    // The misfit pinyin is not used, so "jc" does not find 坚持 through it; polyphones still read.
    expect(small.search("jc").total).toBe(0);
  });

  it("gives highlight ranges in UTF-16 offsets, past characters outside the BMP", () => {
    const p = own("u3", "𠀀𠀀理论学习很重要。");
    const [hit] = createPhraseIndex([p]).search("llxx").hits;
    expect(p.text.slice(hit.ranges[0].start, hit.ranges[0].end)).toBe("理论学习");
    const [lit] = createPhraseIndex([p]).search("学习").hits;
    expect(p.text.slice(lit.ranges[0].start, lit.ranges[0].end)).toBe("学习");
  });
});

describe("search: typing on", () => {
  it("answers a query that extends the last one as a search from scratch would, and after a backspace too", () => {
    const typing = createPhraseIndex(BUILTIN_PHRASES);
    const cold = createPhraseIndex(BUILTIN_PHRASES);
    const ctx = { part: "problems" as const, voice: "team" as const };
    const sequence = ["l", "li", "lil", "lilu", "lilun", "lilunx", "lilun", "lilunxx", "lilunxx ", "lilunxx m", "lilunxx mei", "理", "理论", "理论x", "理论xx"];
    for (const q of sequence) {
      for (const filters of [undefined, { voice: "personal" as const }]) {
        const a = typing.search(q, { context: ctx, filters, limit: 1000 });
        const b = cold.search(q, { context: ctx, filters, limit: 1000, incremental: false });
        expect(a.total, q).toBe(b.total);
        expect(a.hits.map((h) => [h.phrase.id, h.score, h.match]), q).toEqual(b.hits.map((h) => [h.phrase.id, h.score, h.match]));
      }
    }
  });
});

describe("search: filters", () => {
  it("keeps only the part, topic, voice, kind and facet asked for", () => {
    const byPart = index.search("", { filters: { part: "measures" }, limit: 1000 }).hits;
    expect(byPart.length).toBeGreaterThan(100);
    expect(byPart.every((h) => h.phrase.parts.includes("measures"))).toBe(true);

    const byTopic = index.search("", { filters: { topic: "lianjie-zilv" }, limit: 1000 }).hits;
    expect(byTopic.length).toBeGreaterThan(20);
    expect(byTopic.every((h) => h.phrase.topics.includes("lianjie-zilv"))).toBe(true);

    const team = index.search("", { filters: { voice: "team" }, limit: 1000 }).hits;
    expect(team.every((h) => h.phrase.voice !== "personal")).toBe(true);
    expect(team.some((h) => h.phrase.voice === "team")).toBe(true);

    const links = index.search("", { filters: { kind: "link", facet: "yuanyin" }, limit: 1000 }).hits;
    expect(links.map((h) => h.phrase.text)).toContain("究其原因，");
    expect(links.every((h) => h.phrase.kind === "link" && h.phrase.facet === "yuanyin")).toBe(true);

    const openings = index.search("", { filters: { part: "preamble", facet: "tanxin-tanhua" }, limit: 1000 }).hits;
    expect(openings.length).toBeGreaterThanOrEqual(10);
  });

  it("combines filters with a query, and counts before the limit", () => {
    const r = index.search("xx", { filters: { part: "problems", topic: "lilun-xuexi" }, limit: 3 });
    expect(r.hits).toHaveLength(3);
    expect(r.total).toBeGreaterThan(3);
    expect(r.hits.every((h) => h.phrase.parts.includes("problems") && h.phrase.topics.includes("lilun-xuexi"))).toBe(true);
  });
});

describe("search: ranked by the cursor's place", () => {
  it("in 问题 › 理论学习, puts the problems on 理论学习 first", () => {
    const ctx = { part: "problems" as const, aspect: "lilun-xuexi", topics: ["lilun-xuexi" as const] };
    const { hits } = index.search("", { context: ctx, limit: 15 });
    for (const h of hits) {
      expect(h.phrase.parts[0]).toBe("problems");
      expect(h.phrase.topics[0]).toBe("lilun-xuexi");
    }
    // Typing narrows within that order: the first hits for "xuexi" are still problems on 理论学习.
    const typed = index.search("xuexi", { context: ctx, limit: 5 }).hits;
    expect(typed.every((h) => h.phrase.parts[0] === "problems" && h.phrase.topics[0] === "lilun-xuexi")).toBe(true);
  });

  it("in 措施, puts the measures on the given topics first", () => {
    const { hits } = index.search("", { context: { part: "measures", topics: ["lianjie-zilv", "zuofeng"] }, limit: 12 });
    for (const h of hits) {
      expect(h.phrase.parts[0]).toBe("measures");
      expect(["lianjie-zilv", "zuofeng"]).toContain(h.phrase.topics[0]);
    }
  });

  it("in a team material, puts the team forms first, then the neutral, then the personal", () => {
    const { hits } = index.search("", { context: { part: "problems", voice: "team" }, limit: 1000 });
    const voices = hits.filter((h) => h.phrase.parts[0] === "problems").map((h) => h.phrase.voice);
    const firstPersonal = voices.indexOf("personal");
    expect(voices.slice(0, firstPersonal).every((v) => v === "team" || v === "any")).toBe(true);
    expect(voices.slice(firstPersonal).every((v) => v === "personal")).toBe(true);
    // Of one entry's two forms, the team form comes first.
    const ids = hits.map((h) => h.phrase.id);
    expect(ids.indexOf("wt-lilun-01.t")).toBeLessThan(ids.indexOf("wt-lilun-01.p"));
  });

  it("in a personal material's 原因, puts the personal causes first", () => {
    const { hits } = index.search("", { context: { part: "causes", voice: "personal" }, limit: 10 });
    expect(hits.every((h) => h.phrase.parts[0] === "causes" && h.phrase.voice !== "team")).toBe(true);
  });

  it("ranks the part before the aspect, the aspect before the topics, the topics before the voice", () => {
    const p = BUILTIN_PHRASES.find((x) => x.id === "wt-lilun-01.t")!;
    const ctx = { part: "problems" as const, aspect: "lilun-xuexi", topics: ["lilun-xuexi" as const], voice: "team" as const };
    const full = contextScore(p, ctx);
    expect(full).toBeGreaterThan(contextScore(p, { ...ctx, voice: "personal" }));
    expect(contextScore(p, { ...ctx, voice: "personal" })).toBeGreaterThan(contextScore(p, { ...ctx, topics: ["zuofeng"] }));
    expect(contextScore(p, { part: "problems" })).toBeGreaterThan(contextScore(p, { part: "measures", aspect: "lilun-xuexi", topics: ["lilun-xuexi"], voice: "team" }));
    expect(contextScore(p, undefined)).toBe(0);
  });

  it("keeps the library order among equals, and the writer's own phrases before the library's", () => {
    const mine = own("u-1", "理论学习要天天坚持。", { voice: "personal" });
    const { hits } = phraseIndexWith([mine]).search("理论学习", { limit: 3 });
    expect(hits[0].phrase.id).toBe("u-1");
    const plain = index.search("", { limit: 5 }).hits.map((h) => h.phrase.id);
    expect(plain).toEqual(BUILTIN_PHRASES.slice(0, 5).map((p) => p.id));
  });
});

/** First letters of space-separated syllables. */
function initialsOf(full: string): string {
  return full.split(" ").map((s) => s[0]).join("");
}
