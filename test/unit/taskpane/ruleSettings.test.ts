import { describe, expect, it } from "vitest";
import { parseRuleSettings } from "../../../src/taskpane/state/ruleSettings";

describe("stored rule settings", () => {
  it("keeps a well-formed value", () => {
    const value = { rules: { "numbering-style": "off", "voice-mismatch": "error" }, ignored: ["a", "b"] };
    expect(parseRuleSettings(value)).toEqual({ settings: value, dropped: false });
    expect(parseRuleSettings(undefined)).toEqual({ settings: {}, dropped: false });
  });

  it("drops what has the wrong shape, entry by entry, and says so", () => {
    expect(parseRuleSettings("off")).toEqual({ settings: {}, dropped: true });
    expect(parseRuleSettings([1, 2])).toEqual({ settings: {}, dropped: true });
    const mixed = parseRuleSettings({ rules: { "numbering-style": "loud", "no-such-rule": "off", "voice-mismatch": "info" }, ignored: ["k", 3, null] });
    expect(mixed).toEqual({ settings: { rules: { "voice-mismatch": "info" }, ignored: ["k"] }, dropped: true });
    expect(parseRuleSettings({ rules: "all", ignored: "x" })).toEqual({ settings: { rules: {}, ignored: [] }, dropped: true });
  });
});
