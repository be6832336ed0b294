import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";
import { runRules } from "../../../src/core/rules/runner";
import { placeholders } from "../../../src/core/rules/placeholders";
import { damagedNames } from "../../../src/core/rules/damaged-names";
import { junk } from "../../../src/core/rules/junk";

/**
 * Whole drafts of our own, correct but full of what looks suspicious to these rules (个人, 所以,
 * 场所, 次要, 张贴, 2025年度, 【】 in a title, 《》 names, quotes inside quotes, numbers with their
 * units, a spaced title): none of the three rules finds anything. And our fixture drafts give only
 * what they were written to show.
 */
const RULES = [placeholders, damagedNames, junk];

function found(lines: readonly string[]) {
  const paragraphs = lines.map((text) => ({ text }));
  const { findings: _all, ...analysis } = analyze(paragraphs);
  return runRules(paragraphs, analysis, {}, RULES).map((f) => `${f.paragraph} ${f.rule}/${f.messageId} ${f.text}`);
}

const PERSONAL_2025 = [
  "县 住 建 局 局 长",
  "【2025年度】民主生活会个人对照检查材料",
  "按照县委关于召开2025年度民主生活会的部署，我认真学习了《习近平关于加强党的作风建设论述摘编》，围绕“五个带头”逐项检视。现将个人对照检查情况报告如下：",
  "一、存在的问题",
  "（一）带头强化政治忠诚方面。我个人对习近平总书记关于城市工作的重要论述学得不深，个别时候以事务代替学习。比如，今年3月习近平总书记的重要讲话发表后，我只在局党组会上传达了1次，没有组织专题研讨。",
  "（二）带头严守纪律规矩方面。所以出现这些问题，根源在于我对“严守‘六大纪律’”的要求认识不深。我所在支部的活动场所长期借用会议室，党员反映的问题我只作为次要事项处理，整改公示也没有按时张贴。",
  "（三）带头担当作为方面。全年新开工保障性住房1200套，改造老旧小区15个、城市道路8.6公里，投入资金2.3亿元，但其中3个小区因前期摸底不细返工，群众有意见。",
  "二、产生问题的原因",
  "一是理论学习不够系统。二是宗旨意识有所淡化。三是纪律规矩意识有所松懈。",
  "三、整改措施",
  "一是每月开展1次专题学习，年底前完成12次。二是每季度到联系社区走访不少于2次，建立问题清单。三是严格执行请示报告制度，重大事项100%按时报告。",
  "以上是我的个人对照检查，请各位同志批评指正。",
];

const TEAM_2023 = [
  "县教育局领导班子2023年度主题教育专题民主生活会对照检查材料",
  "根据县委统一安排，局党组会前组织班子成员集中学习4次，召开校长、教师代表座谈会三场，征求意见建议二十六条。现将班子对照检查情况报告如下：",
  "一、存在的突出问题",
  "（一）理论学习方面。班子学习习近平新时代中国特色社会主义思想不够系统，对“两个确立”的决定性意义领悟不深。比如，全年中心组学习12次，但结合教育实际的专题研讨只有2次。",
  "（二）能力本领方面。面对城区学位紧张，班子新建学校2所、改扩建幼儿园3所，新增学位1800个，但仍有大班额问题；引进亿元以上项目1个，签约亿元项目也只有1个。",
  "（三）工作作风方面。开展批评和自我批评不够经常，召开会议期间有的成员提前离会；组织的轮训覆盖面不广，个别学校还没有参加。",
  "二、问题产生的原因",
  "一是理想信念有所松懈。二是宗旨意识树得不牢。三是管党治党责任压得不实。",
  "三、整改措施",
  "（一）强化理论武装。每月集中学习1次，年底前每名班子成员撰写心得体会2篇。",
  "（二）解决急难愁盼。明年再新建小学1所，新增学位600个，把大班额比例降低5个百分点。",
  "以上是班子的对照检查，请同志们批评指正。",
];

const PARTY_MEMBER_2024 = [
  "第三党支部党员张某2024年度组织生活会个人对照检查材料",
  "按照支部通知要求，本人认真学习党章和《中国共产党纪律处分条例》，广泛征求意见，现将对照检查情况报告如下：",
  "一、存在的问题",
  "一是学习不够深入。对党的二十届三中全会精神只学了原文，没有结合岗位思考。二是作用发挥不够。全年参加志愿服务4次，比上年少2次。三是纪律意识不强。有1次支部会议请假，事后没有及时补学。",
  "二、原因剖析",
  "根源在于自己放松了党性锻炼，以为“做好业务就行”。",
  "三、整改措施",
  "每周自学不少于3小时；全年参加志愿服务不少于6次；严格请销假，缺席的会议1周内补学。",
  "2025年1月10日",
];

describe("our own correct drafts", () => {
  it("a personal 2025 draft with a spaced 署名 and 【】 in the title", () => expect(found(PERSONAL_2025)).toEqual([]));
  it("a team 2023 draft with numbers and units", () => expect(found(TEAM_2023)).toEqual([]));
  it("a party member's 2024 draft with a date line", () => expect(found(PARTY_MEMBER_2024)).toEqual([]));
});

describe("our fixture drafts", () => {
  const DIR = resolve(__dirname, "../../fixtures/drafts");
  const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
  /** What the fixtures were written to show; every other draft gives nothing. */
  const EXPECTED: Record<string, string[]> = {
    "d12-2024-team-website-banner.txt": ["0 junk/banner 某某公文写作网", "1 junk/banner 首页 > 党建材料 > 民主生活会", "2 junk/banner 发布时间：2025-01-06　　浏览次数：1826", "3 junk/banner 【复制全文】【下载文档】"],
    "d17-202X-personal-placeholder-year.txt": ["0 placeholders/mask XX", "0 placeholders/mask XX", "0 placeholders/year 202X", "1 placeholders/mask XX", "1 placeholders/year 202X"],
  };
  for (const file of files) {
    it(file, () => {
      const lines = paragraphsFromText(readFileSync(join(DIR, file), "utf8")).map((p) => p.text);
      expect(found(lines)).toEqual(EXPECTED[file] ?? []);
    });
  }
});
