/**
 * What a website leaves in a text copied from it, beyond the banner lines that
 * `structure/front.ts` (`isBannerLine`) knows: buttons, a site's name in brackets, a view counter
 * after the last sentence. Used by the junk rule.
 */

/** Buttons and links of an article page (复制全文, 点击查看更多). Not 复制 or 下载 alone: those are words. */
export const BUTTONS = [
  "复制全文", "一键复制", "复制本文", "点击复制", "展开全文", "点击查看全文", "点击查看更多", "点击查看原文", "点击查看详情", "点击查看",
  "点击下载", "免费下载", "立即下载", "下载全文", "下载文档", "下载本文", "收藏本文", "加入收藏", "返回顶部", "返回列表", "打印本页",
  "关闭窗口", "分享到微信", "分享到朋友圈", "分享到微博", "分享到",
];

/** What a site's name ends with: (中华励志网), (某某文库). */
export const SITE_ENDINGS = ["文库", "网站", "网"];

/**
 * Words ending in 网 that are not a site (（含供水管网）, （物联网）): a bracketed word ending with one
 * of them is the writer's.
 */
export const NOT_SITES = [
  "互联网", "物联网", "车联网", "联网", "电网", "管网", "路网", "局域网", "广域网", "专网", "内网", "外网", "天网", "法网", "信息网",
  "关系网", "交通网", "光网", "政务网", "监督网", "防护网", "安全网", "保障网", "服务网", "监控网", "防控网", "责任网", "组织网",
  "水网", "骨干网", "铁路网", "公路网", "配网", "主网", "渔网", "球网", "上网", "触网", "入网", "落网", "漏网", "结网", "撒网",
  "收网", "织网", "网格网", "治理网", "宣传网", "覆盖网",
];

/** A counter left after the last sentence: 阅读量：1532, 2万+人阅读. */
export const COUNTER_WORDS = ["阅读量", "阅读数", "阅读次数", "浏览量", "浏览次数", "点击量", "点击数", "访问量"];
export const COUNTER_TAILS = ["人阅读", "次阅读", "次浏览", "人浏览", "人已读", "人看过"];
