import { testRule } from "../../helpers/ruleTester";
import { problemWithoutExample } from "../../../src/core/rules/problem-without-example";

/** A draft of ours with the problems part given. */
const draft = (title: string, problems: string[]) => [
  title,
  "一、存在的问题",
  ...problems,
  "二、问题产生的原因",
  "党性修养有所放松，对自己要求不够严格，满足于过得去。",
  "三、整改措施",
  "每月参加一次中心组专题学习，年底前撰写2篇调研报告。",
];
const PERSONAL = "交通运输局副局长2024年度民主生活会个人对照检查材料";
const TEAM = "县委常委班子2025年度民主生活会对照检查材料";

testRule(problemWithoutExample, {
  valid: [
    {
      description: "every item with an example, a figure or an occasion",
      text: draft(PERSONAL, [
        "（一）在带头强化政治忠诚方面。一是学习不够深入。对新修订的条例只看了解读，比如对公路养护资金管理的新要求讲不清楚。二是执行请示报告不够严格。今年有2次调整养护计划后才向局党组报告。",
        "（二）在带头增强党性方面。一是组织生活参加不经常。以普通党员身份参加支部活动少，表现在全年只参加了支部主题党日4次。二是批评不够大胆。在支部组织生活会上开展批评时，怕伤和气，提的意见多是希望和建议。",
      ]),
    },
    {
      description: "a team's material: 有的班子成员 with 例如 and a named event",
      text: draft(TEAM, [
        "（一）理论学习方面。一是学用结合不紧。有的班子成员满足于读过学过，例如对乡村振兴的重要论述理解不深。二是研讨不够深入。专题研讨多是念稿子，特别是围绕县域发展的难题研讨得少。",
        "（二）廉洁自律方面。对重点领域监督不够严，去年审计发现的工程款拨付不规范事件暴露出监督缺位。",
      ]),
    },
    {
      description: "items numbered 1. 2. with a book named and a quoted word",
      text: draft(PERSONAL, ["（一）理论学习方面", "1.系统学习不够。《习近平著作选读》只通读了第一卷，第二卷还没有读完。", "2.联系实际不够。群众说“干部下来看一看就走”，说明调研走过场。"]),
    },
    {
      description: "approximate figures: 十余次, 两个多月, 约半年",
      text: draft(PERSONAL, [
        "（一）担当作为方面。一是攻坚劲头不足。征地协调等县区报上来再研究，项目开工比计划推迟了两个多月。二是改革办法不多。学科平台建设进度比计划滞后约半年。",
        "（二）工作作风方面。检查考核过多过频，二级学院一个学期要迎接各类检查评估十余次，材料重复报送。",
      ]),
    },
    {
      description: "an inspection's finding, a stressed 一 (仅一轮) and places counted (两个村)",
      text: draft(PERSONAL, [
        "（一）全面从严治党方面。一是第一责任人职责履行有欠缺。对班子成员廉洁方面的提醒多是会上讲一讲，全年廉政谈话仅一轮。二是对村级权力监督不力。两个村集体资产发包未经规定程序，暴露出监督缺位。",
        "（二）整改方面。一是审计问题整改不彻底。上一轮经济责任审计指出的资金结余未清理，满足于制定了方案。二是举一反三不够。对巡察指出的资产发包问题，只督促该村整改，没有在全镇排查。",
      ]),
    },
    {
      description: "an occasion told as what followed a finding: 发现…后，",
      text: draft(PERSONAL, ["（一）纪律规矩方面。执行制度宽松软，发现个别科室高值耗材使用异常后，处理偏软，约谈后跟踪问效不够。"]),
    },
    {
      description: "a share (不到三分之一), who complained (群众反映) and a campaign named in quotes",
      text: draft(TEAM, [
        "（一）贯彻落实部署方面。1、落实部署有温差。对“便民利企”专项行动，支部只是作了传达，没有细化到党员。2、融合不够。党建活动与业务工作结合紧密的不到三分之一。",
        "（二）改进工作作风方面。个别窗口效率不高，仍有群众反映等待时间长、材料要求说不清。",
      ]),
    },
    {
      description: "a school's time (本学期) and a time since (推广智慧课堂以来，)",
      text: draft(PERSONAL, [
        "1.能力本领方面，信息化教学能力跟不上要求。学校推广智慧课堂以来，我使用数据分析工具很少，学情分析主要凭经验。",
        "2.作用发挥方面，带头作用不够突出。本学期教研组承担了区级课题，我主动承担的子课题进度落后。",
      ]),
    },
    { description: "an outline still to be written: headings only", text: draft(PERSONAL, ["（一）理论学习方面", "（二）作用发挥方面"]) },
    { description: "a speech has no problems part", text: ["在专题民主生活会上的讲话", "同志们：", "一、提高政治站位", "学习不够深入，工作不够扎实，作风不够过硬，需要进一步加强。"] },
  ],
  invalid: [
    {
      description: "one item of two shows no example",
      text: draft(PERSONAL, [
        "（一）在带头强化政治忠诚方面。一是学习不够深入。比如对新修订的条例只看了解读。二是理论联系实际不够。运用党的创新理论解决实际问题的能力不强，思路不宽、办法不多，指导实践还有差距。",
      ]),
      errors: [{ messageId: "item", paragraph: 2, text: "理论联系实际不够" }],
    },
    {
      description: "a group without items and without an example",
      text: draft(TEAM, ["（一）工作作风方面。班子在转变作风上用力不够，深入基层调查研究不经常，抓落实的韧劲不足，有时满足于开会部署、发文落实。"]),
      errors: [{ messageId: "group", paragraph: 2, text: "工作作风方面" }],
    },
    {
      description: "numbered items: only the vague one",
      text: draft(PERSONAL, ["（一）能力本领方面", "1.适应新要求的本领不足。今年推行电子证照后，我有3项业务流程没有及时调整。", "2.创新意识不强。习惯于按老经验办事，对新情况新问题研究不够，缺少破解难题的招法和举措。"]),
      errors: [{ messageId: "item", paragraph: 4, text: "创新意识不强" }],
    },
  ],
});
