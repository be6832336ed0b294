import type { TopicSpec } from "../../core/correspondence/types";

/** 政绩观: what the writer counts as success (形象工程, 急功近利, 新官不理旧账). */
export const ZHENGJIGUAN: TopicSpec = {
  id: "zhengjiguan",
  name: "政绩观",
  deepRoot: false,
  terms: [
    ["正确政绩观", 5],
    ["政绩观", 5],
    ["形象工程", 4],
    ["政绩工程", 4],
    ["面子工程", 4],
    ["新官不理旧账", 4],
    ["盲目举债", 4],
    ["功成不必在我", 4],
    ["发展观", 3],
    ["急功近利", 3],
    ["好大喜功", 3],
    ["显绩", 3],
    ["潜绩", 3],
    ["短期行为", 2],
  ],
  related: { "zuofeng": 0.4, "dandang": 0.4, "nengli-benling": 0.3 },
};
