/**
 * A small, strict XML parser for the machine-written parts of an OOXML package (document.xml,
 * styles.xml, numbering.xml, relationship parts). No DOM, no Node built-ins.
 *
 * - Elements become `{ name, attrs, children }`; text becomes strings (entities decoded, CDATA kept
 *   verbatim, line ends normalised to "\n" as XML requires).
 * - Namespace prefixes are resolved and rewritten to canonical ones, so a document that binds the
 *   WordprocessingML namespace to another prefix (or uses the Strict OOXML namespace) still reads
 *   as `w:p`, `w:t` …. Elements and attributes in namespaces we do not know keep their prefix as
 *   written. Elements in the package-relationships namespace have no prefix (`Relationship`).
 * - Comments, processing instructions and the DOCTYPE are skipped; custom entities are never
 *   expanded (so no entity-expansion attacks).
 * - Malformed markup (unclosed or mismatched tags, a bad attribute) throws `XmlError`, and so does
 *   a document beyond `LIMITS.xmlDepth` or `LIMITS.xmlNodes` (its `limit` says which).
 * - Elements are read only: those without attributes or children share frozen empty ones.
 */

import { LIMITS } from "./limits";

export interface XmlElement {
  /** Name with a canonical prefix: "w:p", "mc:AlternateContent", "m:t", "Relationship". */
  name: string;
  /** Attributes by canonical name ("w:val", "r:id", "Target"); `xmlns` declarations left out. */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const CANONICAL_PREFIX = new Map<string, string>(Object.entries({
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
  "http://www.w3.org/XML/1998/namespace": "xml",
}));

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Which of the parser's limits (`LIMITS.xmlDepth`, `LIMITS.xmlNodes`) a document reached. */
export type XmlLimit = "xmlDepth" | "xmlNodes";

export class XmlError extends Error {
  /** Set when the markup is well formed as far as read but reached one of the parser's limits. */
  readonly limit?: XmlLimit;

  constructor(message: string, limit?: XmlLimit) {
    super(message);
    this.name = "XmlError";
    this.limit = limit;
  }
}

/**
 * How many more elements and attributes the parser may build (`LIMITS.xmlNodes`). Pass one budget
 * to several `parseXml` calls to bound the trees of a whole package together.
 */
export interface XmlBudget {
  nodes: number;
}

export interface ParseXmlOptions {
  /** Defaults to a budget of `LIMITS.xmlNodes` for this document alone. */
  budget?: XmlBudget;
}

/** Shared by every element without attributes or children; frozen, since elements are read only. */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/**
 * Parse a whole XML document; returns its root element. Work and memory are linear in the size
 * of the source: namespace scopes are one table of binding stacks changed by each declaration and
 * restored at its element's end, and elements plus attributes are counted against a budget.
 */
export function parseXml(source: string, options: ParseXmlOptions = {}): XmlElement {
  const budget = options.budget ?? { nodes: LIMITS.xmlNodes };
  const length = source.length;
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Namespace scopes as a stack of changes: prefix → its bindings, innermost last; `declared`
  // lists the prefixes bound by the open elements, in order, so an end tag undoes its own.
  const bindings = new Map<string, string[]>([["xml", [XML_NS]]]);
  const declared: string[] = [];
  // Resolved names for the current bindings; replaced whenever a binding changes.
  let names = new Map<string, string>();
  // The open elements, innermost last: the element, its name as written, how many bindings it
  // declared, and the children read so far — one array per depth, reused, and copied to an array
  // of the right size at the end tag (a tree of arrays grown by push would reserve 17 slots each).
  const openElements: XmlElement[] = [];
  const openNames: string[] = [];
  const openDeclared: number[] = [];
  const childrenAtDepth: XmlNode[][] = [];
  let depth = 0;
  // The attributes of the tag being read.
  const attrNames: string[] = [];
  const attrValues: string[] = [];
  let root: XmlElement | undefined;

  const resolve = (rawName: string): string => {
    let name = names.get(rawName);
    if (name === undefined) {
      name = resolveName(rawName, bindings);
      names.set(rawName, name);
    }
    return name;
  };

  const undeclare = (count: number): void => {
    for (let k = 0; k < count; k++) bindings.get(declared.pop() as string)?.pop();
    names = new Map();
  };

  const spend = (count: number): void => {
    budget.nodes -= count;
    if (budget.nodes < 0) {
      throw new XmlError(`more than ${LIMITS.xmlNodes} elements and attributes`, "xmlNodes");
    }
  };

  const addText = (text: string): void => {
    if (depth === 0) {
      if (/\S/.test(text)) throw new XmlError("text outside the root element");
      return;
    }
    const children = childrenAtDepth[depth - 1];
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === "string") children[last] += text;
    else children.push(text);
  };

  while (i < length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) {
      addText(decodeText(source.slice(i)));
      break;
    }
    if (lt > i) addText(decodeText(source.slice(i, lt)));
    const next = source.charCodeAt(lt + 1);

    if (next === 0x21 /* ! */) {
      if (source.startsWith("<!--", lt)) {
        const end = source.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("unterminated comment");
        i = end + 3;
      } else if (source.startsWith("<![CDATA[", lt)) {
        const end = source.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlError("unterminated CDATA section");
        if (depth === 0) throw new XmlError("CDATA outside the root element");
        addText(normaliseLineEnds(source.slice(lt + 9, end)));
        i = end + 3;
      } else if (source.startsWith("<!DOCTYPE", lt)) {
        i = skipDoctype(source, lt);
      } else {
        throw new XmlError(`unexpected markup at ${lt}`);
      }
      continue;
    }

    if (next === 0x3f /* ? */) {
      const end = source.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("unterminated processing instruction");
      i = end + 2;
      continue;
    }

    if (next === 0x2f /* / */) {
      // End tag: the name of the open element, then optional white space and ">".
      const end = source.indexOf(">", lt + 2);
      if (end < 0) throw new XmlError("unterminated end tag");
      if (depth === 0) throw new XmlError(`unexpected end tag </${source.slice(lt + 2, end).trim()}>`);
      const openName = openNames[depth - 1];
      let k = lt + 2 + openName.length;
      while (k < end && isSpace(source.charCodeAt(k))) k++;
      if (k !== end || !source.startsWith(openName, lt + 2)) {
        throw new XmlError(`end tag </${source.slice(lt + 2, end).trim()}> does not match <${openName}>`);
      }
      depth--;
      const element = openElements[depth];
      const children = childrenAtDepth[depth];
      if (children.length > 0) {
        element.children = children.slice();
        children.length = 0;
      }
      if (openDeclared[depth] > 0) undeclare(openDeclared[depth]);
      i = end + 1;
      continue;
    }

    // Start tag.
    let j = lt + 1;
    while (j < length && !isNameEnd(source.charCodeAt(j))) j++;
    const rawName = source.slice(lt + 1, j);
    if (rawName.length === 0) throw new XmlError(`bad tag at ${lt}`);
    let attrCount = 0;
    let selfClosing = false;
    for (;;) {
      while (j < length && isSpace(source.charCodeAt(j))) j++;
      if (j >= length) throw new XmlError(`unterminated tag <${rawName}>`);
      const c = source.charCodeAt(j);
      if (c === 0x3e /* > */) {
        j++;
        break;
      }
      if (c === 0x2f /* / */) {
        if (source.charCodeAt(j + 1) !== 0x3e) throw new XmlError(`bad tag <${rawName}>`);
        selfClosing = true;
        j += 2;
        break;
      }
      const nameStart = j;
      while (j < length && !isNameEnd(source.charCodeAt(j)) && source.charCodeAt(j) !== 0x3d) j++;
      const attrName = source.slice(nameStart, j);
      if (attrName.length === 0) throw new XmlError(`bad attribute in <${rawName}>`);
      while (j < length && isSpace(source.charCodeAt(j))) j++;
      if (source.charCodeAt(j) !== 0x3d /* = */) {
        throw new XmlError(`attribute ${attrName} without value in <${rawName}>`);
      }
      j++;
      while (j < length && isSpace(source.charCodeAt(j))) j++;
      const quote = source.charCodeAt(j);
      if (quote !== 0x22 && quote !== 0x27) {
        throw new XmlError(`unquoted attribute ${attrName} in <${rawName}>`);
      }
      const valueEnd = source.indexOf(quote === 0x22 ? '"' : "'", j + 1);
      if (valueEnd < 0) throw new XmlError(`unterminated attribute ${attrName}`);
      spend(1);
      attrNames[attrCount] = attrName;
      attrValues[attrCount] = decodeAttribute(source.slice(j + 1, valueEnd));
      attrCount++;
      j = valueEnd + 1;
    }
    i = j;
    spend(1);

    if (depth === 0 && root) throw new XmlError("more than one root element");
    let declaredHere = 0;
    let attrs = NO_ATTRS;
    if (attrCount > 0) {
      for (let k = 0; k < attrCount; k++) {
        const name = attrNames[k];
        if (name.charCodeAt(0) !== 0x78 /* x */ || (name !== "xmlns" && !name.startsWith("xmlns:"))) continue;
        const prefix = name === "xmlns" ? "" : name.slice(6);
        let uris = bindings.get(prefix);
        if (!uris) bindings.set(prefix, (uris = []));
        uris.push(attrValues[k]);
        declared.push(prefix);
        declaredHere++;
      }
      if (declaredHere > 0) names = new Map();
      for (let k = 0; k < attrCount; k++) {
        const name = attrNames[k];
        if (declaredHere > 0 && (name === "xmlns" || name.startsWith("xmlns:"))) continue;
        if (attrs === NO_ATTRS) attrs = {};
        attrs[name.includes(":") ? resolve(name) : name] = attrValues[k];
      }
    }
    const element: XmlElement = { name: resolve(rawName), attrs, children: NO_CHILDREN };
    if (depth > 0) childrenAtDepth[depth - 1].push(element);
    else root = element;
    if (selfClosing) {
      if (declaredHere > 0) undeclare(declaredHere);
    } else {
      if (depth >= LIMITS.xmlDepth) {
        throw new XmlError(`elements nested more than ${LIMITS.xmlDepth} deep`, "xmlDepth");
      }
      openElements[depth] = element;
      openNames[depth] = rawName;
      openDeclared[depth] = declaredHere;
      childrenAtDepth[depth] ??= [];
      depth++;
    }
  }

  if (depth > 0) throw new XmlError(`unclosed element <${openNames[depth - 1]}>`);
  if (!root) throw new XmlError("no root element");
  return root;
}

/**
 * The start tags in UTF-8 (or any ASCII-compatible) XML `bytes`, skipping comments, CDATA sections
 * and processing instructions; counting stops once past `max`. One fast pass, so that a part whose
 * elements alone exceed a budget is refused before it is checked, decoded or parsed.
 */
export function countStartTags(bytes: Uint8Array, max: number): number {
  let count = 0;
  const length = bytes.length;
  for (let k = bytes.indexOf(0x3c); k >= 0 && count <= max; k = bytes.indexOf(0x3c, k + 1)) {
    const c = bytes[k + 1];
    if (c === 0x2f /* / */) continue;
    if (c !== 0x21 /* ! */ && c !== 0x3f /* ? */) {
      count++;
      continue;
    }
    // Skip to the end of <?…?>, <!--…-->, <![CDATA[…]]> (a DOCTYPE's own markup is counted: harmless).
    const [first, second] = c === 0x3f ? [0x3f, 0x3e] : bytes[k + 2] === 0x2d ? [0x2d, 0x2d] : bytes[k + 2] === 0x5b ? [0x5d, 0x5d] : [-1, -1];
    if (first < 0) continue;
    let end = k + 2;
    while (end < length && !(bytes[end] === first && bytes[end + 1] === second && (c === 0x3f || bytes[end + 2] === 0x3e))) end++;
    k = end;
  }
  return count;
}

function resolveName(rawName: string, bindings: Map<string, string[]>): string {
  const colon = rawName.indexOf(":");
  const prefix = colon < 0 ? "" : rawName.slice(0, colon);
  const local = colon < 0 ? rawName : rawName.slice(colon + 1);
  const uris = bindings.get(prefix);
  const uri = uris?.[uris.length - 1];
  if (uri === undefined) return rawName;
  const canonical = CANONICAL_PREFIX.get(uri);
  if (canonical === undefined) return rawName;
  return canonical === "" ? local : `${canonical}:${local}`;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */;
}

function skipDoctype(source: string, start: number): number {
  let depth = 0;
  for (let k = start + 9; k < source.length; k++) {
    const c = source.charCodeAt(k);
    if (c === 0x5b /* [ */) depth++;
    else if (c === 0x5d /* ] */) depth--;
    else if (c === 0x3e /* > */ && depth <= 0) return k + 1;
  }
  throw new XmlError("unterminated DOCTYPE");
}

function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function decodeText(text: string): string {
  return decodeEntities(normaliseLineEnds(text));
}

function decodeAttribute(value: string): string {
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c === 0x26 /* & */ || c === 0x09 || c === 0x0a || c === 0x0d) {
      // Attribute-value normalisation: literal white space becomes a space (character references
      // such as &#10; survive, since they are decoded afterwards).
      return decodeEntities(value.replace(/\r\n|[\t\n\r]/g, " "));
    }
  }
  return value;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decode the five predefined entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 0x23 /* # */) {
      const hex = body[1] === "x" || body[1] === "X";
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        return "\uFFFD";
      }
      return String.fromCodePoint(code);
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : whole;
  });
}

/** Element children of `element`, optionally only those called `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== "string" && (name === undefined || child.name === name)) out.push(child);
  }
  return out;
}

/** The first element child called `name`. */
export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) {
    if (typeof child !== "string" && child.name === name) return child;
  }
  return undefined;
}

/** All text directly inside `element` (not in child elements). */
export function ownText(element: XmlElement): string {
  let text = "";
  for (const child of element.children) if (typeof child === "string") text += child;
  return text;
}
