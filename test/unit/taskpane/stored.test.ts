import { describe, expect, it } from "vitest";
import { MAX_WRITER_LINKS, parseCustomTypes, parseMeetingChoice, parseRuleSettings, parseWriterLinks } from "../../../src/taskpane/state/stored";

describe("stored rule settings", () => {
  it("keeps a well-formed value", () => {
    const value = { rules: { "numbering-style": "off", "voice-mismatch": "error" }, ignored: ["a", "b"] };
    expect(parseRuleSettings(value)).toEqual({ value, dropped: false });
    expect(parseRuleSettings(undefined)).toEqual({ value: {}, dropped: false });
  });

  it("drops what has the wrong shape, entry by entry, and says so", () => {
    expect(parseRuleSettings("off")).toEqual({ value: {}, dropped: true });
    expect(parseRuleSettings([1, 2])).toEqual({ value: {}, dropped: true });
    const mixed = parseRuleSettings({ rules: { "numbering-style": "loud", "no-such-rule": "off", "voice-mismatch": "info" }, ignored: ["k", 3, null] });
    expect(mixed).toEqual({ value: { rules: { "voice-mismatch": "info" }, ignored: ["k"] }, dropped: true });
    expect(parseRuleSettings({ rules: "all", ignored: "x" })).toEqual({ value: { rules: {}, ignored: [] }, dropped: true });
  });
});

describe("the stored meeting type", () => {
  it("keeps a well-formed choice, with its aspects and a custom checklist", () => {
    const choice = { template: "custom-a", aspects: ["调查研究"], custom: { id: "custom-a", name: "调研专题", aspects: ["调查研究", "联系群众"], withCase: true } };
    expect(parseMeetingChoice(choice)).toEqual({ value: choice, dropped: false });
    expect(parseMeetingChoice(undefined)).toEqual({ value: null, dropped: false });
  });

  it.each([
    ["aspects as a string", { template: "xunshi-zhenggai", aspects: "管党治党" }, { template: "xunshi-zhenggai" }],
    ["a custom type without aspects", { template: "c", custom: { id: "c", name: "自定义" } }, null],
    ["a custom type with only empty aspects", { template: "c", custom: { id: "c", name: "自定义", aspects: ["", 3] } }, null],
    ["no template", { aspects: ["甲"] }, null],
    ["a number", 42, null],
    ["a template name too long to be one", { template: "x".repeat(500) }, null],
  ])("drops %s and says so", (_, stored, value) => {
    expect(parseMeetingChoice(stored)).toEqual({ value, dropped: true });
  });
});

describe("the stored custom checklists", () => {
  it("keeps the good ones, drops the rest and duplicates", () => {
    const good = { id: "a", name: "甲", aspects: ["调查研究"] };
    expect(parseCustomTypes([good, { id: "b" }, good, "x"])).toEqual({ value: [good], dropped: true });
    expect(parseCustomTypes({ types: [] })).toEqual({ value: [], dropped: true });
    expect(parseCustomTypes([good])).toEqual({ value: [good], dropped: false });
  });
});

describe("the stored writer's links", () => {
  it("keeps well-formed links, in order", () => {
    const links = [
      { problem: "P:理论学习", target: "M:加强理论学习", linked: true },
      { problem: "P:调查研究", target: "C:宗旨意识", linked: false },
    ];
    expect(parseWriterLinks({ links })).toEqual({ value: links, dropped: false });
    expect(parseWriterLinks(undefined)).toEqual({ value: [], dropped: false });
  });

  it("drops malformed entries one by one, and a value of the wrong shape whole", () => {
    const good = { problem: "P:甲", target: "M:乙", linked: true };
    const stored = { links: [good, { problem: "P:甲", target: "M:乙", linked: "yes" }, { problem: 3, target: "M:乙", linked: true }, null, { problem: "P:" + "x".repeat(300), target: "M:乙", linked: true }] };
    expect(parseWriterLinks(stored)).toEqual({ value: [good], dropped: true });
    expect(parseWriterLinks([good])).toEqual({ value: [], dropped: true });
    expect(parseWriterLinks("links")).toEqual({ value: [], dropped: true });
  });

  it("keeps the newest within its bound", () => {
    const links = Array.from({ length: MAX_WRITER_LINKS + 5 }, (_, i) => ({ problem: `P:${i}`, target: "M:乙", linked: true }));
    const parsed = parseWriterLinks({ links });
    expect(parsed.value).toHaveLength(MAX_WRITER_LINKS);
    expect(parsed.value[0].problem).toBe("P:5");
    expect(parsed.dropped).toBe(true);
  });
});
