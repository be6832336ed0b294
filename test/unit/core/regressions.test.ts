import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import type { SourceParagraph } from "../../../src/core/types";
import { planAspectInsertion, planPartInsertion, planRenumber } from "../../../src/core/checklist/plan";
import { aspectsFromNames, withWriterAspects } from "../../../src/core/checklist/custom";
import { findTemplate } from "../../../src/data/templates";

/** Drafts that once misled the engine (from a review); each line is a paragraph. */
const doc = (text: string) => paragraphsFromText(text.trim().split("\n").map((l) => l.trim()).join("\n"));
const roles = (ps: SourceParagraph[], template?: string) => analyze(ps, { template }).parts.map((p) => p.role);
const LIUGE = findTemplate("2023-zhuti-liuge")!;
/** Title, preamble, one problem group and the causes heading, shared by several drafts below. */
const OPENING = ["个人对照检查材料", "现将对照检查情况报告如下：", "一、存在的主要问题", "（一）理论学习方面。一是学习不深入。二是学用脱节。", "二、问题产生的原因"].join("\n");

const BODY = `一、存在的主要问题
（一）理论学习方面。一是学习不深入。二是学用脱节。
二、问题产生的原因
一是理想信念有所弱化。二是党性修养不够。
三、整改措施
一是加强理论学习，每月读一本书。二是提高政治站位，年底前完成整改。`;

describe("structure regressions", () => {
  it("a missing problems heading does not swallow the causes and measures", () => {
    const ps = doc(`
      2023年度主题教育专题民主生活会个人对照检查材料
      按照要求，我认真学习，现将对照检查情况报告如下：
      （一）理论学习方面。一是学习不深入，比如我只读了两本书。二是学用脱节。
      （二）政治素质方面。一是政治站位不够高，存在差距。二是政治敏锐性不强。
      二、问题产生的原因
      一是理想信念有所弱化。二是党性修养不够。
      三、整改措施
      一是加强理论学习，每月读一本书。二是提高政治站位。`);
    const a = analyze(ps, { template: LIUGE.id });
    expect(a.parts.map((p) => [p.role, p.inferred])).toEqual([
      ["title", false],
      ["preamble", false],
      ["problems", true],
      ["causes", false],
      ["measures", false],
    ]);
    // The missing aspect goes inside the problems, not after the measures.
    const plan = planAspectInsertion(ps, a, LIUGE, "nengli-benling");
    expect(plan).toMatchObject({ anchor: { paragraph: 3, location: "After" }, paragraphs: [{ text: "（三）能力本领方面。" }] });
  });

  it("unnumbered sub-headings with part words are not parts", () => {
    const ps = doc(`
      ${OPENING}
      理想信念有所弱化
      我放松了主观世界改造，对自己要求不严。
      党性修养有差距
      我对党性锻炼重视不够，自我要求降低。
      三、整改措施
      补齐能力短板
      每月读一本书，年底前完成整改任务。`);
    expect(roles(ps)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
  });

  it("a section that names no part is not taken for the problems", () => {
    const ps = doc(`
      个人对照检查材料
      现将对照检查情况报告如下：
      一、会前准备情况
      会前我认真学习了党章和有关文件，和班子成员逐一谈心。
      二、存在的主要问题
      （一）理论学习方面。一是学习不深入。二是学用脱节。
      三、问题产生的原因
      一是理想信念有所弱化。
      四、整改措施
      一是每月读一本书。`);
    expect(roles(ps)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
    expect(analyze(ps).items.find((i) => i.part === "problems")!.title).toBe("理论学习方面");
  });

  it("an aspect heading that says 整改落实情况 is not a follow-up part", () => {
    const ps = doc(`
      巡视整改专题民主生活会对照检查材料
      现报告如下：
      一、存在的主要问题
      （一）在落实管党治党责任方面。一是我抓党建不够。
      （二）在巡视整改落实情况方面。一是我整改不彻底，存在反弹。
      二、问题产生的原因
      一是理想信念有所弱化。
      三、整改措施
      一是每月集中学习一次。`);
    expect(roles(ps)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
  });

  it("a last measure asking for oversight is not the closing; a closing followed by a name and date is", () => {
    const measures = doc(`个人对照检查材料\n现将对照检查情况报告如下：\n${BODY}\n三是主动接受监督，恳请同志们经常提醒。`);
    expect(roles(measures).at(-1)).toBe("measures");
    const signed = doc(`个人对照检查材料\n现将对照检查情况报告如下：\n${BODY}\n以上是我的对照检查，请各位同志批评指正。\n\n张三\n\n2024年1月5日`);
    const a = analyze(signed);
    expect(a.parts.at(-1)).toMatchObject({ role: "closing", first: 8, last: 12 });
    expect(a.parts.find((p) => p.role === "measures")!.last).toBe(7);
  });

  it("Word bullets are body text, not headings", () => {
    const ps: SourceParagraph[] = [
      { text: "个人对照检查材料" },
      { text: "现将对照检查情况报告如下：" },
      { text: "认真学习党章", listString: "•" },
      { text: "广泛征求意见", listString: "\uF0B7" },
      ...doc(BODY),
    ];
    expect(roles(ps)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
  });

  it("numbers in table cells are not headings, and renumbering leaves them and the real headings alone", () => {
    const ps: SourceParagraph[] = [
      { text: "个人对照检查材料" },
      { text: "现将对照检查情况报告如下：" },
      { text: "一、存在的主要问题" },
      { text: "（一）理论学习方面。一是学习不深入。二是学用脱节。" },
      { text: "（一）学习不深入", inTable: true },
      { text: "（二）学用脱节", inTable: true },
      { text: "（二）政治素质方面。一是政治站位不够高。二是敏锐性不强。" },
      { text: "二、问题产生的原因" },
      { text: "一是理想信念有所弱化。" },
      { text: "三、整改措施" },
      { text: "一是每月读一本书。" },
    ];
    const a = analyze(ps, { template: LIUGE.id });
    expect(a.items.filter((i) => i.part === "problems").map((i) => i.title)).toEqual(["理论学习方面", "政治素质方面"]);
    expect(planRenumber(ps, a)).toEqual([]);
    // A heading for the aspect after 理论学习 goes after the table, not into its last cell.
    const plan = planAspectInsertion(ps, a, LIUGE, "zhengzhi-suzhi");
    expect(plan).toMatchObject({ anchor: { paragraph: 6, location: "Before" } });
  });

  it("首先, 其次, 最后 each opening its own paragraph are three items", () => {
    const ps = doc(`
      ${OPENING}
      一是理想信念有所弱化。
      三、整改措施
      首先，加强理论学习，每月读一本书。
      其次，提高政治站位。
      最后，年底前完成整改。`);
    expect(analyze(ps).items.filter((i) => i.part === "measures").map((i) => i.title)).toEqual([
      "加强理论学习，每月读一本书",
      "提高政治站位",
      "年底前完成整改",
    ]);
  });

  it("a unit line above the title, and a title broken over two lines, make one title", () => {
    const unit = analyze(doc(`中共某某县委常委会\n2023年度主题教育专题民主生活会对照检查材料\n现将对照检查情况报告如下：\n${BODY}`));
    expect(unit.title?.text).toBe("中共某某县委常委会2023年度主题教育专题民主生活会对照检查材料");
    expect(unit.kind).toBe("material");
    const broken = analyze(doc(`张三在2023年度主题教育专题民主生活会上的\n个人对照检查材料\n（2024年1月5日）\n现将对照检查情况报告如下：\n${BODY}`));
    expect(broken.title?.text).toBe("张三在2023年度主题教育专题民主生活会上的个人对照检查材料");
    expect(broken.parts.map((p) => p.role)).toEqual(["title", "signature", "preamble", "problems", "causes", "measures"]);
  });

  it("a chosen meeting type checks an early draft that is not yet a material", () => {
    const ps = doc(`张三同志2023年度民主生活会发言材料\n一、存在的主要问题`);
    const a = analyze(ps, { template: LIUGE.id });
    expect(a.checklist?.parts.map((p) => [p.role, p.status])).toEqual([
      ["problems", "present"],
      ["causes", "missing"],
      ["measures", "missing"],
    ]);
    expect(planPartInsertion(ps, a, LIUGE, "causes")).toMatchObject({ anchor: { paragraph: 1, location: "After" }, paragraphs: [{ text: "二、问题产生的原因剖析" }] });
  });

  it("a lone 一是 after a heading's full stop is an item", () => {
    const a = analyze(doc(`个人对照检查材料\n一、存在的主要问题\n（一）在整改方面。一是我整改不彻底。\n二、问题产生的原因\n三、整改措施`));
    expect(a.outline[0].children[0].children.map((c) => c.label)).toEqual(["一是"]);
  });

  it("a first line that is a part heading is not the title", () => {
    const a = analyze(doc(`存在的主要问题\n（一）理论学习方面。一是学习不深入。\n问题产生的原因\n一是理想信念有所弱化。\n整改措施\n一是每月读一本书。`));
    expect(a.title).toBeNull();
    expect(a.parts.map((p) => p.role)).toEqual(["problems", "causes", "measures"]);
  });
});

describe("aspects the writer types", () => {
  it.each([
    ["八项规定精神落实", "八项规定精神落实", "在八项规定精神落实方面"],
    ["一岗双责落实", "一岗双责落实", "在一岗双责落实方面"],
    ["（一）在落实管党治党责任方面", "落实管党治党责任", "在落实管党治党责任方面"],
    ["2.意识形态工作", "意识形态工作", "在意识形态工作方面"],
  ])("%s keeps its words", (typed, name, heading) => {
    expect(aspectsFromNames([typed])[0]).toMatchObject({ name, heading });
  });

  it("match a heading that joins the same words with 和", () => {
    const t = withWriterAspects(findTemplate("xunshi-zhenggai")!, ["形式主义官僚主义", "不及时不到位的问题"]);
    const a = analyze(doc(`巡视整改专题民主生活会对照检查材料\n一、存在问题\n（一）在形式主义和官僚主义方面。一是文山会海。\n二、原因\n一是宗旨意识淡化。\n三、整改措施\n一是每月下基层。`), { template: t });
    expect(a.checklist!.aspects.map((x) => [x.name, x.status])).toEqual([
      ["形式主义官僚主义", "present"],
      ["不及时不到位", "missing"],
    ]);
  });
});

describe("insertion anchors", () => {
  it("an aspect after the last group does not land after the closing", () => {
    const ps = doc(`个人对照检查材料\n现将对照检查情况报告如下：\n一、存在的主要问题\n（一）理论学习方面。一是学习不深入。\n以上是我的对照检查，请各位同志批评指正。`);
    const a = analyze(ps, { template: LIUGE.id });
    expect(planAspectInsertion(ps, a, LIUGE, "zhengzhi-suzhi")).toMatchObject({ anchor: { paragraph: 3, location: "After" } });
  });
});

describe("more numbering shapes", () => {
  it("第一部分 headings are the parts, 一、 the groups under them", () => {
    const a = analyze(
      doc(`个人对照检查材料
      现将对照检查情况报告如下：
      第一部分 存在的主要问题
      一、理论学习方面。一是学习不深入。二是学用脱节。
      二、政治素质方面。一是站位不高。
      第二部分 问题产生的原因
      一、理想信念有所弱化。
      第三部分 整改措施
      一、每月读一本书。`),
      { template: LIUGE.id },
    );
    expect(a.parts.map((p) => [p.role, p.heading])).toEqual([
      ["title", null],
      ["preamble", null],
      ["problems", "第一部分 存在的主要问题"],
      ["causes", "第二部分 问题产生的原因"],
      ["measures", "第三部分 整改措施"],
    ]);
    expect(a.items.filter((i) => i.part === "problems").map((i) => [i.title, i.children])).toEqual([
      ["理论学习方面", 2],
      ["政治素质方面", 1],
    ]);
    // A missing part heading is numbered the way the draft numbers its parts.
    const ps = doc(`个人对照检查材料\n第一部分 存在的主要问题\n一、理论学习方面。一是学习不深入。\n第二部分 整改措施\n一、每月读一本书。`);
    const plan = planPartInsertion(ps, analyze(ps, { template: LIUGE.id }), LIUGE, "causes");
    expect(plan).toMatchObject({ paragraphs: [{ text: "第二部分 问题产生的原因剖析" }] });
  });

  it("1） with only its closing bracket is an item", () => {
    const a = analyze(doc(`个人对照检查材料\n一、存在的主要问题\n（一）理论学习方面\n1）学习不深入。\n2）学用脱节。\n二、原因\n三、整改措施`));
    expect(a.outline[0].children[0].children.map((c) => c.label)).toEqual(["1）", "2）"]);
  });
});

describe("aspect matching, second review", () => {
  it("does not join words across a comma: 工作，风险 is not 工作作风", () => {
    const a = analyze(doc(`个人对照检查材料\n一、存在的主要问题\n（一）在统筹安全和发展工作，风险防范方面。一是风险意识不强。\n二、问题产生的原因\n一是理想信念有所弱化。\n三、整改措施\n一是每月读一本书。`), { template: LIUGE.id });
    expect(a.checklist!.aspects.find((x) => x.name === "工作作风")!.status).toBe("missing");
  });

  it("a writer's aspect joined by 和 also matches either half", () => {
    const t = withWriterAspects(findTemplate("xunshi-zhenggai")!, ["落实全面从严治党主体责任和监督责任"]);
    const a = analyze(doc(`巡视整改专题民主生活会对照检查材料\n一、存在问题\n（一）在落实全面从严治党主体责任方面。一是压力传导不够。\n二、原因\n一是宗旨意识淡化。\n三、整改措施\n一是每月下基层。`), { template: t });
    expect(a.checklist!.aspects[0].status).toBe("present");
  });
});

describe("renumbering, second review", () => {
  it("offers nothing for a draft whose numbers are merely not 1, 2, 3 (a 会前准备 section, a restart)", () => {
    const ps = doc(`个人对照检查材料\n一、会前准备情况\n会前认真学习。\n二、存在的主要问题\n（一）理论学习方面。一是学习不深入。\n三、问题产生的原因\n一是理想信念有所弱化。\n四、整改措施\n一是每月读一本书。`);
    expect(planRenumber(ps, analyze(ps))).toEqual([]);
    const gap = doc(`个人对照检查材料\n二、存在的主要问题\n三、问题产生的原因\n四、整改措施`);
    expect(planRenumber(gap, analyze(gap))).toEqual([]);
  });

  it("a part heading numbered after a 会前准备 section counts it", () => {
    const T2024 = findTemplate("2024-niandu-sige-daitou")!;
    const ps = doc(`个人对照检查材料\n一、会前准备情况\n会前认真学习。\n二、存在的主要问题\n（一）带头严守政治纪律和政治规矩方面。一是守得不严。\n三、问题产生的原因\n一是理想信念有所弱化。\n四、整改措施\n一是每月读一本书。`);
    const plan = planPartInsertion(ps, analyze(ps, { template: T2024 }), T2024, "case");
    expect(plan).toMatchObject({ paragraphs: [{ text: "三、反面典型案例剖析" }] });
  });
});

describe("structure, second review", () => {
  const lines = (s: string) => s.trim().split("\n").map((l) => l.trim());
  const partsOf = (s: string) => analyze(paragraphsFromText(lines(s).join("\n"))).parts.map((p) => p.role);

  it("unnumbered part headings that say 不足 and 举措", () => {
    expect(partsOf(`个人对照检查材料
      现将对照检查情况报告如下：
      存在的差距和不足
      （一）理论学习方面。一是学习不深入。二是学用脱节。
      问题产生的原因
      一是理想信念有所弱化。
      今后的整改举措
      一是每月读一本书。`)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
  });

  it("a numbered draft whose writer forgot 三、 before 整改措施", () => {
    expect(partsOf(`个人对照检查材料
      现将对照检查情况报告如下：
      一、存在的主要问题
      （一）理论学习方面。一是学习不深入。
      二、问题产生的原因
      一是理想信念有所弱化。
      整改措施
      一是每月读一本书。`)).toEqual(["title", "preamble", "problems", "causes", "measures"]);
  });

  it("a weakly worded group stays with the groups around it when the problems heading is missing", () => {
    const a = analyze(
      paragraphsFromText(
        lines(`2023年度主题教育专题民主生活会个人对照检查材料
        按照要求，现将对照检查情况报告如下：
        （一）理论学习方面。一是学习不深入，比如我只读了两本书。二是学用脱节。
        （二）能力本领方面。一是对新知识学得少。二是解决复杂问题的办法少。
        （三）担当作为方面。一是工作存在畏难情绪，有差距。二是执行不到位。
        二、问题产生的原因
        一是理想信念有所弱化。
        三、整改措施
        一是每月读一本书。`).join("\n"),
      ),
      { template: LIUGE.id },
    );
    expect(a.items.filter((i) => i.part === "problems").map((i) => i.title)).toEqual(["理论学习方面", "能力本领方面", "担当作为方面"]);
    expect(a.checklist!.aspects.find((x) => x.name === "能力本领")!.status).toBe("present");
  });

  it("a closing that starts with 最后 is not also a measure; a lone 首先 in a preamble is prose", () => {
    const a = analyze(
      paragraphsFromText(
        lines(`个人对照检查材料
        首先，感谢组织给我这次机会。现将对照检查情况报告如下：
        一、存在的主要问题
        （一）理论学习方面。一是学习不深入。
        二、问题产生的原因
        一是理想信念有所弱化。
        三、整改措施
        首先，加强理论学习。
        其次，提高政治站位。
        最后，恳请各位同志对我批评指正。`).join("\n"),
      ),
    );
    expect(a.parts.at(-1)!.role).toBe("closing");
    expect(a.items.filter((i) => i.part === "measures")).toHaveLength(2);
    expect(a.outline.filter((n) => n.kind === "item")).toEqual([]);
  });

  it("an unnumbered paragraph led by its aspect (在理论学习方面，…一是…二是…) is a group of items", () => {
    const a = analyze(
      paragraphsFromText(
        lines(`个人对照检查材料
        一、存在的主要问题
        在理论学习方面，自己学得不够深，主要是：一是满足于读原文。二是学用结合不紧。
        在工作作风方面，一是调研浮在面上。二是会议偏多。
        在此基础上，我还要说明一点情况。
        二、问题产生的原因
        一是理想信念有所弱化。二是党性修养不够。`).join("\n"),
      ),
      { template: LIUGE.id },
    );
    const problems = a.outline[0];
    expect(problems.children.map((g) => [g.title, g.children.length])).toEqual([
      ["在理论学习方面", 2],
      ["在工作作风方面", 2],
    ]);
    expect(a.checklist!.aspects.filter((x) => x.status === "present").map((x) => x.name)).toEqual(["理论学习", "工作作风"]);
  });
});
