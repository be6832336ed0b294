import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze";
import { applyFixes, runRules } from "../../../src/core/rules/runner";
import { formulations } from "../../../src/core/rules/formulations";
import { FIXED_PAIRS, FORMULATION_COUNT, FULL_NAMES, KNOWN_ERRORS, MEMBER_LISTS } from "../../../src/data/formulations";

/** A 2024 draft holding `line`: the findings of the rule on it, and the line with every fix applied. */
function check(line: string) {
  const texts = ["2024年度民主生活会个人对照检查材料", line];
  const paragraphs = texts.map((text) => ({ text }));
  const { findings: _all, ...analysis } = analyze(paragraphs);
  const findings = runRules(paragraphs, analysis, {}, [formulations]);
  const fixed = applyFixes(
    texts,
    findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  ).texts[1];
  return { findings, ids: findings.map((f) => f.messageId), fixed };
}

/** How a list is written out: 、 between members, ； where members hold 、 or ， themselves. */
const join = (members: readonly string[]) => members.join(members.some((m) => /[、，]/.test(m)) ? "；" : "、");

describe("formulations data", () => {
  it("holds at least 60 formulations", () => {
    expect(FORMULATION_COUNT).toBeGreaterThanOrEqual(60);
  });

  it("has unique ids and cites rows of formulations.md", () => {
    const ids = [...FULL_NAMES, ...KNOWN_ERRORS, ...MEMBER_LISTS, ...FIXED_PAIRS].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of [...FULL_NAMES, ...KNOWN_ERRORS, ...MEMBER_LISTS, ...FIXED_PAIRS]) {
      expect(Number.isInteger(e.source) && e.source >= 1 && e.source <= 65, e.id).toBe(true);
    }
  });

  describe("full names", () => {
    for (const f of FULL_NAMES) {
      it(`${f.id}: parts, example reported and fixed, right form left alone`, () => {
        expect(f.head + f.middle + f.tail).toBe(f.canonical);
        expect(f.maxEdits).toBeLessThan(f.middle.length);
        expect(f.example.good).toContain(f.canonical);
        const bad = check(f.example.bad);
        expect(bad.ids).toEqual(["wrongName"]);
        expect(bad.fixed).toBe(f.example.good);
        expect(check(f.example.good).ids).toEqual([]);
      });
    }
  });

  describe("known errors", () => {
    for (const e of KNOWN_ERRORS) {
      it(`${e.id}: example reported and fixed, right form left alone`, () => {
        expect(e.pattern.flags).toBe("");
        expect(e.pattern.test(e.right)).toBe(false);
        expect(e.example.bad).toContain(e.needs);
        if (e.kind === "outdated") expect(e.since).toBeDefined();
        const bad = check(e.example.bad);
        expect(bad.ids).toEqual([e.kind]);
        expect(bad.fixed).toBe(e.example.good);
        expect(check(e.example.good).ids).toEqual([]);
      });
    }
  });

  describe("member lists", () => {
    for (const l of MEMBER_LISTS) {
      it(`${l.id}: well formed; written out in order, nothing; two members swapped, the order`, () => {
        const n = l.members.length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(new Set(l.members).size).toBe(n);
        expect(l.minForOrder).toBeGreaterThanOrEqual(2);
        expect(l.minForOrder).toBeLessThanOrEqual(n);
        for (const a of l.aliases ?? []) expect(a.member >= 0 && a.member < n, a.text).toBe(true);
        if (l.outdated) expect(l.outdated.member >= 0 && l.outdated.member < n).toBe(true);
        if (l.shape) expect(() => new RegExp(l.shape!)).not.toThrow();

        expect(check(`其内容为${join(l.members)}。`).ids).toEqual([]);
        const swapped = [l.members[1], l.members[0], ...l.members.slice(2)];
        expect(check(`其内容为${join(swapped)}。`).ids).toEqual(["order"]);
      });

      if (l.names.length > 0 && l.members.length >= 3) {
        it(`${l.id}: a member missing next to the list's name`, () => {
          const missing = [l.members[0], ...l.members.slice(2)];
          expect(check(`“${l.names[0]}”即${join(missing)}。`).ids).toEqual(["missingMember"]);
        });
      }
    }
  });

  describe("fixed pairs", () => {
    for (const p of FIXED_PAIRS) {
      it(`${p.id}: the right verb left alone, each wrong one reported and fixed`, () => {
        expect(p.wrongVerbs).not.toContain(p.verb);
        expect(check(`我们要${p.verb}“${p.name}”。`).ids).toEqual([]);
        for (const v of p.wrongVerbs) {
          const bad = check(`我们要${v}“${p.name}”。`);
          expect(bad.ids, v).toEqual(["pair"]);
          expect(bad.fixed).toBe(`我们要${p.verb}“${p.name}”。`);
        }
        for (const w of p.wrongAfter ?? []) {
          const bad = check(`我们要${p.verb}“${p.name}”${w}。`);
          expect(bad.ids, w).toEqual(["pair"]);
          expect(bad.fixed).toBe(`我们要${p.verb}“${p.name}”${p.after}。`);
        }
      });
    }
  });
});
