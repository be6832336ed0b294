import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

import type { AspectSpec, MeetingTemplate } from "../../../src/core/checklist/template";
import { PART_ROLES, type PartRole } from "../../../src/core/structure/roles";
import { MEETING_TEMPLATES, findTemplate } from "../../../src/data/templates";

/** The matching rule the data is written for: a heading matches when it contains any term. */
function matches(heading: string, aspect: AspectSpec): boolean {
  return aspect.terms.some((t) => heading.includes(t));
}

function matchingIds(heading: string, template: MeetingTemplate): string[] {
  return template.aspects.filter((a) => matches(heading, a)).map((a) => a.id);
}

/**
 * A plain scoring of detect terms (sum of the weights of the terms the text contains,
 * highest wins). Only a sanity check of the weights; the product's detector may differ.
 */
function bestTemplate(text: string): string {
  let best = "";
  let bestScore = -1;
  for (const t of MEETING_TEMPLATES) {
    const score = t.detect.filter((d) => text.includes(d.term)).reduce((s, d) => s + d.weight, 0);
    if (score > bestScore) {
      best = t.id;
      bestScore = score;
    }
  }
  return best;
}

/** Terms so general that they would match aspects of other templates or whole headings. */
const TOO_GENERIC = ["政治", "方面", "问题", "带头", "差距", "存在", "不足", "学习", "工作", "能力", "作为", "责任", "意识", "党员", "思想", "找一找", "在"];

const REQUIRED_IDS = [
  "2023-zhuti-liuge",
  "2023-niandu-zhuanti",
  "2024-niandu-sige-daitou",
  "2025-niandu-wuge-daitou",
  "2019-buwang-chuxin",
  "zuzhi-dangyuan",
  "zuzhi-zhibu-banzi",
  "xunshi-zhenggai",
];

describe("meeting templates: shape", () => {
  it("ships the required templates with unique ids", () => {
    const ids = MEETING_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
    expect(ids).not.toContain("custom");
  });

  it("findTemplate finds by id and returns undefined otherwise", () => {
    expect(findTemplate("2025-niandu-wuge-daitou")?.name).toContain("五个带头");
    expect(findTemplate("no-such-template")).toBeUndefined();
  });

  for (const t of MEETING_TEMPLATES) {
    describe(t.id, () => {
      it("has non-empty texts and slots", () => {
        expect(t.name.trim()).not.toBe("");
        expect(t.note.trim()).not.toBe("");
        expect(t.skeletonTitle).toMatch(/【[^】]+】/);
        expect(t.skeletonPreamble).toMatch(/【[^】]+】/);
        expect(t.skeletonPreamble.endsWith("现将对照检查情况报告如下：")).toBe(true);
        expect(["minzhu", "zuzhi"]).toContain(t.meeting);
        expect(["personal", "team", "any"]).toContain(t.audience);
        expect(["high", "medium", "low"]).toContain(t.confidence);
      });

      it("lists PartRoles in canonical order, each with a heading", () => {
        expect(t.parts.length).toBeGreaterThan(0);
        const order = t.parts.map((p) => PART_ROLES.indexOf(p as PartRole));
        for (const i of order) expect(i).toBeGreaterThanOrEqual(0);
        for (let k = 1; k < order.length; k++) expect(order[k]).toBeGreaterThan(order[k - 1]);
        for (const p of ["title", "signature", "preamble", "closing"] as const) expect(t.parts).not.toContain(p);
        for (const p of ["problems", "causes", "measures"] as const) expect(t.parts).toContain(p);
        expect(Object.keys(t.partHeadings).sort()).toEqual([...t.parts].sort());
        for (const p of t.parts) {
          const h = t.partHeadings[p] ?? "";
          expect(h.trim()).not.toBe("");
          expect(h).not.toMatch(/^[（(]?[一二三四五六七八九十\d]+[、）).．]/);
        }
      });

      it("has detect terms", () => {
        expect(t.detect.length).toBeGreaterThan(0);
        for (const d of t.detect) {
          expect(d.term.trim()).not.toBe("");
          expect(d.weight).toBeGreaterThan(0);
        }
        expect(new Set(t.detect.map((d) => d.term)).size).toBe(t.detect.length);
      });

      it("has writerDefinesAspects exactly when its aspect list is empty", () => {
        expect(t.writerDefinesAspects === true).toBe(t.aspects.length === 0);
      });

      it("has well-formed aspects with unique ids", () => {
        const ids = t.aspects.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const a of t.aspects) {
          expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(a.name.trim()).not.toBe("");
          expect(a.heading.trim()).not.toBe("");
          expect(a.heading).not.toMatch(/^[（(]?[一二三四五六七八九十\d]+[、）).．]/);
          expect(a.terms.length).toBeGreaterThan(0);
          expect(new Set(a.terms).size).toBe(a.terms.length);
          for (const term of a.terms) {
            expect(term.trim()).toBe(term);
            expect(term).not.toBe("");
            expect(TOO_GENERIC).not.toContain(term);
          }
          // longest first, as the schema asks
          for (let k = 1; k < a.terms.length; k++) {
            expect(a.terms[k].length).toBeLessThanOrEqual(a.terms[k - 1].length);
          }
          expect(["high", "medium", "low"]).toContain(a.confidence);
        }
      });

      it("matches each aspect's heading to that aspect only", () => {
        for (const a of t.aspects) {
          expect(matchingIds(a.heading, t), `heading of ${a.id}: ${a.heading}`).toEqual([a.id]);
        }
      });

      it("says in the note when some wording is not confirmed", () => {
        if (t.aspects.some((a) => a.confidence !== "high")) expect(t.note).toContain("核实");
        if (t.aspects.length > 0 && t.aspects.every((a) => a.confidence === "low")) {
          expect(t.confidence).toBe("low");
        }
      });
    });
  }
});

describe("meeting templates: content", () => {
  it("2023 主题教育 has exactly the six 突出问题, in order", () => {
    const t = findTemplate("2023-zhuti-liuge")!;
    expect(t.aspects.map((a) => a.name)).toEqual(["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"]);
  });

  it("2023年度 专题民主生活会 has the notice's six aspects, in order", () => {
    const t = findTemplate("2023-niandu-zhuanti")!;
    expect(t.aspects.map((a) => a.name)).toEqual([
      "学习贯彻习近平新时代中国特色社会主义思想",
      "维护党中央权威和集中统一领导",
      "践行宗旨、服务人民",
      "求真务实、狠抓落实",
      "以身作则、廉洁自律",
      "履行全面从严治党政治责任",
    ]);
  });

  it("2024 and 2025 put the case analysis between problems and causes", () => {
    for (const id of ["2024-niandu-sige-daitou", "2025-niandu-wuge-daitou"]) {
      const t = findTemplate(id)!;
      expect(t.parts).toEqual(["problems", "case", "causes", "measures"]);
      expect(t.partHeadings.case).toBe("反面典型案例剖析");
    }
    expect(findTemplate("2024-niandu-sige-daitou")!.aspects).toHaveLength(4);
    expect(findTemplate("2025-niandu-wuge-daitou")!.aspects).toHaveLength(5);
  });

  it("2025: (一) high, (二)–(五) medium", () => {
    const t = findTemplate("2025-niandu-wuge-daitou")!;
    expect(t.aspects.map((a) => a.confidence)).toEqual(["high", "medium", "medium", "medium", "medium"]);
  });

  it("2019: the four 找一找 are the aspects; the 四个对照 are in the note", () => {
    const t = findTemplate("2019-buwang-chuxin")!;
    expect(t.aspects).toHaveLength(4);
    expect(t.note).toContain("四个对照");
    expect(t.note).toContain("对照党章党规");
  });

  it("组织生活会 templates: members personal, branch committee team", () => {
    const m = findTemplate("zuzhi-dangyuan")!;
    expect(m.meeting).toBe("zuzhi");
    expect(m.audience).toBe("personal");
    expect(m.aspects.map((a) => a.name)).toEqual(["政治信仰", "党员意识", "理论学习", "能力本领", "作用发挥", "纪律作风"]);
    const b = findTemplate("zuzhi-zhibu-banzi")!;
    expect(b.meeting).toBe("zuzhi");
    expect(b.audience).toBe("team");
    expect(b.aspects).toHaveLength(6);
  });

  it("巡视整改: the writer supplies the aspects", () => {
    const t = findTemplate("xunshi-zhenggai")!;
    expect(t.writerDefinesAspects).toBe(true);
    expect(t.aspects).toEqual([]);
  });
});

/** Reworded headings as drafts write them: [template, heading, expected aspect id]. */
const REWORDED: [string, string, string][] = [
  ["2023-zhuti-liuge", "（一）在理论学习上", "lilun-xuexi"],
  ["2023-zhuti-liuge", "二、政治素质方面存在的问题", "zhengzhi-suzhi"],
  ["2023-zhuti-liuge", "（三）履职能力方面", "nengli-benling"],
  ["2023-zhuti-liuge", "在能力本领上存在的差距", "nengli-benling"],
  ["2023-zhuti-liuge", "（四）担当作为不够方面", "dandang-zuowei"],
  ["2023-zhuti-liuge", "五、工作作风方面", "gongzuo-zuofeng"],
  ["2023-zhuti-liuge", "（六）在清正廉洁方面。", "lianjie-zilv"],

  ["2023-niandu-zhuanti", "（一）在学懂弄通做实习近平新时代中国特色社会主义思想方面", "xuexi-guanche"],
  ["2023-niandu-zhuanti", "（二）坚决维护党中央权威和集中统一领导方面", "weihu-quanwei"],
  ["2023-niandu-zhuanti", "在坚持以人民为中心方面", "zongzhi-renmin"],
  ["2023-niandu-zhuanti", "四、求真务实、狠抓落实方面", "qiushi-luoshi"],
  ["2023-niandu-zhuanti", "（五）以身作则、廉洁自律方面。", "lianjie-zilv"],
  ["2023-niandu-zhuanti", "在落实管党治党责任方面", "congyan-zhidang"],

  ["2024-niandu-sige-daitou", "（一）带头严守政治纪律政治规矩，维护党的团结统一方面", "zhengzhi-jilv"],
  ["2024-niandu-sige-daitou", "在增强党性、严守纪律、砥砺作风方面存在的问题", "dangxing-zuofeng"],
  ["2024-niandu-sige-daitou", "三、在遵规守纪、清正廉洁前提下勇于担责敢于创新方面", "danze-chuangxin"],
  ["2024-niandu-sige-daitou", "带头履行管党治党政治责任方面", "congyan-zhidang"],

  ["2025-niandu-wuge-daitou", "带头强化政治忠诚，提高政治能力方面。", "zhengzhi-zhongcheng"],
  ["2025-niandu-wuge-daitou", "（二）带头固本培元、增强党性方面", "guben-peiyuan"],
  ["2025-niandu-wuge-daitou", "在敬畏人民、敬畏组织、敬畏法纪方面", "jingwei"],
  ["2025-niandu-wuge-daitou", "（四）在干事创业、担当作为方面存在的问题", "dandang-zuowei"],
  ["2025-niandu-wuge-daitou", "五、坚决扛起管党治党责任方面", "guandang-zhidang"],

  ["2019-buwang-chuxin", "（一）在增强四个意识、坚定四个自信、做到两个维护方面的差距", "sige-yishi"],
  ["2019-buwang-chuxin", "在知敬畏、存戒惧、守底线方面", "jingwei-dixian"],
  ["2019-buwang-chuxin", "（三）在群众观点、群众立场、群众感情、服务群众方面", "qunzhong"],
  ["2019-buwang-chuxin", "四、思想觉悟、能力素质、道德修养、作风形象方面的差距", "sixiang-zuofeng"],

  ["zuzhi-dangyuan", "在坚定政治信仰方面存在的问题", "zhengzhi-xinyang"],
  ["zuzhi-dangyuan", "（二）党员意识方面", "dangyuan-yishi"],
  ["zuzhi-dangyuan", "三、理论学习方面", "lilun-xuexi"],
  ["zuzhi-dangyuan", "（四）业务能力和本领方面", "nengli-benling"],
  ["zuzhi-dangyuan", "（五）先锋模范作用发挥方面", "zuoyong-fahui"],
  ["zuzhi-dangyuan", "作风纪律方面", "jilv-zuofeng"],

  ["zuzhi-zhibu-banzi", "（一）发挥政治引领作用方面", "zhengzhi-yinling"],
  ["zuzhi-zhibu-banzi", "在贯彻落实上级党组织决策部署方面", "guanche-bushu"],
  ["zuzhi-zhibu-banzi", "（三）落实“三会一课”等组织生活制度方面", "zuzhi-shenghuo"],
  ["zuzhi-zhibu-banzi", "严格党员教育管理监督方面", "jiaoyu-guanli"],
  ["zuzhi-zhibu-banzi", "五、联系服务群众方面", "fuwu-qunzhong"],
  ["zuzhi-zhibu-banzi", "（六）改进工作作风方面", "gongzuo-zuofeng"],
];

describe("reworded headings match exactly one aspect", () => {
  it.each(REWORDED)("%s: %s", (templateId, heading, aspectId) => {
    const t = findTemplate(templateId);
    expect(t, templateId).toBeDefined();
    expect(matchingIds(heading, t!)).toEqual([aspectId]);
  });

  it("covers every template that has aspects", () => {
    for (const t of MEETING_TEMPLATES) {
      if (t.aspects.length > 0) expect(REWORDED.some(([id]) => id === t.id), t.id).toBe(true);
    }
  });
});

describe("detect weights pick the right template for fresh titles", () => {
  const TITLES: [string, string][] = [
    ["【单位】2025年度民主生活会领导班子对照检查材料，按照五个带头要求查摆", "2025-niandu-wuge-daitou"],
    ["2025年度民主生活会个人对照检查材料", "2025-niandu-wuge-daitou"],
    ["2024年度民主生活会个人对照检查材料", "2024-niandu-sige-daitou"],
    ["2023年度主题教育专题民主生活会个人对照检查材料", "2023-zhuti-liuge"],
    ["围绕践行宗旨、服务人民，求真务实、狠抓落实等6个方面的2023年度专题民主生活会材料", "2023-niandu-zhuanti"],
    ["2024年度组织生活会党员个人对照检查材料", "zuzhi-dangyuan"],
    ["第一党支部支部班子2024年度组织生活会对照检查材料", "zuzhi-zhibu-banzi"],
    ["市委巡察反馈问题整改专题民主生活会对照检查材料", "xunshi-zhenggai"],
    ["“不忘初心、牢记使命”专题民主生活会检视剖析材料", "2019-buwang-chuxin"],
  ];
  it.each(TITLES)("%s", (title, id) => {
    expect(bestTemplate(title)).toBe(id);
  });
});

const CORPUS = resolve(process.cwd(), "../shared/corpus");
const hasCorpus = existsSync(CORPUS);

describe.skipIf(!hasCorpus)(`real materials (${hasCorpus ? CORPUS : "../shared/corpus absent: skipped"})`, () => {
  const read = (name: string) => readFileSync(join(CORPUS, name), "utf8");
  const head = (text: string) =>
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .slice(0, 3)
      .join("\n");

  it.each([
    ["000_9c946f565812d97f.txt", "xunshi-zhenggai"],
    ["002_f74d4e86f4bdd75e.txt", "2019-buwang-chuxin"],
    ["003_1ccbe2b6f31ac39f.txt", "xunshi-zhenggai"],
    ["004_e313425cfc1e017d.txt", "2023-zhuti-liuge"],
  ])("%s: title and preamble point to %s", (file, id) => {
    expect(bestTemplate(head(read(file)))).toBe(id);
  });

  it("004: its six problem headings match the six 突出问题 in order", () => {
    const lines = read("004_e313425cfc1e017d.txt").split(/\r?\n/);
    const start = lines.findIndex((l) => l.startsWith("一、"));
    const end = lines.findIndex((l, i) => i > start && l.startsWith("二、"));
    const headings = lines
      .slice(start + 1, end)
      .filter((l) => /^（[一二三四五六七八九十]+）/.test(l))
      .map((l) => l.split("。")[0]);
    const t = findTemplate("2023-zhuti-liuge")!;
    expect(headings.map((h) => matchingIds(h, t))).toEqual(t.aspects.map((a) => [a.id]));
  });
});
