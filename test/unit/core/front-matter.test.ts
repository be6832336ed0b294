import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { findTitleAndSignature } from "../../../src/core/structure/parts";
import { isBannerLine, tableOfContentsAt } from "../../../src/core/structure/front";

const doc = (lines: string[]) => paragraphsFromText(lines.join("\n"));
const roles = (lines: string[]) => analyze(doc(lines)).parts.map((p) => [p.role, p.paragraph]);

const BODY = [
  "一、存在的主要问题",
  "（一）理论学习方面。一是我学得不深。二是我用得不够。",
  "二、问题产生的原因",
  "一是我放松了理论学习。",
  "三、整改措施",
  "一是每月集中自学两次。",
];
const TITLE = "县档案馆馆长2024年度民主生活会个人对照检查材料";
const PREAMBLE = "按照县委安排，我认真学习、广泛征求意见。现将对照检查情况报告如下：";

describe("lines a website adds", () => {
  it.each([
    "复制全文",
    "【一键复制】",
    "一键复制 下载文档 收藏",
    "字号：大 中 小",
    "阅读量：1532",
    "浏览次数：2.3万",
    "3120人阅读",
    "来源：某某公文网",
    "发布时间：2024-12-20 09:15",
    "首页 > 党建范文 > 对照检查材料",
    "当前位置：首页",
    "www.example.cn",
    "某某范文网",
    "本文共5862字",
    "2024-12-20",
  ])("%s is a banner line", (line) => {
    expect(isBannerLine(line)).toBe(true);
  });

  it.each([
    TITLE,
    "县统计局机关第二党支部 韩某某",
    "中共某县林业局党组",
    "一、存在的主要问题",
    "按照县委安排，我认真学习。",
    "阅读原著不够，学习浮于表面。",
  ])("%s is not", (line) => {
    expect(isBannerLine(line)).toBe(false);
  });

  it("banner, button and counter lines before the title are skipped, the title is found", () => {
    const lines = ["某某公文网", "首页 > 范文 > 民主生活会", "阅读量：2041", "一键复制", "", TITLE, PREAMBLE, ...BODY];
    const head = findTitleAndSignature(doc(lines));
    expect(head).toMatchObject({ title: [5], signature: [], skipped: [0, 1, 2, 3] });
    const a = analyze(doc(lines));
    expect(a.title).toMatchObject({ paragraph: 5, text: TITLE });
    expect(a.parts.map((p) => [p.role, p.paragraph])).toEqual([
      ["title", 5],
      ["preamble", 6],
      ["problems", 7],
      ["causes", 9],
      ["measures", 11],
    ]);
  });

  it("a counter and a button right after the title are no 署名 and no preamble", () => {
    expect(roles([TITLE, "发布时间：2024-12-20  浏览次数：356", "复制全文", "张某某", PREAMBLE, ...BODY])).toEqual([
      ["title", 0],
      ["signature", 3],
      ["preamble", 4],
      ["problems", 5],
      ["causes", 7],
      ["measures", 9],
    ]);
  });
});

describe("a table of contents", () => {
  it("目录 with dot leaders and page numbers before the title: no title, no parts", () => {
    const lines = [
      "目  录",
      "一、存在的主要问题……………………1",
      "（一）理论学习方面…………………1",
      "二、问题产生的原因……………………3",
      "三、整改措施…………………………4",
      "",
      TITLE,
      PREAMBLE,
      ...BODY,
    ];
    expect(tableOfContentsAt(doc(lines), 0)).toEqual({ first: 0, last: 4 });
    const a = analyze(doc(lines));
    expect(a.title?.paragraph).toBe(6);
    expect(a.parts.map((p) => [p.role, p.heading, p.paragraph])).toEqual([
      ["title", null, 6],
      ["preamble", null, 7],
      ["problems", "一、存在的主要问题", 8],
      ["causes", "二、问题产生的原因", 10],
      ["measures", "三、整改措施", 12],
    ]);
    expect(a.items.filter((i) => i.part === "problems")).toHaveLength(1);
  });

  it("目录 whose entries have no page numbers ends where the title starts", () => {
    const lines = ["目录", "一、存在的主要问题", "二、问题产生的原因", "三、整改措施", TITLE, PREAMBLE, ...BODY];
    expect(findTitleAndSignature(doc(lines))).toMatchObject({ title: [4], skipped: [0, 1, 2, 3] });
    expect(analyze(doc(lines)).parts.map((p) => p.role)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
  });

  it("Word's contents (tab and page number) without a 目录 line", () => {
    const lines = ["一、存在的主要问题\t1", "二、问题产生的原因\t3", "三、整改措施\t4", TITLE, PREAMBLE, ...BODY];
    expect(findTitleAndSignature(doc(lines))).toMatchObject({ title: [3], skipped: [0, 1, 2] });
  });

  it("a contents after the title, before the preamble", () => {
    const lines = [TITLE, "目录", "一、存在的主要问题 ………… 2", "二、问题产生的原因 ………… 3", "三、整改措施 ………… 4", PREAMBLE, ...BODY];
    const a = analyze(doc(lines));
    expect(a.parts.map((p) => [p.role, p.paragraph])).toEqual([
      ["title", 0],
      ["preamble", 5],
      ["problems", 6],
      ["causes", 8],
      ["measures", 10],
    ]);
  });

  it("the body's own headings right after 目录 entries are not swallowed", () => {
    const lines = [TITLE, "目录", "一、存在的主要问题", "二、问题产生的原因", "三、整改措施", ...BODY];
    expect(tableOfContentsAt(doc(lines), 1)).toEqual({ first: 1, last: 4 });
  });

  it("a draft whose first heading is a part heading is not a table of contents", () => {
    expect(tableOfContentsAt(doc(BODY), 0)).toBeNull();
  });
});
