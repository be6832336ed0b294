import { entries } from "./entry";

/*
 * 衔接语: the words that join sentences, which drafts reach for at every turn. 举例 (比如，)
 * brings in the example reviewers ask for; 表现 (主要表现在：) opens a list of symptoms; 究因
 * (究其原因，) turns a problem into its root; 承接 carries on; 整改要求 frames a measure.
 */
export const LINKS = [
  ...entries({ parts: ["problems", "case"], kind: "link", facet: "juli" }, [
    { id: "lj-juli-01", text: "比如，" },
    { id: "lj-juli-02", text: "例如，" },
    { id: "lj-juli-03", text: "又如，" },
    { id: "lj-juli-04", text: "再如，" },
    { id: "lj-juli-05", text: "比如，在【具体工作】中，" },
    { id: "lj-juli-06", text: "就拿【具体事例】来说，" },
    { id: "lj-juli-07", text: "以【具体事例】为例，" },
    { id: "lj-juli-08", text: "这一点在【具体事例】中表现得比较明显。" },
    { id: "lj-juli-09", text: "典型的例子是【具体事例】。" },
    { id: "lj-juli-10", text: "【时间】在处理【具体事项】时，" },
    { id: "lj-juli-11", text: "具体来说，" },
  ]),
  ...entries({ parts: ["problems"], kind: "link", facet: "biaoxian" }, [
    { id: "lj-biaoxian-01", text: "主要表现在：" },
    { id: "lj-biaoxian-02", text: "主要表现在以下几个方面：" },
    { id: "lj-biaoxian-03", text: "具体表现为：" },
    { id: "lj-biaoxian-04", text: "突出表现在" },
    { id: "lj-biaoxian-05", text: "反映到工作上，就是" },
    { id: "lj-biaoxian-06", text: "从实际情况看，" },
    {
      id: "lj-biaoxian-07",
      me: "对照【对照内容】，自己还存在以下差距：",
      team: "对照【对照内容】，班子还存在以下差距：",
    },
    { id: "lj-biaoxian-08", text: "一方面，【表现】；另一方面，【表现】。" },
    { id: "lj-biaoxian-09", text: "虽然【已做的工作】，但【存在的不足】。" },
    { id: "lj-biaoxian-10", text: "有时【表现】，有时【表现】，" },
    {
      id: "lj-biaoxian-11",
      me: "对照会议主题和上级要求，结合征求到的意见建议，我深入查摆了自身存在的问题，主要有以下几个方面：",
      team: "对照会议主题和上级要求，结合征求到的意见建议，班子深入查摆了存在的问题，主要有以下几个方面：",
    },
  ]),
  ...entries({ parts: ["causes", "case"], kind: "link", facet: "yuanyin" }, [
    { id: "lj-yuanyin-01", text: "究其原因，" },
    { id: "lj-yuanyin-02", text: "深挖思想根源，" },
    { id: "lj-yuanyin-03", text: "归根结底，" },
    { id: "lj-yuanyin-04", text: "从主观上剖析，" },
    { id: "lj-yuanyin-05", text: "透过现象看本质，" },
    { id: "lj-yuanyin-06", text: "之所以出现这些问题，主要原因在于" },
    { id: "lj-yuanyin-07", text: "这些问题虽然表现在【表现方面】，但根子在思想上。" },
    { id: "lj-yuanyin-08", text: "反思这些问题，" },
    { id: "lj-yuanyin-09", text: "根本原因在于" },
    { id: "lj-yuanyin-10", text: "客观上有【客观因素】的影响，但主要还是主观上的原因。" },
    { id: "lj-yuanyin-11", text: "对照查摆出的问题，深入剖析思想根源，主要有以下几个方面：" },
  ]),
  ...entries({ parts: ["problems", "causes", "measures"], kind: "link", facet: "chengjie" }, [
    { id: "lj-chengjie-01", text: "同时，" },
    { id: "lj-chengjie-02", text: "此外，" },
    { id: "lj-chengjie-03", text: "与此同时，" },
    { id: "lj-chengjie-04", text: "在此基础上，" },
    { id: "lj-chengjie-05", text: "另一方面，" },
  ]),
  ...entries({ parts: ["measures"], kind: "link", facet: "zhenggai" }, [
    {
      id: "lj-zhenggai-01",
      me: "针对查摆出的问题，我将从以下几个方面抓好整改：",
      team: "针对查摆出的问题，班子将从以下几个方面抓好整改：",
    },
    { id: "lj-zhenggai-02", text: "整改时限：【时间】前。" },
    { id: "lj-zhenggai-03", text: "责任人：【责任人】。" },
    { id: "lj-zhenggai-04", text: "完成标准：【完成标准】。" },
    { id: "lj-zhenggai-05", text: "坚持立行立改与长期坚持相结合，" },
    { id: "lj-zhenggai-06", text: "对能够立即整改的，立行立改；对需要长期坚持的，明确阶段目标、持续推进。" },
    {
      id: "lj-zhenggai-07",
      me: "下一步，我将",
      team: "下一步，班子将",
    },
    { id: "lj-zhenggai-08", text: "具体措施是：" },
    { id: "lj-zhenggai-09", text: "确保【时间】前整改到位。" },
  ]),
];
