/**
 * Read the paragraphs of a .docx file's main body, the way Word shows them: text with deleted
 * revisions and field codes left out, the style name, the outline level and the list number Word
 * draws. Node-free: takes the file's bytes.
 */

import type { SourceParagraph } from "../core/paragraph";
import { InputError, limitError } from "./errors";
import { LIMITS } from "./limits";
import { ListNumberer, parseNumbering } from "./numbering";
import { readBody, StyleTable } from "./docxBody";
import { oleHasStream, sniffFormat } from "./sniff";
import {
  childElements,
  countStartTags,
  firstChild,
  parseXml,
  XmlError,
  type XmlBudget,
  type XmlElement,
} from "./xml";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./zip";

const REL_OFFICE_DOCUMENT = "/officeDocument";
const REL_STYLES = "/styles";
const REL_NUMBERING = "/numbering";

/**
 * The body paragraphs of a .docx (also .docm/.dotx: any WordprocessingML package), in document
 * order, including those in tables and content controls. Throws `InputError` for anything that is
 * not a readable .docx, and for a file beyond `LIMITS` (file size, zip entries, a part's size
 * counted while inflating, XML elements and nesting, paragraphs). Work and memory are linear in
 * the file, and bounded by those limits.
 */
export function readDocx(bytes: Uint8Array): SourceParagraph[] {
  try {
    return readPackage(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      "读取 .docx 文件时出错，文件可能已损坏。请在 Word 或 WPS 中打开后重新另存为 .docx 再检查。",
      "Could not read the .docx file; it may be damaged. Open it in Word or WPS, save it again as .docx and retry.",
      { cause: error },
    );
  }
}

/**
 * The settings an add-in saved in the document (Office.context.document.settings), whose names
 * start with `prefix`: Word keeps them as `<we:property name value>` in its web-extension parts,
 * each value JSON. A value that is not JSON is left out; the caller checks the shapes.
 * Bounded as readDocx is; a package without such parts gives {}.
 */
export function readDocxSettings(bytes: Uint8Array, prefix: string): Record<string, unknown> {
  try {
    rejectNonZip(bytes);
    if (bytes.length > LIMITS.docxFileBytes) throw limitError("docxFileBytes");
    const pkg = new Package(bytes);
    const out: Record<string, unknown> = {};
    for (const name of pkg.names) {
      if (!/^word\/webextensions\/webextension[^/]*\.xml$/i.test(name)) continue;
      const root = pkg.parse(name);
      for (const properties of root ? childElements(root).filter((e) => e.name.endsWith("properties")) : []) {
        for (const property of childElements(properties)) {
          const key = property.attrs.name;
          if (!property.name.endsWith("property") || !key?.startsWith(prefix) || property.attrs.value === undefined) continue;
          try {
            out[key] = JSON.parse(property.attrs.value);
          } catch {
            // Not JSON: not a value we wrote.
          }
        }
      }
    }
    return out;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("读取 .docx 文件中保存的设置时出错，文件可能已损坏。", "Could not read the settings saved in the .docx file; it may be damaged.", { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// Package

function rejectNonZip(bytes: Uint8Array): void {
  switch (sniffFormat(bytes)) {
    case "zip":
      return;
    case "empty":
      throw new InputError("文件是空的（0 字节），没有内容可检查。", "The file is empty (0 bytes).");
    case "ole":
      if (oleHasStream(bytes, "EncryptedPackage") || oleHasStream(bytes, "EncryptionInfo")) {
        throw new InputError(
          "文件设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中打开，取消密码保护后另存为 .docx 再检查。",
          "The file is password-protected (encrypted) and cannot be read. Remove the password in Word or WPS, save as .docx and try again.",
        );
      }
      if (oleHasStream(bytes, "WordDocument")) {
        throw new InputError(
          "这是旧版 Word 97-2003 文档（.doc），本工具只能读取 .docx。请在 Word 或 WPS 中打开，“另存为” Word 文档（*.docx）后再检查。",
          "This is an old Word 97-2003 document (.doc); only .docx can be read. Open it in Word or WPS and save it as a Word document (*.docx).",
        );
      }
      throw new InputError(
        "这是旧版 Office 二进制文件，不是 .docx。请在 Word 或 WPS 中打开，另存为 .docx 后再检查。",
        "This is an old binary Office file, not a .docx. Open it in Word or WPS and save it as .docx.",
      );
    case "pdf":
      throw new InputError(
        "这是 PDF 文件，不是 Word 文档。请使用原始的 Word 文档（.docx），或先用 Word/WPS 将 PDF 转换为 .docx。",
        "This is a PDF file, not a Word document. Use the original .docx, or convert the PDF to .docx in Word/WPS first.",
      );
    case "rtf":
      throw new InputError(
        "这是 RTF 格式文件，不是 .docx。请在 Word 或 WPS 中打开，另存为 .docx 后再检查。",
        "This is an RTF file, not a .docx. Open it in Word or WPS and save it as .docx.",
      );
    case "html":
      throw new InputError(
        "这是网页格式（HTML/MHT）文件，不是 .docx。请在 Word 或 WPS 中打开，另存为 .docx 后再检查。",
        "This is a web page (HTML/MHT) file, not a .docx. Open it in Word or WPS and save it as .docx.",
      );
    case "xml":
      throw new InputError(
        "这是 XML 格式的文档（如“Word XML 文档”），不是 .docx。请在 Word 或 WPS 中打开，另存为 .docx 后再检查。",
        "This is an XML document (such as a Word XML document), not a .docx. Open it in Word or WPS and save it as .docx.",
      );
    default:
      throw new InputError(
        "不是有效的 .docx 文件（内容不是 ZIP 压缩包），文件可能已损坏或扩展名有误。",
        "Not a valid .docx file (the content is not a ZIP package); the file may be damaged or misnamed.",
      );
  }
}

/**
 * The zip package: its directory read once (entry count checked against `LIMITS.zipEntries` and
 * the file's size), parts inflated on demand within `LIMITS.xmlPartBytes` and parsed within one
 * budget of `LIMITS.xmlNodes` for all of them.
 */
class Package {
  readonly names: string[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly budget: XmlBudget = { nodes: LIMITS.xmlNodes };

  constructor(private readonly bytes: Uint8Array) {
    const entries = readZipDirectory(bytes);
    this.names = entries.map((entry) => entry.name);
    for (const entry of entries) {
      const key = entry.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, entry);
    }
  }

  /** Whether the package holds `name` (matched case-insensitively, as OPC does). */
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The part's root element; undefined when there is no such part. */
  parse(name: string | undefined): XmlElement | undefined {
    if (!name) return undefined;
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return undefined;
    const data = readZipEntry(this.bytes, entry, LIMITS.xmlPartBytes, name, (bytes) => {
      // Before the CRC is checked or anything decoded: more elements than the budget allows?
      const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
      if (!utf16 && countStartTags(bytes, this.budget.nodes) > this.budget.nodes) throw limitError("xmlNodes", name);
    });
    const source = decodeXmlBytes(data);
    try {
      return parseXml(source, { budget: this.budget });
    } catch (error) {
      if (!(error instanceof XmlError)) throw error;
      if (error.limit) throw limitError(error.limit, name);
      throw new InputError(
        `文件内容已损坏（${name} 不是有效的 XML），无法读取。请在 Word 或 WPS 中打开后重新另存为 .docx。`,
        `The file is damaged (${name} is not valid XML). Open it in Word or WPS and save it again as .docx.`,
        { cause: error },
      );
    }
  }
}

function decodeXmlBytes(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return new TextDecoder("utf-8").decode(data);
}

/** Resolve a relationship target against the folder of its source part. */
function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** Relationship parts live at folder/_rels/name.rels. */
function relsPartFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Targets of internal relationships of a type ending with `typeSuffix`, resolved. */
function relationshipTargets(rels: XmlElement | undefined, sourcePart: string, typeSuffix: string): string[] {
  if (!rels) return [];
  const out: string[] = [];
  for (const rel of childElements(rels)) {
    if (rel.name !== "Relationship" || rel.attrs.TargetMode === "External") continue;
    const type = rel.attrs.Type ?? "";
    if (!type.endsWith(typeSuffix) || !rel.attrs.Target) continue;
    out.push(resolveTarget(sourcePart, rel.attrs.Target));
  }
  return out;
}

function readPackage(bytes: Uint8Array): SourceParagraph[] {
  rejectNonZip(bytes);
  if (bytes.length > LIMITS.docxFileBytes) throw limitError("docxFileBytes");
  const pkg = new Package(bytes);
  const has = (name: string) => pkg.has(name);

  // Where the main document is: _rels/.rels says; word/document.xml is the usual place.
  const packageRels = pkg.parse("_rels/.rels");
  const mainPart =
    relationshipTargets(packageRels, "", REL_OFFICE_DOCUMENT).find(has) ??
    (has("word/document.xml") ? "word/document.xml" : undefined);
  if (!mainPart) {
    const lower = pkg.names.map((name) => name.toLowerCase());
    if (lower.some((name) => name.startsWith("xl/"))) {
      throw new InputError(
        "这是 Excel 表格文件，不是 Word 文档。请检查 Word 文档（.docx）。",
        "This is an Excel workbook, not a Word document.",
      );
    }
    if (lower.some((name) => name.startsWith("ppt/"))) {
      throw new InputError(
        "这是 PowerPoint 演示文稿，不是 Word 文档。请检查 Word 文档（.docx）。",
        "This is a PowerPoint presentation, not a Word document.",
      );
    }
    throw new InputError(
      "压缩包中没有 word/document.xml，这不是 Word 文档（.docx）。",
      "The package has no word/document.xml; it is not a Word document (.docx).",
    );
  }

  const mainRelsPart = relsPartFor(mainPart);
  const mainRels = pkg.parse(mainRelsPart);
  const folder = mainPart.slice(0, mainPart.lastIndexOf("/") + 1);
  const stylesPart =
    relationshipTargets(mainRels, mainPart, REL_STYLES).find(has) ??
    (has(`${folder}styles.xml`) ? `${folder}styles.xml` : undefined);
  const numberingPart =
    relationshipTargets(mainRels, mainPart, REL_NUMBERING).find(has) ??
    (has(`${folder}numbering.xml`) ? `${folder}numbering.xml` : undefined);

  const document = pkg.parse(mainPart);
  if (!document || document.name !== "w:document") {
    throw new InputError(
      `文件中的 ${mainPart} 不是 Word 正文，无法读取。`,
      `${mainPart} in the file is not a Word document body.`,
    );
  }
  const styles = new StyleTable(pkg.parse(stylesPart));
  const numberer = new ListNumberer(parseNumbering(pkg.parse(numberingPart)), (id) => styles.get(id)?.numId);
  const body = firstChild(document, "w:body");
  if (!body) return [];
  return readBody(body, styles, numberer);
}
