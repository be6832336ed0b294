import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { readDocxSettings } from "../../../src/formats/docx";
import { isInputError } from "../../../src/formats";
import { documentXml, webExtension } from "./helpers";

const docx = (parts: Record<string, string>) =>
  zipSync({ "word/document.xml": strToU8(documentXml("<w:p><w:r><w:t>正文</w:t></w:r></w:p>")), ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])) });

describe("readDocxSettings", () => {
  it("reads the add-in's settings, JSON values, by prefix", () => {
    const links = { links: [{ problem: "P:理论学习", target: "M:加强理论学习", linked: true }] };
    const bytes = docx({
      "word/webextensions/webextension1.xml": webExtension({ "duizhao.links": JSON.stringify(links), "duizhao.meeting": '{"template":"2024-sige-daitou"}', "other.key": '"x"' }),
    });
    expect(readDocxSettings(bytes, "duizhao.")).toEqual({ "duizhao.links": links, "duizhao.meeting": { template: "2024-sige-daitou" } });
  });

  it("gives {} for a document without web extensions, and leaves out values that are not JSON", () => {
    expect(readDocxSettings(docx({}), "duizhao.")).toEqual({});
    expect(readDocxSettings(docx({ "word/webextensions/webextension2.xml": webExtension({ "duizhao.links": "{not json" }) }), "duizhao.")).toEqual({});
  });

  it("refuses what is not a .docx, as the reader does", () => {
    let error: unknown;
    try {
      readDocxSettings(strToU8("plain text"), "duizhao.");
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
  });
});
