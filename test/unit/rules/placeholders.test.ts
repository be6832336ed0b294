import { describe, expect, it } from "vitest";
import { testRule } from "../../helpers/ruleTester";
import { placeholders } from "../../../src/core/rules/placeholders";
import { analyze } from "../../../src/core/analyze";
import { runRules } from "../../../src/core/rules/runner";
import { planSkeleton } from "../../../src/core/checklist/plan";
import { customTemplate } from "../../../src/core/checklist/custom";
import { MEETING_TEMPLATES } from "../../../src/data/templates";

// Our own drafts: a personal one and a team one, of several years.
const personal = ["县交通运输局副局长2025年度民主生活会个人对照检查材料", "一、存在的问题"];
const team = ["县教育局领导班子2024年度民主生活会对照检查材料", "一、存在的突出问题"];

testRule(placeholders, {
  valid: [
    {
      description: "个人、个别、所以、所在、场所、次要、张贴 are words, not units",
      text: [...personal, "我个人在理论学习上不够深入，个别时候存在应付思想，所以我所在支部的活动场所建设也有短板。这虽是次要问题，整改清单也要张贴公示。"],
    },
    {
      description: "words that count or point before 个 ending a phrase",
      text: [...personal, "问题要逐个解决，抓住这个，带动那个；各个环节、整个过程都要挨个过，十来个、10余个、若干个问题一个不落。"],
    },
    {
      description: "numbers written before their units",
      text: [
        ...team,
        "班子每月开展1次集中学习，全年投入资金3.5亿元，新建幼儿园2所、新增学位600个，整顿软弱涣散党组织5个，召开座谈会三场，征集意见建议三十一条，占比提升至30%，比上年提高2个百分点。",
      ],
    },
    {
      description: "亿元 naming a size class",
      text: [...team, "去年引进亿元以上项目12个，签约亿元项目5个，打造了一批亿元级产业集群。"],
    },
    {
      description: "a unit that begins another word after a verb",
      text: [
        ...personal,
        "开展批评和自我批评，会议召开期间，开展轮训，建立个人档案，完成项目验收，新建家属楼，组织场地，解决个别问题，推进项目建设，出台条例，新增个体工商户，公布表彰名单，统计项目个数，落实所需资金，管好所辖单位。",
      ],
    },
    { description: "a year written out, also in Chinese numerals with ○ for zero", text: ["2025年度民主生活会个人对照检查材料", "二〇二四年、二○○五年的两次整改都已完成。"] },
    { description: "【】 around real words in a title", text: ["【2025年度】民主生活会个人对照检查材料【定稿】", "一、存在的问题", "我学习不够深入。"] },
    { description: "a bracketed word in a heading", text: [...personal, "我学习不够深入。", "二、【案例】反面典型案例剖析", "某县原局长违规收受礼金，被开除党籍。"] },
    { description: "a lead label in brackets before the writer's words", text: [...personal, "【案例】邻县交通局原局长违规插手工程，被开除党籍。"] },
    { description: "Markdown bold is another rule's, not a mask", text: ["**个人对照检查材料**", "**一、存在的问题**", "要做到**三个坚持**，__重点__抓好学习。"] },
    { description: "bold with one half lost", text: [...personal, "**（一）理论学习方面", "我要做到**三个坚持，抓好学习。"] },
    { description: "a name damaged by a website is the damaged-names rule's", text: [...personal, "我坚持用xx思想武装头脑还不够。"] },
    { description: "letters and marks that are real", text: [...personal, "单位共有干部职工56名、党员32人，采用PPP模式建设5G基站，场地按3×4米规划。"] },
    { description: "某 in a case is how cases name people", text: [...team, "本市某县原局长张某违规收受礼金，班子对照此案查摆。"] },
    { description: "quotes inside quotes and a 《》 name", text: [...personal, "我学习《习近平著作选读》第一卷，对照“做到‘两个维护’”的要求查摆问题。"] },
    { description: "a team draft with frequencies", text: [...team, "班子成员每季度开展1次谈心谈话，每半年召开1次专题会议，全年走访学校20所。"] },
    { description: "a 2023 draft with items numbered", text: ["2023年主题教育专题民主生活会对照检查材料", "一、存在的问题", "（一）理论学习方面", "1.学习不深。全年集中学习12次，撰写心得体会3篇。"] },
    {
      description: "次 and 场 as words in a clause about events",
      text: [...team, "班子开展专题学习要分清主次，组织调研要控制频次，召开会议提高层次，举办招聘专场，开展活动进入现场，组织培训不止一次，开展帮扶惠及群众人次。"],
    },
    { description: "党组织 is no verb of holding events", text: [...team, "村党组织活动场，设在村委会二楼。"] },
    { description: "a training ground is a place, not a count", text: [...team, "县里正在建设消防培训场，明年投入使用。"] },
    { description: "a percentage column in a table header line", text: [...team, "完成率%"] },
    { description: "a formulation set off in brackets", text: [...personal, "我对增强【四个意识】的要求落实得还不够。"] },
    { description: "a question with 多少个", text: [...personal, "我常问自己：为群众办成的实事有多少个？"] },
    { description: "a title with a unit and a person's post", text: ["中共某某县委员会常委班子2025年度民主生活会对照检查材料", "一、存在的问题", "二是对个别干部失之于宽。"] },
  ],
  invalid: [
    {
      description: "a skeleton's title: a field and a choice",
      text: ["【单位】【个人/领导班子】2025年度民主生活会对照检查材料", "一、存在的问题", "我学习不够深入。"],
      errors: [
        { messageId: "slot", paragraph: 0, start: 0, end: 4, text: "【单位】" },
        { messageId: "slot", paragraph: 0, text: "【个人/领导班子】" },
      ],
    },
    {
      description: "slots inside a sentence, and 【……】 items",
      text: [...personal, "按照【上级党组织】的部署，【本人/班子】通过【学习研讨、谈心谈话】听取意见。", "一是【……】。二是【……】。", "比如【具体事例】。"],
      errors: [
        { messageId: "slot", paragraph: 2, text: "【上级党组织】" },
        { messageId: "slot", paragraph: 2, text: "【本人/班子】" },
        { messageId: "slot", paragraph: 2, text: "【学习研讨、谈心谈话】" },
        { messageId: "slot", paragraph: 3, text: "【……】" },
        { messageId: "slot", paragraph: 3, text: "【……】" },
        { messageId: "slot", paragraph: 4, text: "【具体事例】" },
      ],
    },
    {
      description: "a paragraph of nothing but slots",
      text: [...personal, "我学习不够深入。", "二、反面典型案例剖析", "【案例的基本情况】【案例反映的问题】"],
      errors: [
        { messageId: "slot", paragraph: 4, text: "【案例的基本情况】" },
        { messageId: "slot", paragraph: 4, text: "【案例反映的问题】" },
      ],
    },
    {
      description: "masks for names and places",
      text: [...personal, "今年我在XX镇调研，到**镇走访，与××同志谈心，○○村的问题投资xxx万元还没解决。"],
      errors: [
        { messageId: "mask", text: "XX" },
        { messageId: "mask", text: "**" },
        { messageId: "mask", text: "××" },
        { messageId: "mask", text: "○○" },
        { messageId: "mask", text: "xxx" },
      ],
    },
    {
      description: "a masked place at the start of a line",
      text: [...personal, "**镇党委书记反映的问题，我没有及时过问。"],
      errors: [{ messageId: "mask", paragraph: 2, start: 0, end: 2, text: "**" }],
    },
    {
      description: "a masked school, branch or centre mid-sentence",
      text: [...personal, "会前征求了意见。**学院党委书记与我谈心。", "我到**支部讲党课只有一次。", "对**中心的问题过问不够。"],
      errors: [
        { messageId: "mask", paragraph: 2, text: "**" },
        { messageId: "mask", paragraph: 3, text: "**" },
        { messageId: "mask", paragraph: 4, text: "**" },
      ],
    },
    {
      description: "years not filled in, in the title too",
      text: ["XX局XX同志202X年度民主生活会个人对照检查材料", "一、存在的问题", "20XX年以来我学习不够。"],
      errors: [
        { messageId: "mask", paragraph: 0, text: "XX" },
        { messageId: "mask", paragraph: 0, text: "XX" },
        { messageId: "year", paragraph: 0, text: "202X" },
        { messageId: "year", paragraph: 2, text: "20XX" },
      ],
    },
    {
      description: "counts and dates with a lone x",
      text: [...personal, "全年只调研x次，走访x人，围绕x大产业，X月X日才召开会议。"],
      errors: [
        { messageId: "count", text: "x次" },
        { messageId: "count", text: "x人" },
        { messageId: "count", text: "x大" },
        { messageId: "count", text: "X月" },
        { messageId: "count", text: "X日" },
      ],
    },
    {
      description: "blanks left to fill",
      text: [...personal, "我在____方面做得不够，对（　　）的问题没有及时纠正。"],
      errors: [
        { messageId: "blank", text: "____" },
        { messageId: "blank", text: "（　　）" },
      ],
    },
    {
      description: "numbers missing before their units",
      text: [
        ...team,
        "班子投入亿元新建幼儿园所、小学所，新增学位个；每月开展次集中学习，发放宣传单张，制定防控措施项，整顿软弱涣散党组织个。",
        "力争占比提升至%，比上年提高个百分点，建设县级服务中心个、农村幸福院所，新增养老床位张。",
      ],
      errors: [
        { messageId: "missingNumber", paragraph: 2, text: "投入亿元" },
        { messageId: "missingNumber", paragraph: 2, text: "幼儿园所" },
        { messageId: "missingNumber", paragraph: 2, text: "小学所" },
        { messageId: "missingNumber", paragraph: 2, text: "学位个" },
        { messageId: "missingNumber", paragraph: 2, text: "开展次" },
        { messageId: "missingNumber", paragraph: 2, text: "宣传单张" },
        { messageId: "missingNumber", paragraph: 2, text: "措施项" },
        { messageId: "missingNumber", paragraph: 2, text: "组织个" },
        { messageId: "missingNumber", paragraph: 3, text: "升至%" },
        { messageId: "missingNumber", paragraph: 3, text: "提高个百分点" },
        { messageId: "missingNumber", paragraph: 3, text: "中心个" },
        { messageId: "missingNumber", paragraph: 3, text: "幸福院所" },
        { messageId: "missingNumber", paragraph: 3, text: "床位张" },
      ],
    },
    {
      description: "a personal draft of another year: times and sessions left out",
      text: ["2024年度组织生活会个人对照检查材料", "一、存在的问题", "全年只到联系村调研次，参加专题培训场，撰写心得体会篇。"],
      errors: [
        { messageId: "missingNumber", text: "调研次" },
        { messageId: "missingNumber", text: "培训场" },
        { messageId: "missingNumber", text: "心得体会篇" },
      ],
    },
    {
      description: "次 and 场 after any noun in a clause that holds events",
      text: [...team, "班子开展廉政教育次，组织廉政主题沙龙场，但效果不明显。"],
      errors: [
        { messageId: "missingNumber", text: "教育次" },
        { messageId: "missingNumber", text: "沙龙场" },
      ],
    },
  ],
});

describe("placeholders on our own skeletons", () => {
  const templates = [...MEETING_TEMPLATES, customTemplate({ id: "custom-test", name: "党支部组织生活会", aspects: ["理论学习", "作风建设"], withCase: true })];
  for (const template of templates) {
    it(`finds every slot of the ${template.id} skeleton`, () => {
      const paragraphs = planSkeleton(template).map((p) => ({ text: p.text }));
      const { findings: _all, ...analysis } = analyze(paragraphs);
      const found = runRules(paragraphs, analysis, {}, [placeholders]);
      const slots = paragraphs.flatMap((p, i) => [...p.text.matchAll(/【[^【】]*】/g)].map((m) => `${i}:${m.index}:${m[0]}`));
      expect(slots.length).toBeGreaterThan(0);
      expect(found.map((f) => `${f.paragraph}:${f.start}:${f.text}`)).toEqual(slots);
    });
  }
});
