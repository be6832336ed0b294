import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TOPICS, findTopic } from "../../../src/data/topics";
import { MEETING_TEMPLATES } from "../../../src/data/templates";
import { compileTopics } from "../../../src/core/correspondence/topics";

/*
 * The topics of the correspondence (src/data/topics/): their shape, and that they cover what the
 * materials are about (the aspects of every meeting type, the roots that causes name).
 */

const DIR = resolve(__dirname, "../../../src/data/topics");
const HAN = /^[\u4e00-\u9fff]+$/;

/** Terms that two topics share on purpose, each with a weight of its own there. */
const SHARED_TERMS = ["党风廉政建设"];

describe("topics: shape", () => {
  it("at least 15, with unique ids, each in its own file named by its id", () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(15);
    const ids = TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TOPICS) {
      // Pinyin in kebab case, as the meeting types' and the phrase library's ids.
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const file = resolve(DIR, `${t.id}.ts`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8")).toContain(`id: "${t.id}"`);
      expect(findTopic(t.id)).toBe(t);
    }
  });

  for (const t of TOPICS) {
    it(`${t.id}: a Chinese name, Chinese terms of two characters or more, weights 1–5, one naming the topic`, () => {
      expect(t.name).toMatch(HAN);
      expect(t.terms.length).toBeGreaterThanOrEqual(10);
      const terms = t.terms.map(([term]) => term);
      expect(new Set(terms).size, "no term twice").toBe(terms.length);
      for (const [term, weight] of t.terms) {
        expect(term, term).toMatch(HAN);
        expect(term.length, term).toBeGreaterThanOrEqual(2);
        expect(Number.isInteger(weight) && weight >= 1 && weight <= 5, `${term}: ${weight}`).toBe(true);
      }
      expect(t.terms.some(([, w]) => w === 5), "a term of weight 5").toBe(true);
      for (const [id, w] of Object.entries({ ...t.related, ...t.explains })) {
        expect(findTopic(id), `${t.id} → ${id}`).toBeDefined();
        expect(id).not.toBe(t.id);
        expect(w > 0 && w <= 1, `${t.id} → ${id}: ${w}`).toBe(true);
      }
      // Weights below 1 keep a related topic from counting as much as the topic itself.
      for (const w of Object.values(t.related)) expect(w).toBeLessThanOrEqual(0.6);
    });
  }

  it("a term serves two topics only on purpose", () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const t of TOPICS) {
      for (const [term] of t.terms) {
        if (seen.has(term)) shared.push(term);
        else seen.set(term, t.id);
      }
    }
    expect(shared.sort()).toEqual([...SHARED_TERMS].sort());
  });
});

describe("topics: coverage", () => {
  const index = compileTopics();
  const topicsOf = (text: string) => {
    const found = new Set<string>();
    index.matcher.scan(text, 0, text.length, (term) => index.termTopics[term].forEach((x) => found.add(index.topics[x.topic].id)));
    return [...found];
  };

  it("covers what the issue names (each a term of some topic)", () => {
    const named = [
      "理论学习", "理想信念", "政治站位", "政治纪律", "党性修养", "宗旨意识", "群众路线", "担当作为", "能力本领", "新发展理念",
      "工作作风", "形式主义", "官僚主义", "调查研究", "廉洁自律", "八项规定", "管党治党", "主体责任", "组织生活", "民主集中制",
      "批评与自我批评", "意识形态", "选人用人", "干部管理", "巡视整改", "以案促改", "安全生产", "防范化解",
    ];
    for (const word of named) expect(topicsOf(word), word).not.toEqual([]);
  });

  it("the roots reviewers expect of causes are deep roots: 理想信念, 党性修养, 宗旨意识, 政治站位", () => {
    expect(TOPICS.filter((t) => t.deepRoot).map((t) => t.id).sort()).toEqual(["dangxing", "lixiang-xinnian", "zhengzhi", "zongzhi"]);
  });

  it("every aspect of every meeting type reads as some topic", () => {
    for (const template of MEETING_TEMPLATES) {
      for (const aspect of template.aspects) expect(topicsOf(aspect.heading), `${template.id}: ${aspect.heading}`).not.toEqual([]);
    }
  });

  it("the longest term wins: 党性修养 is not also 党性, 政治纪律 not also 纪律", () => {
    const hits: string[] = [];
    const text = "党性修养不强，政治纪律松弛";
    index.matcher.scan(text, 0, text.length, (term) => hits.push(index.matcher.terms[term]));
    expect(hits).toEqual(["党性修养", "政治纪律"]);
  });
});
