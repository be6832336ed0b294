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
 * - Malformed markup (unclosed or mismatched tags, a bad attribute) throws `XmlError`.
 */

export interface XmlElement {
  /** Name with a canonical prefix: "w:p", "mc:AlternateContent", "m:t", "Relationship". */
  name: string;
  /** Attributes by canonical name ("w:val", "r:id", "Target"); `xmlns` declarations left out. */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const CANONICAL_PREFIX: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
  "http://www.w3.org/XML/1998/namespace": "xml",
};

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const MAX_DEPTH = 2000;

type Scope = Map<string, string>;

interface OpenElement {
  element: XmlElement;
  rawName: string;
  scope: Scope;
}

/** Parse a whole XML document; returns its root element. */
export function parseXml(source: string): XmlElement {
  const length = source.length;
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const rootScope: Scope = new Map([["xml", XML_NS]]);
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;

  const addText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (/\S/.test(text)) throw new XmlError("text outside the root element");
      return;
    }
    const children = top.element.children;
    const last = children[children.length - 1];
    if (typeof last === "string") children[children.length - 1] = last + text;
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
        if (stack.length === 0) throw new XmlError("CDATA outside the root element");
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
      const end = source.indexOf(">", lt + 2);
      if (end < 0) throw new XmlError("unterminated end tag");
      const rawName = source.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`unexpected end tag </${rawName}>`);
      if (open.rawName !== rawName) {
        throw new XmlError(`end tag </${rawName}> does not match <${open.rawName}>`);
      }
      i = end + 1;
      continue;
    }

    // Start tag.
    let j = lt + 1;
    while (j < length && !isNameEnd(source.charCodeAt(j))) j++;
    const rawName = source.slice(lt + 1, j);
    if (rawName.length === 0) throw new XmlError(`bad tag at ${lt}`);
    const rawAttrs: [string, string][] = [];
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
      rawAttrs.push([attrName, decodeAttribute(source.slice(j + 1, valueEnd))]);
      j = valueEnd + 1;
    }
    i = j;

    const parent = stack[stack.length - 1];
    if (!parent && root) throw new XmlError("more than one root element");
    let scope = parent ? parent.scope : rootScope;
    for (const [name, value] of rawAttrs) {
      if (name === "xmlns" || name.startsWith("xmlns:")) {
        if (scope === (parent ? parent.scope : rootScope)) scope = new Map(scope);
        scope.set(name === "xmlns" ? "" : name.slice(6), value);
      }
    }
    const attrs: Record<string, string> = {};
    for (const [name, value] of rawAttrs) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      attrs[name.includes(":") ? resolveName(name, scope) : name] = value;
    }
    const element: XmlElement = { name: resolveName(rawName, scope), attrs, children: [] };
    if (parent) parent.element.children.push(element);
    else root = element;
    if (!selfClosing) {
      if (stack.length >= MAX_DEPTH) throw new XmlError("elements nested too deeply");
      stack.push({ element, rawName, scope });
    }
  }

  if (stack.length > 0) throw new XmlError(`unclosed element <${stack[stack.length - 1].rawName}>`);
  if (!root) throw new XmlError("no root element");
  return root;
}

function resolveName(rawName: string, scope: Scope): string {
  const colon = rawName.indexOf(":");
  const prefix = colon < 0 ? "" : rawName.slice(0, colon);
  const local = colon < 0 ? rawName : rawName.slice(colon + 1);
  const uri = scope.get(prefix);
  if (uri === undefined) return rawName;
  const canonical = CANONICAL_PREFIX[uri];
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
  // Attribute-value normalisation: literal white space becomes a space (character references
  // such as &#10; survive, since they are decoded afterwards).
  return decodeEntities(value.replace(/\r\n|[\t\n\r]/g, " "));
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
    return NAMED_ENTITIES[body] ?? whole;
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
