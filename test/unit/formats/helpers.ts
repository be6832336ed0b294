// Builders for the reader tests: .docx files from the `docx` package, and minimal hand-made
// packages (fflate zipSync) for what the package cannot express.

import { Packer, type Document } from "docx";
import { strToU8, zipSync, type Zippable } from "fflate";

export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`;

/** Normal as the default paragraph style, plus whatever `styles` adds (w:style elements). */
export function stylesXml(styles = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
${styles}
</w:styles>`;
}

export function numberingXml(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
${content}
</w:numbering>`;
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>
</w:document>`;
}

export interface HandMade {
  /** Inner XML of w:body. */
  body?: string;
  /** A whole document.xml instead of `body`. */
  document?: string;
  /** w:style elements added to styles.xml (which always has Normal). */
  styles?: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  /** Leave styles.xml / numbering.xml out of the package. */
  noStyles?: boolean;
  noNumbering?: boolean;
  /** Extra parts. */
  extra?: Record<string, string>;
}

/** A minimal .docx built by hand. */
export function makeDocx(options: HandMade): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(PACKAGE_RELS),
    "word/_rels/document.xml.rels": strToU8(DOCUMENT_RELS),
    "word/document.xml": strToU8(options.document ?? documentXml(options.body ?? "")),
  };
  if (!options.noStyles) files["word/styles.xml"] = strToU8(stylesXml(options.styles));
  if (!options.noNumbering) files["word/numbering.xml"] = strToU8(numberingXml(options.numbering ?? ""));
  for (const [name, content] of Object.entries(options.extra ?? {})) files[name] = strToU8(content);
  return zipSync(files);
}

/** A w:p with plain text runs (text is XML-escaped) and optional pPr inner XML. */
export function p(text: string, pPr = ""): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}

/** numPr inner XML for pPr. */
export function numPr(numId: number | string, ilvl?: number): string {
  return `<w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
}

/** A w:lvl element. */
export function lvl(ilvl: number, format: string, text: string, extra = "", start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

/** A web-extension part as Word writes it for an add-in's document settings (values JSON, XML-escaped). */
export const webExtension = (properties: Record<string, string>) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-43B8-A697-EB873422D156}">
<we:reference id="0b5f7a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b" version="0.1.0.0" store="developer" storeType="Registry"/>
<we:alternateReferences/>
<we:properties>${Object.entries(properties)
  .map(([name, value]) => `<we:property name="${name}" value="${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`)
  .join("")}</we:properties>
<we:bindings/>
<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>
</we:webextension>`;

