import type { Report, Rule } from "./types";
import { isBannerLine } from "../structure/front";
import { BUTTONS, COUNTER_TAILS, COUNTER_WORDS, NOT_SITES, SITE_ENDINGS } from "../../data/webJunk";

const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";
const SPACE = "[\\s\\u3000]";
const N = "[0-9０-９]{1,3}";
const CN = "[一二三四五六七八九十]{1,3}";
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/** ##paidbegin##, ##paidend##: a website's markers around paid content. */
const MARKER = /##[A-Za-z0-9_-]{1,30}##/g;
/** A page number on a line of its own: - 2 -, —3—, 第 3 页 共 8 页, 第3页/共8页, Page 2 of 8. */
const PAGE = new RegExp(
  `^${SPACE}*(?:[-—－–~·]+${SPACE}*${N}${SPACE}*[-—－–~·]+` +
    `|第${SPACE}*(?:${N}|${CN})${SPACE}*页(?:${SPACE}*[，,/／、]?${SPACE}*共${SPACE}*(?:${N}|${CN})${SPACE}*页)?` +
    `|共${SPACE}*${N}${SPACE}*页${SPACE}*[，,/／、]?${SPACE}*第${SPACE}*${N}${SPACE}*页` +
    `|[Pp]age${SPACE}*\\d{1,3}(?:${SPACE}*(?:of|/)${SPACE}*\\d{1,3})?)${SPACE}*$`,
);
/** A site's name in brackets: （中华励志网）, (某某文库), or where the text came from: （来源：某某网）. */
const SITE_IN_BRACKETS = new RegExp(
  `[（(](?:([${HAN}A-Za-z0-9]{1,12}(?:${longestFirst(SITE_ENDINGS)}))|(?:来源|文章来源|本文来源|转自|转载自)[：:][^（）()]{1,30})[）)]`,
  "g",
);
const NOT_SITE = new RegExp(`(?:${longestFirst(NOT_SITES)})$`);
/** A button (复制全文): reported bracketed ([复制全文]) or standing alone (BUTTON_BEFORE, BUTTON_AFTER). */
const BUTTON = new RegExp(longestFirst(BUTTONS), "g");
/** The buttons' first two characters: one quick look before the full list is tried. */
const BUTTON_HINT = new RegExp([...new Set(BUTTONS.map((b) => b.slice(0, 2)))].join("|"));
const BUTTON_OPEN = "【[［";
const BUTTON_CLOSE = "】]］";
/** What may stand before or after a button standing alone: a space, a bar, a sentence's end. */
const BUTTON_BEFORE = /^[。！？；”\s|｜]?$/;
const BUTTON_AFTER = /^[\s|｜]?$/;
/** A view counter after the last sentence, looked for in the paragraph's last characters only. */
const COUNTER = new RegExp(
  `[。！？”](${SPACE}*(?:(?:${longestFirst(COUNTER_WORDS)})${SPACE}*[：:]?${SPACE}*[0-9０-９]+(?:\\.\\d+)?[万千+]*[次人]?|[0-9０-９]+(?:\\.\\d+)?[万千+]*${SPACE}*(?:${longestFirst(COUNTER_TAILS)}))${SPACE}*)$`,
);
const COUNTER_TAIL = 40;
/** Spaces before a Chinese character or a digit (what stands before them is looked at after). */
const GAP = new RegExp(`[ \\u3000\\u00a0]+(?=[${HAN}0-9０-９])`, "g");
const HAS_GAP = /[ \u3000\u00a0]/;
const HAN_CHAR = new RegExp(`[${HAN}]`);
const NOT_BLANK = /\S/;
const DIGIT_CHAR = /[0-9０-９]/;
/**
 * A paragraph that reads as sentences. A line without such marks is a title, heading, 署名 or
 * date; a colon alone makes a form line (姓名：张三　　职务：副局长), spaced on purpose too.
 */
const SENTENCE = /[。，；！？,;!?]/;
/** A run-on item label just before a space (一是 加强……): the space after a label is harmless. */
const RUNON_BEFORE = new RegExp(`(?:^|[。；：，！？\\s\\u3000])${SPACE}*(?:${CN}是|第${CN}|其${CN}|首先|其次|再次|最后)$`);
/** Every character of a heading set apart (存 在 问 题): letter spacing, a typesetting choice. */
const LETTER_SPACED = new RegExp(`^${SPACE}*(?:[${HAN}]${SPACE}+)+[${HAN}]${SPACE}*[：:。]?${SPACE}*$`);
/** Banner metadata that may also be a material's own line after the title (时间：, 作者：). */
const OWN_META = /^[\s\u3000*#]*(?:作者|审核|编者|时间|日期|关键词|摘要|单位|姓名|职务)\s*[：:]/;
/** A site's name alone on a line after the title, which must say it is one (织密监督网 is a heading). */
const SITE_LINE = /^[^\s。，,；;：:]{1,12}(?:网|文库|范文|文秘|资料库|在线)$/;
const SURE_SITE_LINE = /(?:文库|范文|文秘|资料库|在线|文档网|文章网|公文网|写作网|范文网|文秘网|材料网|资料网)$/;
/**
 * How a website's line starts (来源：, 首页 >, 阅读量, 【复制全文】, a date, a link): after the title a
 * banner line must, so that a measure written without its full stop (每月阅读2本书) stays the writer's.
 */
const WEB_START =
  /^(?:来源|文章来源|信息来源|责任编辑|编辑|发布|发表|更新时间|上传|所属栏目|栏目|分类|标签|字数|页数|当前位置|您的位置|你的位置|您现在的位置|位置|首页|阅读|浏览|点击|访问|人气|热度|下载|收藏|点赞|评论|复制|一键|展开|分享|打印|关闭|返回|举报|纠错|字号|上一篇|下一篇|VIP|会员|开通|登录|注册|本文|全文|共|约|【|\[|https?:|www\.|[0-9０-９])/i;

export const junk: Rule = {
  meta: {
    id: "junk",
    category: "paste",
    severity: "warning",
    name: "复制粘贴残留",
    description:
      "从网站或其他文件复制时带进来的无关内容：##paidbegin## 之类的标记、网站名称、栏目、按钮和阅读量，单独成行的页码（- 2 -、第 3 页 共 8 页），以及夹在汉字之间或数字与单位之间的多余空格（学 习、2025 年）。",
    why: "这些残留一看就是从网上复制、拼凑的材料，送审时会被退回；页码和空格在 Word 里重新排版后还会错位。",
    example: { bad: "在聚焦群众急难愁盼、补齐民生短##paidbegin##板方面，我 们 2025 年还有差距。", good: "在聚焦群众急难愁盼、补齐民生短板方面，我们2025年还有差距。" },
    messages: {
      marker: "“{{text}}”是网站的标记，不是正文，应删除。",
      banner: "这一行是网站的名称、栏目、按钮、阅读量或发布信息，不是材料内容，应删除。",
      site: "“{{text}}”是网站名称或来源，不是材料内容，应删除。",
      button: "“{{text}}”是网页上的按钮文字，应删除。",
      counter: "“{{text}}”是网页的阅读量，应删除。",
      pageNumber: "“{{text}}”是复制时带进来的页码或页眉页脚，应删除；页码请用 Word 的页码功能插入。",
      space: "汉字之间多了空格，应删除。",
      spaceNumber: "数字与前后文字之间多了空格，应删除。",
    },
    fixable: true,
  },
  check({ paragraphs, analysis, partOf, headingAt, report }) {
    const titleAt = analysis.title?.paragraph ?? -1;
    paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      if (!NOT_BLANK.test(text)) return;
      const role = partOf(paragraph);
      const heading = headingAt(paragraph);
      const deleteAll: Report["fix"] = { paragraph, start: 0, end: text.length, replacement: "" };
      /** Report [start, end) with a fix deleting it; the whole line when nothing but spaces would be left. */
      const cut = (messageId: string, start: number, end: number) => {
        const alone = !NOT_BLANK.test(text.slice(0, start)) && !NOT_BLANK.test(text.slice(end));
        report({ messageId, paragraph, start, end, data: { text: text.slice(start, end) }, fix: alone ? deleteAll : { paragraph, start, end, replacement: "" } });
      };

      // A whole line of junk: a page number, or a website's banner line (both short).
      if (text.length <= 200) {
        if (!p.inTable && PAGE.test(text)) {
          cut("pageNumber", text.search(NOT_BLANK), text.trimEnd().length);
          return;
        }
        if (isBanner(text, paragraph < titleAt, role, heading !== null, p.inTable === true)) {
          report({ messageId: "banner", paragraph, start: text.search(NOT_BLANK), end: text.trimEnd().length, fix: deleteAll });
          return;
        }
      }

      if (text.includes("##")) for (const m of text.matchAll(MARKER)) cut("marker", m.index, m.index + m[0].length);
      if (text.includes("（") || text.includes("(")) {
        for (const m of text.matchAll(SITE_IN_BRACKETS)) {
          // （含供水管网）, （物联网）: a word ending in 网 that is no website.
          if (m[1] !== undefined && NOT_SITE.test(m[1])) continue;
          cut("site", m.index, m.index + m[0].length);
        }
      }
      for (const m of BUTTON_HINT.test(text) ? text.matchAll(BUTTON) : []) {
        const start = m.index;
        const end = start + m[0].length;
        const open = start > 0 ? BUTTON_OPEN.indexOf(text[start - 1]) : -1;
        if (open >= 0 && text[end] === BUTTON_CLOSE[open]) cut("button", start - 1, end + 1);
        // Unbracketed, only a button standing alone: 点击查看 inside a sentence is the writer's.
        else if (BUTTON_BEFORE.test(text[start - 1] ?? "") && BUTTON_AFTER.test(text[end] ?? "")) cut("button", start, end);
      }
      const tail = text.length - COUNTER_TAIL;
      const counter = COUNTER.exec(tail > 0 ? text.slice(tail) : text);
      if (counter) {
        const from = Math.max(0, tail) + counter.index + 1;
        const start = from + counter[1].search(NOT_BLANK);
        report({ messageId: "counter", paragraph, start, end: text.trimEnd().length, data: { text: text.slice(start, text.trimEnd().length) }, fix: { paragraph, start: from, end: text.length, replacement: "" } });
      }
      // Table cells line up their contents with spaces; they are left alone.
      if (!p.inTable && HAS_GAP.test(text)) spaces(text, paragraph, role, heading?.titleStart ?? null);
    });

    /** Stray spaces inside the text (the indent at the start and spaces at the end are not looked at). */
    function spaces(text: string, paragraph: number, role: string | null, headingTitle: number | null) {
      // A title is typeset by hand: letter spacing (对 照 检 查 材 料) and a space between the unit
      // and the meeting are the writer's layout, not a paste remnant; Word's own spacing is better,
      // but reporting it would put a warning on almost every hand-set title. The 署名 likewise.
      if (role === "title" || role === "signature") return;
      if (headingTitle !== null) {
        // A heading set in letter spacing (存 在 问 题) is spaced on purpose, like a title.
        if (LETTER_SPACED.test(text.slice(headingTitle))) return;
      } else if (!SENTENCE.test(text)) {
        // A line with no sentence marks outside the headings is a 署名, a date or a 落款, where
        // spaces set the name, the post and the date apart on purpose.
        return;
      }
      const first = text.search(/[^\s\u3000]/);
      for (const m of text.matchAll(GAP)) {
        const start = m.index;
        const end = start + m[0].length;
        const left = text[start - 1] ?? "";
        // Only between two Chinese characters or a number and one: not the indent, not after a mark.
        if (!HAN_CHAR.test(left) && !DIGIT_CHAR.test(left)) continue;
        const right = text[end];
        const leftDigit = DIGIT_CHAR.test(left);
        const rightDigit = DIGIT_CHAR.test(right);
        // Two numbers side by side (2 3) are not a number and its unit.
        if (leftDigit && rightDigit) continue;
        // A number label at the start (1 加强学习) or a run-on label (一是 加强): a space after a
        // label is harmless.
        if (leftDigit && /^[0-9０-９]+$/.test(text.slice(first, start))) continue;
        // The space between a heading's number and its words (第一部分 存在问题) likewise.
        if (headingTitle !== null && end <= headingTitle) continue;
        if (RUNON_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
        const han = HAN_CHAR.test(left) && HAN_CHAR.test(right);
        report({ messageId: han ? "space" : "spaceNumber", paragraph, start, end, data: { text: m[0] }, fix: { paragraph, start, end, replacement: "" } });
      }
    }
  },
};

/**
 * A website's banner line (name, breadcrumbs, buttons, counters, article metadata). Before the
 * title `isBannerLine` knows them; after it, lines that may be the material's own are left: the
 * title itself, headings, 署名, table cells, a 时间：/作者： line, a short line ending in 网 that
 * does not say it is a site (织密监督网 may be a heading without a number), and a line that does not
 * start the way a website's lines do (每月阅读2本书 is a measure without its full stop).
 */
function isBanner(text: string, beforeTitle: boolean, role: string | null, heading: boolean, inTable: boolean): boolean {
  if (role === "title" || role === "signature" || heading || inTable) return false;
  if (beforeTitle) return isBannerLine(text, true);
  if (!isBannerLine(text, false)) return false;
  const t = text.trim().replace(/^[*#\s]+|[*\s]+$/g, "");
  if (OWN_META.test(t)) return false;
  if (SURE_SITE_LINE.test(t)) return true;
  if (SITE_LINE.test(t)) return false;
  return WEB_START.test(t);
}
