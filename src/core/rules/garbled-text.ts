import type { Rule } from "./types";

/** Runs of U+FFFD, the character a reader puts where bytes could not be decoded. */
const REPLACEMENT = /\uFFFD+/g;

export const garbledText: Rule = {
  meta: {
    id: "garbled-text",
    category: "paste",
    severity: "warning",
    name: "无法识别的字符",
    description: "文字中有无法识别的字符（显示为“�”），多因文件编码有误或复制时损坏。",
    why: "乱码处原来的字已经丢失，读的人看不懂，也可能恰好是人名、数字或提法。",
    example: { bad: "我对分管科室的日常监督偏松，对苗头性问题提醒不及�。", good: "……提醒不及时。" },
    messages: {
      garbled: "这里有 {{count}} 个无法识别的字符，原来的字已丢失，请对照原稿补上。",
    },
    fixable: false,
  },
  check({ paragraphs, report }) {
    paragraphs.forEach((p, paragraph) => {
      if (!p.text.includes("\uFFFD")) return;
      for (const m of p.text.matchAll(REPLACEMENT)) {
        report({ messageId: "garbled", data: { count: m[0].length }, paragraph, start: m.index, end: m.index + m[0].length });
      }
    });
  },
};
