import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { preambleVoice, signatureVoice, titleVoice } from "../../../src/core/structure/voice";

const doc = (lines: string[]) => paragraphsFromText(lines.join("\n"));

/** A body whose problems speak as 我 (personal) or as 班子 (team). */
const PERSONAL_BODY = [
  "一、存在的主要问题",
  "（一）理论学习方面。一是我学得不深，自己满足于读文件。二是我用得不够，本人很少结合实际。",
  "二、问题产生的原因",
  "一是我放松了理论学习。二是自己党性锻炼不够。",
  "三、整改措施",
  "一是每月集中自学两次。",
];
const TEAM_BODY = [
  "一、存在的主要问题",
  "（一）理论学习方面。一是班子学得不深，有的班子成员满足于读文件。二是班子用得不够。",
  "二、问题产生的原因",
  "一是班子放松了理论学习。二是班子对党性锻炼抓得不紧。",
  "三、整改措施",
  "一是班子每月集中学习一次。",
];

describe("the voice a title declares", () => {
  it.each([
    ["县水利局领导班子2024年度民主生活会对照检查材料", "team"],
    ["中共某县审计局党组2023年度主题教育专题民主生活会对照检查材料", "team"],
    ["县委常委会2025年度民主生活会对照检查材料", "team"],
    ["第三党支部支部班子2024年度组织生活会对照检查材料", "team"],
    ["2024年度组织生活会个人对照检查材料", "personal"],
    ["县交通运输局局长对照检查材料", "personal"],
    ["张某某同志（局长）2024年度民主生活会个人对照检查材料", "personal"],
    ["王某某同志（副县长）对照检查发言材料", "personal"],
    ["巡视整改专题民主生活会对照检查发言（常务副县长）", "personal"],
    ["县财政局党组书记、局长2023年度专题民主生活会发言提纲", "personal"],
    ["县委常委班子成员个人对照检查材料", "personal"],
    ["县委常委班子在2024年度民主生活会上的对照检查材料", "team"],
    ["第一党支部党员郑某某2024年度组织生活会对照检查材料", "personal"],
    ["第一党支部2024年度组织生活会对照检查材料", "team"],
    ["县林业局领导班子2024年度党员领导干部民主生活会对照检查材料", "team"],
  ])("%s → %s", (title, voice) => {
    expect(titleVoice(title)?.voice).toBe(voice);
  });

  it.each([
    "在县委常委班子专题民主生活会上的发言提纲",
    "在市委常委会2024年度民主生活会上的发言",
    "2024年度民主生活会对照检查材料",
    "对照检查材料",
  ])("%s says nothing: 班子 that names the meeting is not the team's voice", (title) => {
    expect(titleVoice(title)).toBeNull();
  });
});

describe("the voice a 署名 line or a preamble declares", () => {
  it.each([
    ["中共某县林业局党组", "team"],
    ["县林业局领导班子", "team"],
    ["县委常委、常务副县长 李某某", "personal"],
    ["城关镇党委书记 周某", "personal"],
    ["县统计局机关第一党支部 陈某某", "personal"],
    ["郑某某", "personal"],
  ])("%s → %s", (line, voice) => {
    expect(signatureVoice(line)?.voice).toBe(voice);
  });

  it("a date is no voice", () => {
    expect(signatureVoice("（2025年1月8日）")).toBeNull();
  });

  it("a preamble speaking as 我, even when it names the 班子 it talked to and the 党组 that asked", () => {
    const p = "按照局党组的统一部署，我会前与班子成员逐一谈心，自己梳理了意见八条。现将个人对照检查情况报告如下：";
    expect(preambleVoice(p)?.voice).toBe("personal");
  });

  it("a preamble speaking as the team", () => {
    const p = "局党组高度重视这次民主生活会，班子会前组织集中学习三次，班子成员之间开展谈心谈话。现将班子对照检查情况报告如下：";
    expect(preambleVoice(p)?.voice).toBe("team");
  });

  it("the 班子 of a meeting the preamble names is not the team's voice", () => {
    const p = "根据县委关于召开县委常委班子专题民主生活会的通知，我认真学习了有关材料，深入查摆自身问题。";
    expect(preambleVoice(p)?.voice).toBe("personal");
  });
});

describe("one voice for the whole analysis", () => {
  it("a title naming a post and a personal preamble decide, and the checklist expects the same", () => {
    const a = analyze(doc(["县住房和城乡建设局局长2024年度民主生活会对照检查材料", "按照县委安排，我认真查摆了问题。现将有关情况报告如下：", ...PERSONAL_BODY]));
    expect(a.voice).toBe("personal");
    expect(a.checklist!.voice).toMatchObject({ expected: "personal", actual: "personal", mismatch: false });
  });

  it("a team title with problems written as 我: the analysis says team, the checklist points at the writing", () => {
    const a = analyze(doc(["县住房和城乡建设局领导班子2024年度民主生活会对照检查材料", "现将班子对照检查情况报告如下：", ...PERSONAL_BODY]));
    expect(a.voice).toBe("team");
    expect(a.checklist!.voice).toMatchObject({ expected: "team", actual: "personal", mismatch: true });
    expect(a.checklist!.voice.message).toContain("班子材料");
  });

  it("a title that names the meeting's 班子 and a personal preamble: personal everywhere", () => {
    const a = analyze(doc(["在县委常委班子2024年度民主生活会上的发言提纲", "按照县委安排，我结合个人思想和工作实际查摆了问题。现将有关情况报告如下：", ...PERSONAL_BODY]));
    expect(a.voice).toBe("personal");
    expect(a.checklist?.voice.expected ?? "personal").toBe("personal");
  });

  it("nothing declared: the problems decide, and nothing is expected of them", () => {
    const a = analyze(doc(["2024年度民主生活会对照检查材料", "现将对照检查情况报告如下：", ...TEAM_BODY]));
    expect(a.voice).toBe("team");
    expect(a.checklist!.voice).toMatchObject({ expected: null, actual: "team", mismatch: false });
  });

  it("a 署名 line that is a unit decides for the team", () => {
    const a = analyze(doc(["2024年度民主生活会对照检查材料", "中共某县林业局党组", "会前认真学习，广泛征求意见。现将对照检查情况报告如下：", ...TEAM_BODY]));
    expect(a.voice).toBe("team");
  });

  it("a team material checked against a type for one member says the type does not fit", () => {
    const a = analyze(doc(["第二党支部支部班子2024年度组织生活会对照检查材料", "现将支部班子对照检查情况报告如下：", ...TEAM_BODY]), { template: "zuzhi-dangyuan" });
    expect(a.voice).toBe("team");
    expect(a.checklist!.voice).toMatchObject({ expected: "team", mismatch: true });
    expect(a.checklist!.voice.message).toContain("请核对会议类型");
  });
});
