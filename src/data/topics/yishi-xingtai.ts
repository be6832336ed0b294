import type { TopicSpec } from "../../core/correspondence/types";

/** 意识形态: ideological work, public opinion, publicity and its positions. */
export const YISHI_XINGTAI: TopicSpec = {
  id: "yishi-xingtai",
  name: "意识形态",
  deepRoot: false,
  terms: [
    ["意识形态", 5],
    ["意识形态工作", 5],
    ["意识形态领域", 4],
    ["舆论引导", 4],
    ["网络舆情", 4],
    ["错误思潮", 4],
    ["历史虚无主义", 4],
    ["舆论", 3],
    ["舆情", 3],
    ["宣传思想", 3],
    ["思想阵地", 3],
    ["阵地建设", 3],
    ["错误观点", 3],
    ["网信", 3],
    ["话语权", 3],
    ["正面引导", 3],
    ["社会主义核心价值观", 3],
    ["宣传", 2],
    ["阵地", 2],
    ["新媒体", 2],
    ["社会风气", 2],
    ["网络", 1],
  ],
  related: { "zhengzhi": 0.3, "guandang-zhidang": 0.4 },
};
