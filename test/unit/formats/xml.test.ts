// The small XML parser used by the .docx reader.

import { describe, expect, it } from "vitest";
import { decodeEntities, parseXml, XmlError } from "../../../src/formats/xml";

describe("parseXml", () => {
  it("parses elements, attributes, self-closing tags and text", () => {
    const root = parseXml(`<?xml version="1.0"?><!-- 注释 --><a x="1" y='二'><b/>文字<c z="&lt;&#x4E09;&gt;">内容</c></a>`);
    expect(root).toEqual({
      name: "a",
      attrs: { x: "1", y: "二" },
      children: [
        { name: "b", attrs: {}, children: [] },
        "文字",
        { name: "c", attrs: { z: "<三>" }, children: ["内容"] },
      ],
    });
  });

  it("canonicalises namespace prefixes and drops xmlns attributes", () => {
    const root = parseXml(
      `<q:doc xmlns:q="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:o="urn:other"><q:t q:val="v" o:x="1"/></q:doc>`,
    );
    expect(root.name).toBe("w:doc");
    expect(root.attrs).toEqual({});
    expect(root.children[0]).toEqual({ name: "w:t", attrs: { "w:val": "v", "o:x": "1" }, children: [] });
  });

  it("scopes namespace declarations", () => {
    const root = parseXml(
      `<r><a xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></a><w:p/></r>`,
    );
    const [a, outer] = root.children as { name: string; children: { name: string }[] }[];
    expect(a.children[0].name).toBe("w:p");
    expect(outer.name).toBe("w:p"); // unbound prefix: kept as written
  });

  it("keeps CDATA verbatim, normalises line ends, allows > in attribute values", () => {
    const root = parseXml(`<a v="x > y"><![CDATA[<b>&amp;</b>]]>一\r\n二\r三</a>`);
    expect(root.attrs.v).toBe("x > y");
    expect(root.children).toEqual(["<b>&amp;</b>一\n二\n三"]);
  });

  it("skips a DOCTYPE without expanding custom entities", () => {
    const root = parseXml(`<!DOCTYPE a [<!ENTITY boom "xxxx">]><a>&boom;&amp;</a>`);
    expect(root.children).toEqual(["&boom;&"]);
  });

  it("throws XmlError for malformed markup", () => {
    for (const bad of ["<a><b></a>", "<a>", "<a x=1/>", "<a x></a>", "</a>", "<a/><b/>", "<a><!-- x</a>", "", "text"]) {
      expect(() => parseXml(bad), bad).toThrow(XmlError);
    }
  });

  it("decodes entities, invalid references become U+FFFD", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#0;&#xD800;&unknown;")).toBe(
      `&<>"'AB\uFFFD\uFFFD&unknown;`,
    );
  });
});
