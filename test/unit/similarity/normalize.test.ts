import { describe, expect, it } from "vitest";
import { compileStock, normalizeDraft, normalizeText, shippedStock, stockMask } from "../../../src/core/similarity";

const masked = (text: string, stock = shippedStock()) => {
  const draft = normalizeDraft([{ text }]);
  const mask = stockMask(draft, stock);
  return [...draft.chars].map((c, i) => (mask[i] ? c : "_")).join("");
};

describe("查重: what is compared", () => {
  it("leaves out punctuation, spaces, invisible characters and the width of letters and digits", () => {
    expect(normalizeText("全年 蹲点\u3000调研，累计６４天（ＡＢ级）。")).toBe("全年蹲点调研累计64天ab级");
    expect(normalizeText("全年蹲点\u200b调研, 累计64天(AB级).")).toBe("全年蹲点调研累计64天ab级");
  });

  it("leaves out a list number that opens a paragraph and the run-on items inside it", () => {
    const forms = ["一、加强学习", "（一）加强学习", "(1) 加强学习", "1. 加强学习", "1．加强学习", "① 加强学习", "一是加强学习", "第一，加强学习", "首先，加强学习", "**二、** 加强学习"];
    for (const f of forms) expect(normalizeText(f), f).toBe("加强学习");
    expect(normalizeText("一是学习不深。二是调研不实。")).toBe("学习不深调研不实");
    // Words that look like numbers inside a sentence stay: 统一是 is not an item.
    expect(normalizeText("思想统一是前提")).toBe("思想统一是前提");
  });

  it("keeps the place of every compared character in the original text", () => {
    const draft = normalizeDraft([{ text: "（一）学习，调研" }, { text: "" }, { text: "1. 整改" }], false);
    expect(draft.chars).toBe("学习调研整改");
    expect([...draft.paragraph]).toEqual([0, 0, 0, 0, 2, 2]);
    expect([...draft.offset]).toEqual([3, 4, 6, 7, 3, 4]);
  });
});

describe("查重: stock text", () => {
  it("marks formulations and aspect headings inside a sentence, and not the writer's own words", () => {
    const own = (s: string) => "_".repeat(normalizeText(s).length);
    expect(masked("班子坚持用习近平新时代中国特色社会主义思想武装头脑，但对河道清淤抓得不紧")).toBe(
      own("班子坚持用") + "习近平新时代中国特色社会主义思想" + own("武装头脑，但对河道清淤抓得不紧"),
    );
  });

  it("marks a built-in phrase whose slots were filled in, except what was filled in", () => {
    const stock = compileStock(["按照【上级党组织】关于召开【年度】年度民主生活会的通知要求，会前我逐篇研读了学习材料"]);
    // 按照 and 关于召开, shorter than a stock run between two slots, are not stock on their own.
    expect(masked("按照市委组织部关于召开2025年度民主生活会的通知要求，会前我逐篇研读了学习材料", stock)).toBe(
      "_".repeat(normalizeText("按照市委组织部关于召开2025").length) + "年度民主生活会的通知要求会前我逐篇研读了学习材料",
    );
  });

  it("marks nothing of the writer's own words", () => {
    expect(masked("河道清淤抓得不紧，乡镇卫生院排班混乱")).toBe("_".repeat(17));
  });
});
