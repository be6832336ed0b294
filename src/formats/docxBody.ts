/**
 * The body of a .docx, read the way Word shows it: styles (name, outline level, list number by
 * style), the paragraphs of w:body in order, with deleted revisions and field codes left out.
 * docx.ts finds the parts in the package and hands them here.
 */

import type { SourceParagraph } from "../core/paragraph";
import { limitError } from "./errors";
import { LIMITS } from "./limits";
import { expandAlternateContent, intAttr, type ListNumberer } from "./numbering";
import { firstChild, ownText, type XmlElement } from "./xml";

// ---------------------------------------------------------------------------------------------
// Styles

interface StyleInfo {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  /** w:outlineLvl as written (0-based, 9 = body text). */
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  isDefault: boolean;
}

export class StyleTable {
  private readonly byId = new Map<string, StyleInfo>();
  private readonly defaultParagraphId?: string;

  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const el of expandAlternateContent(root.children)) {
      if (el.name !== "w:style") continue;
      const id = el.attrs["w:styleId"];
      if (id === undefined) continue;
      const pPr = firstChild(el, "w:pPr");
      const numPr = firstChild(pPr, "w:numPr");
      const outline = firstChild(pPr, "w:outlineLvl");
      const numIdEl = firstChild(numPr, "w:numId");
      const ilvlEl = firstChild(numPr, "w:ilvl");
      const info: StyleInfo = {
        id,
        type: el.attrs["w:type"] ?? "paragraph",
        name: firstChild(el, "w:name")?.attrs["w:val"],
        basedOn: firstChild(el, "w:basedOn")?.attrs["w:val"],
        outlineLvl: outline ? intAttr(outline, "w:val") : undefined,
        numId: numIdEl?.attrs["w:val"],
        ilvl: ilvlEl ? intAttr(ilvlEl, "w:val") : undefined,
        isDefault: el.attrs["w:default"] === "1" || el.attrs["w:default"] === "true",
      };
      if (!this.byId.has(id)) this.byId.set(id, info);
      if (info.isDefault && info.type === "paragraph" && this.defaultParagraphId === undefined) {
        this.defaultParagraphId = id;
      }
    }
  }

  get(id: string): StyleInfo | undefined {
    return this.byId.get(id);
  }

  /** The paragraph style a paragraph with `w:pStyle` = `id` (or none) actually has. */
  paragraphStyle(id: string | undefined): StyleInfo | undefined {
    const style = id === undefined ? undefined : this.byId.get(id);
    if (style && style.type === "paragraph") return style;
    return this.defaultParagraphId === undefined ? undefined : this.byId.get(this.defaultParagraphId);
  }

  /** The style and those it is based on, nearest first. */
  chain(style: StyleInfo | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    for (let s = style; s && out.length < 32 && !out.includes(s); s = s.basedOn ? this.byId.get(s.basedOn) : undefined) {
      out.push(s);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Body

interface WalkContext {
  styles: StyleTable;
  numberer: ListNumberer;
  fields: OpenFields;
  out: SourceParagraph[];
}

/**
 * Open complex fields (w:fldChar begin … separate … end), which may span runs and paragraphs: a
 * stack of "still in its instruction" flags, and the lowest field still in its instruction, so
 * whether text is hidden is known without a scan. A field still in its instruction when its
 * paragraph ends is closed there (a field code does not run on into the next paragraph; an
 * unclosed `begin` would otherwise hide the rest of the document). A field in its result may run
 * on (a table of contents does).
 */
class OpenFields {
  private readonly inInstruction: boolean[] = [];
  /** Index of the lowest field still in its instruction; -1 when none is. */
  private firstInstruction = -1;

  /** Whether text here is part of a field's instruction (hidden). */
  get hidingText(): boolean {
    return this.firstInstruction >= 0;
  }

  begin(): void {
    if (this.firstInstruction < 0) this.firstInstruction = this.inInstruction.length;
    this.inInstruction.push(true);
  }

  separate(): void {
    const top = this.inInstruction.length - 1;
    if (top < 0) return;
    this.inInstruction[top] = false;
    // The lowest field in its instruction is at or below the top: if it was the top, none is left.
    if (top === this.firstInstruction) this.firstInstruction = -1;
  }

  end(): void {
    const top = this.inInstruction.length - 1;
    if (top < 0) return;
    this.inInstruction.pop();
    if (top === this.firstInstruction) this.firstInstruction = -1;
  }

  endParagraph(): void {
    if (this.firstInstruction < 0) return;
    this.inInstruction.length = this.firstInstruction;
    this.firstInstruction = -1;
  }
}

/** Block-level elements whose content is not body text. */
const SKIPPED_BLOCKS = new Set([
  "w:sectPr",
  "w:tblPr",
  "w:tblGrid",
  "w:tblPrEx",
  "w:trPr",
  "w:tcPr",
  "w:sdtPr",
  "w:sdtEndPr",
  "w:customXmlPr",
  "w:del",
  "w:moveFrom",
  "w:altChunk",
  "w:txbxContent",
]);

function walkBlocks(parent: XmlElement, inTable: boolean, context: WalkContext): void {
  for (const child of parent.children) {
    if (typeof child === "string") continue;
    if (child.name === "w:p") {
      emitParagraph(child, inTable, context);
    } else if (child.name === "w:tbl") {
      walkBlocks(child, true, context);
    } else if (child.name === "mc:AlternateContent") {
      const branch = firstChild(child, "mc:Fallback") ?? firstChild(child, "mc:Choice");
      if (branch) walkBlocks(branch, inTable, context);
    } else if (!SKIPPED_BLOCKS.has(child.name)) {
      // w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo, w:tr, w:tc, w:smartTag …
      walkBlocks(child, inTable, context);
    }
  }
}

function emitParagraph(p: XmlElement, inTable: boolean, context: WalkContext): void {
  const pPr = firstChild(p, "w:pPr");
  const text = paragraphText(p, context);
  context.fields.endParagraph();

  // A paragraph whose mark is a tracked deletion and whose text is all deleted is gone once the
  // changes are accepted (as the document reads in "No Markup").
  const markRPr = firstChild(pPr, "w:rPr");
  if (text === "" && (firstChild(markRPr, "w:del") || firstChild(markRPr, "w:moveFrom"))) return;

  const { styles } = context;
  const styleId = firstChild(pPr, "w:pStyle")?.attrs["w:val"];
  const style = styles.paragraphStyle(styleId);
  const chain = styles.chain(style);

  const paragraph: SourceParagraph = { text };
  const listString = listNumber(pPr, style, chain, context);
  if (listString !== undefined) paragraph.listString = listString;
  if (style?.name !== undefined) paragraph.style = style.name;
  const outlineLevel = outlineOf(pPr, chain);
  if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
  if (inTable) paragraph.inTable = true;
  if (context.out.length >= LIMITS.paragraphs) throw limitError("paragraphs");
  context.out.push(paragraph);
}

function outlineOf(pPr: XmlElement | undefined, chain: StyleInfo[]): number | undefined {
  const direct = firstChild(pPr, "w:outlineLvl");
  let level = direct ? intAttr(direct, "w:val") : undefined;
  if (level === undefined) level = chain.find((s) => s.outlineLvl !== undefined)?.outlineLvl;
  if (level === undefined) {
    // Word's built-in heading styles always carry their outline level, written or not.
    for (const s of chain) {
      const match = /^heading ([1-9])$/i.exec(s.name ?? "");
      if (match) {
        level = Number(match[1]) - 1;
        break;
      }
    }
  }
  return level !== undefined && level >= 0 && level <= 8 ? level + 1 : undefined;
}

function listNumber(
  pPr: XmlElement | undefined,
  style: StyleInfo | undefined,
  chain: StyleInfo[],
  context: WalkContext,
): string | undefined {
  const numPr = firstChild(pPr, "w:numPr");
  const directNumId = firstChild(numPr, "w:numId")?.attrs["w:val"];
  const directIlvlEl = firstChild(numPr, "w:ilvl");
  const directIlvl = directIlvlEl ? intAttr(directIlvlEl, "w:val") : undefined;

  let numId = directNumId;
  let numberingStyle: StyleInfo | undefined;
  if (numId === undefined) {
    numberingStyle = chain.find((s) => s.numId !== undefined);
    numId = numberingStyle?.numId;
  }
  if (numId === undefined || !context.numberer.has(numId)) return undefined;

  let ilvl = directIlvl ?? chain.find((s) => s.ilvl !== undefined)?.ilvl;
  if (ilvl === undefined && numberingStyle) {
    ilvl =
      (style ? context.numberer.levelForStyle(numId, style.id) : undefined) ??
      context.numberer.levelForStyle(numId, numberingStyle.id);
  }
  return context.numberer.next(numId, ilvl ?? 0);
}

/** Run-level elements that hold no visible body text of this paragraph. */
const SKIPPED_INLINE = new Set([
  "w:pPr",
  "w:rPr",
  "w:del",
  "w:moveFrom",
  "w:delText",
  "w:delInstrText",
  "w:instrText",
  "w:fldData",
  "w:drawing",
  "w:pict",
  "w:object",
  "w:txbxContent",
  "w:rt", // ruby (phonetic guide) text; the base text is kept
  "w:sdtPr",
  "w:sdtEndPr",
  "w:customXmlPr",
  "w:smartTagPr",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:commentReference",
  "m:rPr",
  "m:ctrlPr",
]);

function paragraphText(p: XmlElement, context: WalkContext): string {
  const fields = context.fields;
  let out = "";
  const inInstruction = () => fields.hidingText;

  const visit = (element: XmlElement): void => {
    for (const child of element.children) {
      if (typeof child === "string" || SKIPPED_INLINE.has(child.name)) continue;
      switch (child.name) {
        case "w:t":
        case "m:t":
          if (!inInstruction()) out += ownText(child);
          break;
        case "w:tab":
        case "w:ptab":
          if (!inInstruction()) out += "\t";
          break;
        case "w:br":
        case "w:cr":
          if (!inInstruction()) out += "\n";
          break;
        case "w:noBreakHyphen":
          if (!inInstruction()) out += "-";
          break;
        case "w:softHyphen":
          break;
        case "w:sym": {
          const code = Number.parseInt(child.attrs["w:char"] ?? "", 16);
          // Symbol-font characters (private use area) have no reliable Unicode equivalent.
          if (!inInstruction() && Number.isFinite(code) && code > 0x1f && (code < 0xe000 || code > 0xf8ff)) {
            out += String.fromCodePoint(code);
          }
          break;
        }
        case "w:fldChar": {
          const type = child.attrs["w:fldCharType"];
          if (type === "begin") fields.begin();
          else if (type === "separate") fields.separate();
          else if (type === "end") fields.end();
          break;
        }
        case "mc:AlternateContent": {
          const branch = firstChild(child, "mc:Fallback") ?? firstChild(child, "mc:Choice");
          if (branch) visit(branch);
          break;
        }
        case "w:p":
          // Only text boxes nest paragraphs, and those are skipped; be safe anyway.
          break;
        default:
          // w:r, w:hyperlink, w:ins, w:moveTo, w:sdt, w:sdtContent, w:smartTag, w:customXml,
          // w:fldSimple (its runs are the field result), w:ruby/w:rubyBase, w:bdo, w:dir,
          // m:oMathPara, m:oMath, m:r …
          visit(child);
      }
    }
  };
  visit(p);
  return out;
}

/** The paragraphs of w:body in document order, tables and content controls included. */
export function readBody(body: XmlElement, styles: StyleTable, numberer: ListNumberer): SourceParagraph[] {
  const context: WalkContext = { styles, numberer, fields: new OpenFields(), out: [] };
  walkBlocks(body, false, context);
  return context.out;
}
