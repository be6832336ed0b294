/**
 * Recognise a file's real format from its first bytes, whatever its extension says, so the
 * readers can tell the user what the file actually is ("this is an old .doc", "this is a PDF").
 * Node-free.
 */

export type SniffedFormat =
  | "empty"
  | "zip"
  /** OLE compound file: old .doc/.xls/.ppt/.wps, or an encrypted OOXML file. */
  | "ole"
  | "pdf"
  | "rtf"
  /** Word 2003 XML, Flat OPC (Word "XML document"), or other XML. */
  | "xml"
  /** HTML or MHT ("web page" saves, often named .doc by web systems). */
  | "html"
  | "unknown";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[offset + i] !== prefix[i]) return false;
  return true;
}

/** The first `count` bytes as Latin-1, with a UTF-8 BOM and leading white space removed. */
function head(bytes: Uint8Array, count: number): string {
  let start = startsWithBytes(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x20 || (bytes[start] >= 0x09 && bytes[start] <= 0x0d))) {
    start++;
  }
  let out = "";
  for (let i = start; i < Math.min(bytes.length, start + count); i++) out += String.fromCharCode(bytes[i]);
  return out;
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return "empty";
  if (startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWithBytes(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return "zip";
  }
  if (startsWithBytes(bytes, OLE_SIGNATURE)) return "ole";
  const start = head(bytes, 512);
  if (start.startsWith("%PDF-")) return "pdf";
  if (start.startsWith("{\\rtf")) return "rtf";
  const lower = start.toLowerCase();
  if (lower.startsWith("mime-version:") || lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
    return "html";
  }
  if (lower.startsWith("<?xml")) return lower.includes("<html") ? "html" : "xml";
  return "unknown";
}

/** Whether an OLE compound file holds `streamName` (directory entries are UTF-16LE names). */
export function oleHasStream(bytes: Uint8Array, streamName: string): boolean {
  const pattern: number[] = [];
  for (const c of streamName) pattern.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}
