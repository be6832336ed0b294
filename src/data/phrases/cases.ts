import { entries } from "./entry";

/* 反面典型案例剖析 (2024年度 and after): lessons drawn from a named case, and the writer's own gaps. */
export const CASES = entries({ parts: ["case"] }, [
  {
    id: "al-01",
    topics: ["lixiang-xinnian", "lianjie-zilv"],
    me: "通过深入剖析【案例名称】，我深刻认识到，理想信念一旦动摇，思想防线就会失守，必须时刻绷紧廉洁自律这根弦。",
    team: "通过深入剖析【案例名称】，班子深刻认识到，理想信念一旦动摇，思想防线就会失守，必须把严的要求贯穿班子建设全过程。",
  },
  {
    id: "al-02",
    topics: ["lianjie-zilv"],
    me: "对照【案例名称】暴露出的问题，自己虽然没有类似问题，但在【方面】上也存在苗头性、倾向性问题，比如【具体事例】。",
    team: "对照【案例名称】暴露出的问题，班子在【方面】上也存在类似的苗头性、倾向性问题，比如【具体事例】。",
  },
  {
    id: "al-03",
    topics: ["lixiang-xinnian", "lianjie-zilv"],
    text: "【案例当事人】从一名【原职务】走到违纪违法的地步，根源在于放松了世界观改造，对党纪国法丧失了敬畏之心。",
  },
  {
    id: "al-04",
    topics: ["guandang-zhidang"],
    text: "这起案例警示我们，权力越大、风险越大，监督缺位的地方就容易滋生腐败。",
  },
  {
    id: "al-05",
    topics: ["lianjie-zilv", "guandang-zhidang"],
    me: "以案为鉴，我重新检视了分管领域【重点环节】的廉洁风险，查找出风险点【数量】个，已逐一制定防控措施。",
    team: "以案为鉴，班子重新排查了【重点领域】的廉洁风险，查找出风险点【数量】个，已逐一明确防控措施和责任人。",
  },
  {
    id: "al-06",
    topics: ["guandang-zhidang", "zuzhi-shenghuo"],
    text: "该案暴露出的监督制度形同虚设、“一把手”权力过于集中等问题，在我们这里同样需要引起高度警惕。",
  },
  {
    id: "al-07",
    topics: ["lianjie-zilv"],
    me: "剖析这起案例，我感到最深的教训是：小节不守，大节难保；对“第一次”的诱惑必须坚决说“不”。",
    team: "剖析这起案例，班子认为最深的教训是：小节不守，大节难保；对苗头性问题必须早提醒、早纠正。",
  },
  {
    id: "al-08",
    topics: ["lianjie-zilv"],
    text: "案例中的问题并非一日形成，而是从收受小额礼品、接受宴请开始，一步步滑向违纪违法的深渊。",
  },
  {
    id: "al-09",
    topics: ["lianjie-zilv", "zhengzhi"],
    me: "结合这起案例，我对照“六项纪律”逐项检视，在【纪律方面】上还存在认识不深、执行不严的问题。",
    team: "结合这起案例，班子对照“六项纪律”逐项检视，在【纪律方面】上还存在认识不深、执行不严的问题。",
  },
  {
    id: "al-10",
    topics: ["lianjie-zilv"],
    text: "这起案例也说明，家风不正往往是领导干部出问题的重要诱因，必须把家风建设摆在重要位置。",
  },
  {
    id: "al-11",
    topics: ["lianjie-zilv", "zuzhi-shenghuo"],
    me: "从这起案例中，我认识到必须正确对待手中的权力，时刻自重自省自警自励，做到干净干事。",
    team: "从这起案例中，班子认识到必须规范权力运行，严格执行“三重一大”决策制度，防止权力失控、决策失误。",
  },
]);
