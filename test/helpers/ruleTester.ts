import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions } from "../../src/core/analyze";
import { applyFixes, runRules } from "../../src/core/rules/runner";
import type { Rule } from "../../src/core/rules/types";
import type { Finding } from "../../src/core/types";

/** A document as lines: one paragraph per line (a string is split at line breaks). */
type Doc = string | readonly string[];

export interface ValidCase {
  text: Doc;
  description?: string;
  options?: AnalyzeOptions;
}

export interface ExpectedError {
  messageId: string;
  /** Paragraph index (from 0); defaults to not checked. */
  paragraph?: number;
  start?: number;
  end?: number;
  /** The exact text the finding points at. */
  text?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The document after every fix is applied; required exactly when some finding has a fix. */
  output?: Doc;
}

const lines = (doc: Doc): string[] => (typeof doc === "string" ? doc.split("\n") : [...doc]);

function findingsOf(rule: Rule, doc: Doc, options: AnalyzeOptions = {}): { texts: string[]; findings: Finding[] } {
  const texts = lines(doc);
  const paragraphs = texts.map((text) => ({ text }));
  const { findings: _all, ...analysis } = analyze(paragraphs, options);
  return { texts, findings: runRules(paragraphs, analysis, options.rules, [rule]) };
}

/**
 * A rule's table test, after ESLint's RuleTester and textlint-tester: valid documents give no
 * finding; invalid ones give exactly the findings listed (message ids, not wording, so that
 * wording can change), each inside the text; `output` is the text with every fix applied and is
 * given exactly when a fix is offered.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const seen = new Set<string>();
  const once = (c: ValidCase) => {
    const key = JSON.stringify([lines(c.text), c.options ?? null]);
    expect(seen.has(key), `duplicate case: ${lines(c.text).join("⏎")}`).toBe(false);
    seen.add(key);
  };
  const title = (c: ValidCase) => c.description ?? lines(c.text).join("⏎").slice(0, 60);

  describe(rule.meta.id, () => {
    it("has cases of both kinds", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    describe("valid", () => {
      for (const c of cases.valid) {
        it(title(c), () => {
          once(c);
          const { findings } = findingsOf(rule, c.text, c.options);
          expect(findings.map((f) => `${f.messageId}@${f.paragraph}:${f.start}-${f.end} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(title(c), () => {
          once(c);
          const { texts, findings } = findingsOf(rule, c.text, c.options);
          expect(findings.length, findings.map((f) => `${f.messageId}@${f.paragraph}:${f.start}-${f.end}`).join(", ")).toBe(c.errors.length);
          c.errors.forEach((want, k) => {
            const got = findings[k];
            expect(Object.keys(rule.meta.messages)).toContain(want.messageId);
            const picked: Partial<ExpectedError> = { messageId: got.messageId };
            for (const field of ["paragraph", "start", "end", "text"] as const) if (want[field] !== undefined) picked[field] = got[field] as never;
            expect(picked).toEqual(want);
            expect(got.end).toBeLessThanOrEqual(texts[got.paragraph].length);
            expect(got.message).not.toMatch(/\{\{/);
          });
          const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
          if (fixes.length === 0) {
            expect(c.output, "output given but no fix offered").toBeUndefined();
            return;
          }
          expect(rule.meta.fixable).toBe(true);
          expect(c.output, "a fix is offered: give the output").toBeDefined();
          const fixed = applyFixes(texts, fixes).texts;
          expect(fixed).not.toEqual(texts);
          expect(fixed).toEqual(lines(c.output!));
        });
      }
    });
  });
}
