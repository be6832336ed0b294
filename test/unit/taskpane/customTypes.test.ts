import { describe, expect, it } from "vitest";
import { exportCustomTypes, parseCustomTypes, templateOfCustom } from "../../../src/taskpane/checklist/meetingType";
import { analyze, paragraphsFromText } from "../../../src/core/analyze";

describe("the user's own checklists", () => {
  const types = [{ id: "custom-a", name: "调研专题", aspects: ["调查研究", "服务基层、联系群众"] }];

  it("export and import round trip", () => {
    expect(parseCustomTypes(exportCustomTypes(types))).toEqual(types);
    expect(parseCustomTypes(JSON.stringify(types))).toEqual(types); // a bare array is accepted too
  });

  it.each([
    ["not JSON", "{oops", /不是有效的 JSON/],
    ["no checklists", JSON.stringify({ types: [{ name: 1 }] }), /没有可导入/],
    ["an object", JSON.stringify({ hello: "world" }), /没有可导入/],
  ])("refuses %s with a Chinese message", (_, text, message) => {
    expect(() => parseCustomTypes(text)).toThrow(message);
  });

  it("a custom checklist checks a draft by its aspects' words", () => {
    const template = templateOfCustom(types[0]);
    const a = analyze(
      paragraphsFromText(
        ["调研专题对照检查材料", "一、存在的问题", "（一）在调查研究方面。一是下去少。二是听得少。", "二、原因", "一是宗旨意识淡化。", "三、整改措施", "一是每月下基层两次。"].join("\n"),
      ),
      { template },
    );
    expect(a.checklist!.aspects.map((x) => [x.name, x.status])).toEqual([
      ["调查研究", "present"],
      ["服务基层、联系群众", "missing"],
    ]);
  });
});
