import { pinyin } from "pinyin-pro";

import { HAN, type PhrasePinyin } from "./types";

/*
 * Pinyin of a phrase for the search: the only module that imports pinyin-pro (about 300 KB of
 * dictionary). The built-in library's pinyin is computed with it at build time
 * (scripts/phrase-pinyin.mjs writes src/data/phrases/pinyin/); the pane loads this
 * module only when the writer saves a phrase of their own, as a chunk of its own
 * (`await import("…/pinyinOf")`), so the pane's first load stays small.
 */

/**
 * One syllable per Chinese character, without tone (ü as v), in lower case, read in context
 * (重要 zhong, 重复 chong); other characters have none (the search matches them as they are).
 */
export function pinyinOf(text: string): PhrasePinyin {
  const chars = Array.from(text);
  let syllables = pinyin(text, { toneType: "none", type: "array", v: true, nonZh: "spaced" });
  // pinyin-pro gives one item per character; should it ever group some, read them one by one.
  if (syllables.length !== chars.length) syllables = chars.map((ch) => pinyin(ch, { toneType: "none", type: "array", v: true })[0] ?? ch);
  const tokens: string[] = [];
  chars.forEach((ch, i) => {
    if (!HAN.test(ch)) return;
    const s = (syllables[i] ?? "").toLowerCase();
    // A character pinyin-pro cannot read keeps a token of its own (itself), so tokens stay aligned.
    tokens.push(/^[a-z]+$/.test(s) ? s : ch);
  });
  return { full: tokens.join(" ") };
}
