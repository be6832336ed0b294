import type { Paragraphs } from "../types";
import { readLabel } from "../outline/labels";
import { namesPart } from "./partPatterns";

/*
 * What comes with a text copied from a website or a finished document, before (or just after)
 * its title: the site's banner and breadcrumbs, buttons (复制全文, 一键复制, 下载), counters
 * (阅读量, 浏览次数), article metadata (来源, 发布时间), and a table of contents. None of it is
 * the title, the 署名 or a part.
 */

const BUTTON_WORDS =
  "复制全文|一键复制|复制本文|全文复制|复制文本|复制内容|点击复制|复制链接|复制|下载全文|下载文档|下载本文|免费下载|立即下载|下载|" +
  "收藏本文|加入收藏|收藏|分享到|分享|打印本页|打印|关闭窗口|关闭|返回顶部|返回列表|返回|举报|纠错|字号|全文阅读|展开全文|阅读全文|" +
  "点赞|评论|转发|上一篇|下一篇|大|中|小|默认|【|】|\\[|\\]";
/** A line made only of buttons: 【复制全文】 【下载】, 字号：大 中 小, 一键复制. */
const BUTTONS = new RegExp(`^(?:(?:${BUTTON_WORDS})[\\s\\u3000|｜/、·•:：]*)+$`);
/** A counter: 阅读量：1532, 浏览次数 2万+, 3120人阅读. */
const COUNTER =
  /(?:阅读量|阅读数|阅读次数|阅读|浏览量|浏览次数|浏览数|浏览|点击量|点击数|点击次数|点击率|访问量|访问次数|人气|热度|下载次数|下载量|收藏数|点赞数|评论数)\s*[：:]?\s*[0-9０-９]|[0-9０-９]+(?:\.\d+)?\s*[万千kK+]*\s*(?:次阅读|人阅读|次浏览|人浏览|次下载|人下载|人已读|人已阅读|人看过|阅读|浏览|次点击|人收藏)/;
/** Article metadata: 来源：某某网, 发布时间：2024-01-05. */
const META =
  /^(?:来源|文章来源|信息来源|作者|编辑|责任编辑|编者|审核|发布时间|发布日期|发表时间|发表日期|更新时间|上传时间|上传者|时间|日期|字数|页数|所属栏目|栏目|分类|标签|关键词|摘要)\s*[：:]/;
/** Breadcrumbs: 首页 > 范文 > 对照材料; 当前位置：. */
const CRUMBS = /^(?:当前位置|您的位置|你的位置|您现在的位置|位置)\s*[：:]|^[^。，,；;]{1,24}(?:\s*[>›»＞]\s*[^。，,；;>›»＞]{1,24}){1,}$/;
const URL = /https?:\/\/|www\.|\.(?:com|cn|net|org|gov)(?:\.cn)?(?:[/\s]|$)/i;
/** A site's name alone: 某某范文网, 某某文库. */
const SITE = /^[^\s。，,；;：:]{1,12}(?:网|文库|范文|文秘|资料库|文档网|文章网|公文网|在线)$/;
const WORD_COUNT = /^(?:本文|全文)?(?:共|约)?\s*[0-9０-９]+\s*(?:字|页)(?:[，,、\s].{0,20})?$|^(?:VIP|会员|开通会员|登录|注册|登录注册|立即登录)/;
/** A time stamp alone: 2024-01-05 10:21, 2024/1/5. */
const STAMP = /^[0-9０-９]{4}[-/.年][0-9０-９]{1,2}[-/.月][0-9０-９]{1,2}日?(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/;

/**
 * A line a website adds around an article: banner, breadcrumbs, buttons, counters, metadata.
 * `beforeTitle` allows lines that could be a 署名 elsewhere (a time stamp).
 */
export function isBannerLine(text: string, beforeTitle = true): boolean {
  const t = text.trim().replace(/^[*#\s]+|[*\s]+$/g, "");
  if (!t || t.length > 80) return false;
  if (/[。；;！!？?]$/.test(t)) return false;
  if (BUTTONS.test(t) && /[\u4e00-\u9fa5]/.test(t)) return true;
  if (META.test(t) || CRUMBS.test(t) || URL.test(t) || WORD_COUNT.test(t)) return true;
  if (t.length <= 40 && COUNTER.test(t) && !/生活会|对照检查|材料|提纲/.test(t)) return true;
  if (SITE.test(t)) return true;
  return beforeTitle && STAMP.test(t);
}

const TOC_HEAD = /^目[\s\u3000]*录[：:]?$|^(?:内容)?目[\s\u3000]*次$/;
/** A page number at the end of a line, after a dot leader, a tab or spaces. */
const PAGE_AT_END = /(?:[.．…·。]{2,}|[-—_－]{3,}|\t|[\s\u3000]{2,}|[\s\u3000](?=[0-9０-９]{1,3}$)|…)[\s\u3000]*[0-9０-９]{1,3}$/;

/** A line of a table of contents: an entry with its page number, or a numbered heading. */
function isTocEntry(text: string, withHead: boolean): boolean {
  const t = text.trim().replace(/^[*#\s]+|[*\s]+$/g, "");
  if (!t || t.length > 70) return false;
  if (PAGE_AT_END.test(t)) return true;
  if (!withHead) return false;
  // After 目录, entries may have no page numbers: they are then headings (numbered, or naming a part).
  if (/[。；;！!？?，,]/.test(t) || /材料|提纲|发言稿/.test(t)) return false;
  return readLabel(t) !== null || namesPart(t) !== null;
}

/**
 * A table of contents starting at `from` (after blank lines): 目录 and its entries, or at least
 * two entries with page numbers. Returns its lines (blank ones between entries included), or null.
 */
export function tableOfContentsAt(paragraphs: Paragraphs, from: number): { first: number; last: number } | null {
  let i = from;
  while (i < paragraphs.length && !paragraphs[i].text.trim()) i++;
  if (i >= paragraphs.length || paragraphs[i].inTable) return null;
  const head = TOC_HEAD.test(paragraphs[i].text.trim());
  const first = i;
  let last = head ? i : -1;
  let entries = 0;
  const seen = new Set<string>();
  let withPages = false;
  for (let k = head ? i + 1 : i; k < paragraphs.length; k++) {
    const t = paragraphs[k].text;
    if (!t.trim()) continue;
    const paged = isTocEntry(t, false);
    // Once entries carry page numbers, a line without one is past the contents.
    if (!(paged || (!withPages && isTocEntry(t, head)))) break;
    withPages ||= paged;
    // An entry met again is the body's own heading: the contents ended before it.
    const key = t.replace(/[\s\u3000.．…·。\-—_－0-9０-９*#]/g, "");
    if (seen.has(key)) break;
    seen.add(key);
    last = k;
    entries++;
  }
  if (head ? entries >= 1 : entries >= 2) return { first, last };
  return null;
}
