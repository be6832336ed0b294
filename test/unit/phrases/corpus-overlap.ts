import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Shared runs between our phrases and the real materials of shared/corpus: the test that the
 * library is our own writing. Texts are compared on letters and digits only (punctuation and
 * spaces dropped, so a copied sentence with other commas or quotes is still caught), and the
 * 【…】 slots are cut out (a run does not cross a slot).
 */
export const RUN = 12;

/** shared/corpus beside the project (DUIZHAO_CORPUS_DIR points elsewhere, e.g. to try the skip). */
export const CORPUS_DIR = process.env.DUIZHAO_CORPUS_DIR ?? resolve(__dirname, "../../../../shared/corpus");
export const FORMULATIONS_FILE = resolve(__dirname, "../../../../shared/domain/formulations.md");

export function normalise(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase();
}

/** The pieces of a phrase between its slots, normalised. */
export function segments(text: string): string[] {
  return text
    .split(/【[^】]*】/)
    .map(normalise)
    .filter((s) => s.length > 0);
}

function grams(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n));
  return out;
}

export interface Corpus {
  files: { name: string; grams: Set<string> }[];
  /** The formulations, normalised: a run inside them is stock wording. */
  formulations: string;
}

/** The corpus, or the reason it is missing (shared/corpus not beside the project). */
export function loadCorpus(): Corpus | { missing: string } {
  if (!existsSync(CORPUS_DIR)) return { missing: `${CORPUS_DIR} 不存在 / not found` };
  const names = readdirSync(CORPUS_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort();
  if (names.length === 0) return { missing: `${CORPUS_DIR} 中没有材料 / holds no material` };
  const files = names.map((name) => ({ name, grams: grams(normalise(readFileSync(join(CORPUS_DIR, name), "utf8")), RUN) }));
  const formulations = existsSync(FORMULATIONS_FILE) ? normalise(readFileSync(FORMULATIONS_FILE, "utf8")) : "";
  return { files, formulations };
}

export interface Overlap {
  run: string;
  files: string[];
}

/**
 * Runs of RUN characters or more that a text shares with a corpus file and that are not stock
 * wording (inside a formulation, or found in two or more corpus files). Overlapping windows are
 * merged, so a copied sentence is reported once, whole.
 */
export function overlaps(text: string, corpus: Corpus): Overlap[] {
  const out: Overlap[] = [];
  for (const seg of segments(text)) {
    let current: Overlap | null = null;
    let start = 0;
    let end = -1;
    for (let i = 0; i + RUN <= seg.length; i++) {
      const gram = seg.slice(i, i + RUN);
      const inFiles = corpus.files.filter((f) => f.grams.has(gram)).map((f) => f.name);
      const copied = inFiles.length === 1 && !corpus.formulations.includes(gram);
      if (!copied) continue;
      if (current && i <= end) {
        end = i + RUN;
        current.run = seg.slice(start, end);
        for (const f of inFiles) if (!current.files.includes(f)) current.files.push(f);
      } else {
        start = i;
        end = i + RUN;
        current = { run: gram, files: inFiles };
        out.push(current);
      }
    }
  }
  return out;
}
