import type { TopicSpec } from "../../core/correspondence/types";

/** 先锋模范 / 作用发挥: setting an example, the member's role where they work. */
export const XIANFENG_MOFAN: TopicSpec = {
  id: "xianfeng-mofan",
  name: "先锋模范作用",
  deepRoot: false,
  terms: [
    ["先锋模范作用", 5],
    ["作用发挥", 4],
    ["先锋模范", 4],
    ["模范带头", 3],
    ["带头作用", 3],
    ["示范带动", 3],
    ["表率作用", 3],
    ["率先垂范", 3],
    ["以身作则", 3],
    ["头雁", 3],
    ["亮身份", 3],
    ["党员示范岗", 3],
    ["示范", 1],
    ["带头", 1],
  ],
  related: { "dangxing": 0.5, "dandang": 0.5 },
};
