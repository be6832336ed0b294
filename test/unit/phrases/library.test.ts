import { describe, expect, it } from "vitest";

import { PHRASE_FACETS, type Phrase } from "../../../src/core/phrases/types";
import { PART_ROLES, type PartRole } from "../../../src/core/structure/roles";
import { PHRASE_ENTRIES, PHRASES, PHRASES_BY_ID } from "../../../src/data/phrases";
import { TOPIC_IDS, TOPICS, type TopicId } from "../../../src/data/phrases/topics";
import { MEETING_TEMPLATES } from "../../../src/data/templates";
import { loadCorpus, normalise, overlaps, RUN } from "./corpus-overlap";

const ASPECT_IDS = new Set(MEETING_TEMPLATES.flatMap((t) => t.aspects.map((a) => a.id)));
const sentences = PHRASES.filter((p) => p.kind === "sentence");
const inPart = (part: PartRole) => (p: Phrase) => p.parts[0] === part;
const entriesOf = (part: PartRole) => PHRASE_ENTRIES.filter((e) => e.parts?.[0] === part && e.kind !== "link");

describe("phrase library: schema", () => {
  it("has at least 400 entries of our own", () => {
    expect(PHRASE_ENTRIES.length).toBeGreaterThanOrEqual(400);
  });

  it("gives every entry one voice-neutral text, or its voice forms, as it promises", () => {
    for (const e of PHRASE_ENTRIES) {
      const where = `entry ${e.id}`;
      if (e.text !== undefined) {
        expect(e.me, where).toBeUndefined();
        expect(e.team, where).toBeUndefined();
        expect(e.only, where).toBeUndefined();
      } else if (e.only === "personal") {
        expect(e.me, where).toBeTypeOf("string");
        expect(e.team, where).toBeUndefined();
      } else if (e.only === "team") {
        expect(e.team, where).toBeTypeOf("string");
        expect(e.me, where).toBeUndefined();
      } else {
        // Both forms promised: the personal (我、自己) and the team (班子) words.
        expect(e.me, where).toBeTypeOf("string");
        expect(e.team, where).toBeTypeOf("string");
        expect(e.me, where).not.toBe(e.team);
      }
    }
  });

  it("has the fields of a phrase, each of a known value", () => {
    const facets = new Set(Object.keys(PHRASE_FACETS));
    for (const p of PHRASES) {
      const where = `phrase ${p.id}`;
      expect(p.id, where).toMatch(/^[a-z]+(-[a-z0-9]+)*(\.[pt])?$/);
      expect(p.id.startsWith(p.entry), where).toBe(true);
      expect(p.parts.length, where).toBeGreaterThan(0);
      for (const part of p.parts) expect(PART_ROLES, where).toContain(part);
      expect(["sentence", "link"], where).toContain(p.kind);
      expect(["personal", "team", "any"], where).toContain(p.voice);
      if (p.facet !== undefined) expect(facets.has(p.facet), where).toBe(true);
      for (const t of p.topics) expect(TOPIC_IDS, where).toContain(t);
      for (const a of p.aspects) expect(ASPECT_IDS.has(a), `${where}: aspect ${a}`).toBe(true);
      expect(new Set(p.topics).size, where).toBe(p.topics.length);
    }
  });

  it("has no duplicate ids and no duplicate texts", () => {
    expect(new Set(PHRASE_ENTRIES.map((e) => e.id)).size).toBe(PHRASE_ENTRIES.length);
    expect(PHRASES_BY_ID.size).toBe(PHRASES.length);
    const seen = new Map<string, string>();
    for (const p of PHRASES) {
      const key = normalise(p.text.replace(/【[^】]*】/g, "【】"));
      expect(seen.get(key), `${p.id} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, p.id);
    }
  });

  it("tags problems, causes and measures with topics, and every opening with its facet", () => {
    for (const p of sentences.filter((p) => ["problems", "causes", "measures", "case"].includes(p.parts[0]))) {
      expect(p.topics.length, p.id).toBeGreaterThan(0);
      expect(p.aspects.length, p.id).toBeGreaterThan(0);
    }
    for (const p of PHRASES.filter(inPart("preamble"))) expect(p.facet, p.id).toBeDefined();
    for (const p of PHRASES.filter((p) => p.kind === "link")) expect(p.facet, p.id).toBeDefined();
  });

  it("defines the topics once each, with aspects the meeting types have", () => {
    expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    expect(TOPIC_IDS.length).toBeGreaterThanOrEqual(15);
    for (const t of TOPICS) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.name.length).toBeGreaterThan(0);
      for (const a of t.aspects) expect(ASPECT_IDS.has(a), `${t.id}: ${a}`).toBe(true);
    }
  });
});

describe("phrase library: the words", () => {
  it("is written in Chinese punctuation, with balanced quotes and well-formed slots", () => {
    for (const p of PHRASES) {
      const where = `${p.id}: ${p.text}`;
      expect(p.text, where).not.toMatch(/[\s,;:!?"'()[\]]/);
      expect(p.text, where).not.toMatch(/xx|XX|××|\*\*|202X|＿|_{2,}/i);
      expect(p.text.length, where).toBeLessThanOrEqual(160);
      // “” pairs in order, 【】 pairs in order and not nested, every slot named briefly.
      let quote = 0;
      let slot = false;
      for (const ch of p.text) {
        if (ch === "“") quote++;
        if (ch === "”") quote--;
        expect(quote, where).toBeGreaterThanOrEqual(0);
        expect(quote, where).toBeLessThanOrEqual(1);
        if (ch === "【") {
          expect(slot, where).toBe(false);
          slot = true;
        }
        if (ch === "】") {
          expect(slot, where).toBe(true);
          slot = false;
        }
      }
      expect(quote, where).toBe(0);
      expect(slot, where).toBe(false);
      for (const m of p.text.matchAll(/【([^】]*)】/g)) expect(m[1].length, where).toBeGreaterThan(0);
      for (const m of p.text.matchAll(/【([^】]*)】/g)) expect(m[1].length, where).toBeLessThanOrEqual(12);
      if (p.kind === "sentence") expect(p.text, where).toMatch(/[。：]$/);
    }
  });

  it("speaks as the writer in personal forms and as the team in team forms (problems and causes as self-criticism)", () => {
    const selfCritical = PHRASES.filter((p) => p.kind === "sentence" && ["problems", "causes"].includes(p.parts[0]));
    const wrong = [
      ...selfCritical.filter((p) => p.voice === "personal" && !/我|自己|本人/.test(p.text)).map((p) => `${p.id}: no 我/自己/本人`),
      ...selfCritical.filter((p) => p.voice === "personal" && /有的班子成员|班子成员之间/.test(p.text)).map((p) => `${p.id}: team words`),
      ...selfCritical.filter((p) => p.voice === "team" && !/班子|支部|党组/.test(p.text)).map((p) => `${p.id}: no 班子`),
      ...PHRASES.filter((p) => p.voice === "team" && /(?<!自)我(?![们县市区省局委单])/.test(p.text)).map((p) => `${p.id}: personal words`),
      ...PHRASES.filter((p) => p.voice === "any" && /有的班子成员|(?<!自)我(?![们县市区省局委单])/.test(p.text)).map((p) => `${p.id}: not neutral`),
    ];
    expect(wrong).toEqual([]);
  });

  it("makes every measure concrete: how often, by when, or how much", () => {
    const concrete =
      /每(?:日|天|周|两周|半月|月|季度|半年|年|次|人每)|年底前|年初|当月|【(?:时间|次数|数量|天数|人次|百分比|小时数|分钟数|户数|人数)】|不少于|至少|以上|一律|[一二三两\d]个(?:工作日|月|季度)|[一二三两]周内|内(?:办结|回应|完成|答复|解决|反馈|研究)/;
    const vague = PHRASES.filter((p) => p.kind === "sentence" && p.parts[0] === "measures" && !concrete.test(p.text));
    expect(vague.map((p) => `${p.id}: ${p.text}`)).toEqual([]);
  });
});

describe("phrase library: coverage", () => {
  const counts = (part: PartRole) => entriesOf(part).length;

  it("has openings of every kind, and the other parts", () => {
    for (const facet of ["xuexi-zhunbei", "zhengqiu-yijian", "tanxin-tanhua", "zongshu"] as const) {
      expect(PHRASE_ENTRIES.filter((e) => e.facet === facet).length, facet).toBeGreaterThanOrEqual(6);
    }
    expect(counts("reflection")).toBeGreaterThanOrEqual(10);
    expect(counts("followup")).toBeGreaterThanOrEqual(20);
    expect(counts("problems")).toBeGreaterThanOrEqual(100);
    expect(counts("case")).toBeGreaterThanOrEqual(10);
    expect(counts("causes")).toBeGreaterThanOrEqual(40);
    expect(counts("measures")).toBeGreaterThanOrEqual(80);
    expect(counts("closing")).toBeGreaterThanOrEqual(10);
    for (const facet of ["juli", "biaoxian", "yuanyin", "chengjie", "zhenggai"] as const) {
      expect(PHRASE_ENTRIES.filter((e) => e.kind === "link" && e.facet === facet).length, facet).toBeGreaterThanOrEqual(5);
    }
    expect(PHRASES.some((p) => p.text.startsWith("比如"))).toBe(true);
    expect(PHRASES.some((p) => p.text.startsWith("主要表现在"))).toBe(true);
    expect(PHRASES.some((p) => p.text.startsWith("究其原因"))).toBe(true);
  });

  it("offers problems and measures in both voices on every topic, and causes on the roots", () => {
    const has = (part: PartRole, topic: TopicId, voice: "personal" | "team") =>
      sentences.filter((p) => p.parts[0] === part && p.topics[0] === topic && (p.voice === voice || p.voice === "any")).length;
    for (const topic of TOPIC_IDS) {
      for (const voice of ["personal", "team"] as const) {
        expect(has("problems", topic, voice), `problems ${topic} ${voice}`).toBeGreaterThanOrEqual(4);
        expect(has("measures", topic, voice), `measures ${topic} ${voice}`).toBeGreaterThanOrEqual(3);
        expect(has("causes", topic, voice), `causes ${topic} ${voice}`).toBeGreaterThanOrEqual(1);
      }
    }
    for (const root of ["lixiang-xinnian", "dangxing", "zongzhi", "zhengzhi", "dandang", "zuofeng", "guandang-zhidang", "lilun-xuexi"] as const) {
      expect(has("causes", root, "personal"), root).toBeGreaterThanOrEqual(3);
      expect(has("causes", root, "team"), root).toBeGreaterThanOrEqual(2);
    }
  });

  it("serves every aspect of every meeting type with problems and measures", () => {
    for (const template of MEETING_TEMPLATES) {
      for (const aspect of template.aspects) {
        const where = `${template.id} › ${aspect.id}`;
        expect(sentences.filter((p) => p.parts[0] === "problems" && p.aspects.includes(aspect.id)).length, where).toBeGreaterThanOrEqual(3);
        expect(sentences.filter((p) => p.parts[0] === "measures" && p.aspects.includes(aspect.id)).length, where).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe("phrase library: our own writing", () => {
  const corpus = loadCorpus();
  const missing = "missing" in corpus ? corpus.missing : null;
  if (missing) console.warn(`跳过语料比对：${missing}。Skipping the corpus comparison: shared/corpus is not beside the project.`);

  it.skipIf(missing !== null)(`shares no run of ${RUN} characters with a real material, stock wording aside`, () => {
    if ("missing" in corpus) return;
    const copied = PHRASES.flatMap((p) => overlaps(p.text, corpus).map((o) => `${p.id}: “${o.run}” (${o.files.join(", ")})`));
    expect(copied).toEqual([]);
  });

  it.skipIf(missing !== null)("is caught when it copies: a corpus sentence put in a phrase is reported", () => {
    if ("missing" in corpus) return;
    // The check itself, on a sentence of ours that copies one run from a material (on purpose).
    const file = corpus.files[0];
    const run = [...file.grams][Math.floor(file.grams.size / 2)];
    const inOthers = corpus.files.slice(1).some((f) => f.grams.has(run));
    if (inOthers || corpus.formulations.includes(run)) return;
    expect(overlaps(`我认为${run}是对的。`, corpus).map((o) => o.run)).toEqual([run]);
    // Stock wording: a formulation of shared/domain/formulations.md is not copying.
    expect(overlaps("坚持以习近平新时代中国特色社会主义思想为指导。", corpus)).toEqual([]);
  });
});
