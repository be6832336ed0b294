import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { paragraphsFromText } from "../../src/core/analyze";

/** The real materials live outside the project (../shared/corpus); tests skip where absent. */
export const CORPUS_DIR = resolve(__dirname, "../../../shared/corpus");
export const hasCorpus = existsSync(CORPUS_DIR);
export const CORPUS_SKIP_REASON = `跳过：找不到真实材料目录 ${CORPUS_DIR}（skipped: corpus folder absent）`;

/** Paragraphs of the corpus file whose name starts with `prefix` ("000", "004" …). */
export function corpus(prefix: string) {
  const name = readdirSync(CORPUS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no corpus file ${prefix}`);
  return paragraphsFromText(readFileSync(join(CORPUS_DIR, name), "utf8"));
}
