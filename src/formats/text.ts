/**
 * Read a plain-text (.txt) or Markdown (.md) file as paragraphs: one per line, blank lines kept as
 * empty paragraphs so that paragraph index = line number − 1. Markdown is not interpreted. Node-free.
 *
 * Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE with or without BOM, otherwise GB18030 (a
 * superset of GBK/GB2312) — what Windows Notepad and older Chinese tools write. A UTF-8 file with a
 * few bad bytes stays UTF-8: each bad sequence becomes U+FFFD, which the analysis reports where it
 * is. GB18030 is chosen only when the bytes are not UTF-8 at all (most non-ASCII sequences invalid).
 *
 * Limits (`LIMITS` in ./limits): at most `textFileBytes` bytes and `paragraphs` lines; beyond
 * either an `InputError` names the limit.
 */

import type { SourceParagraph } from "../core/paragraph";
import { InputError } from "./errors";
import { LIMITS } from "./limits";
import { sniffFormat } from "./sniff";

export function readText(bytes: Uint8Array): SourceParagraph[] {
  if (bytes.length > LIMITS.textFileBytes) throw textTooLarge(bytes.length);
  const text = decodeText(bytes);
  if (text === "") return [];
  const count = countLines(text);
  if (count > LIMITS.paragraphs) throw tooManyLines(count);
  const lines = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start a new one.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => ({ text: removeControlCharacters(line) }));
}

/** The number of lines `readText` makes of `text` (CRLF, CR and LF each end one), without splitting. */
function countLines(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13) {
      breaks++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  const last = text.charCodeAt(text.length - 1);
  return breaks + 1 - (last === 10 || last === 13 ? 1 : 0);
}

/** "16 MB", "2.5 MB", "900 KB", "12 字节/bytes" — for the limit messages. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * A size for a limit message: in bytes when it would round to the limit's own figure ("16.0 MB"
 * for 16 MB and one byte), otherwise in KB or MB. `[zh, en]`.
 */
export function formatSize(size: number, limit: number): [string, string] {
  const shown = formatBytes(size);
  if (Math.abs(size - limit) >= 0.05 * 1024 * 1024 && shown !== formatBytes(limit)) return [shown, shown];
  const exact = size.toLocaleString("en-US");
  return [`${exact} 字节`, `${exact} bytes`];
}

/**
 * A .txt or .md file over `LIMITS.textFileBytes`. `atLeast`: the size was counted while reading
 * and reading stopped there (a file that grows, standard input), so the real size is larger.
 */
export function textTooLarge(size: number, atLeast = false): InputError {
  const limit = formatBytes(LIMITS.textFileBytes);
  const [zh, en] = atLeast ? [`超过 ${formatBytes(size)}`, `more than ${formatBytes(size)}`] : formatSize(size, LIMITS.textFileBytes);
  return new InputError(
    `文件过大（${zh}）：.txt、.md 文件不能超过 ${limit}（上限 textFileBytes）。一份材料通常不过几十 KB，请确认是否选错了文件。`,
    `File too large (${en}): a .txt or .md file may have at most ${limit} (limit textFileBytes). A material is usually a few dozen KB: check that this is the right file.`,
  );
}

function tooManyLines(count: number): InputError {
  const limit = LIMITS.paragraphs.toLocaleString("en-US");
  return new InputError(
    `行数过多（${count} 行）：一个文件不能超过 ${LIMITS.paragraphs} 行（上限 paragraphs）。一份材料通常不过几百行，请确认是否选错了文件。`,
    `Too many lines (${count.toLocaleString("en-US")}): a file may have at most ${limit} lines (limit paragraphs). A material usually has a few hundred: check that this is the right file.`,
  );
}

/** Control characters other than tab (C0, DEL, C1) and a stray byte-order mark. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g;

function removeControlCharacters(line: string): string {
  return line.replace(CONTROL_CHARACTERS, "");
}

function notText(messageZh: string, messageEn: string): InputError {
  return new InputError(messageZh, messageEn);
}

/**
 * At most this share of a file's non-ASCII sequences may be invalid UTF-8 for it to be read as
 * UTF-8 (bad ones replaced by U+FFFD). A stray byte or a cut character in a UTF-8 file is well
 * under it; GBK/GB18030 text is far over it (most of its byte pairs are not UTF-8).
 */
const UTF8_INVALID_SHARE = 0.2;

/**
 * BOM-less UTF-16 is recognised when at least this share of its code units are characters a
 * Chinese or Western text is made of (GBK or UTF-8 bytes read as UTF-16 land mostly elsewhere:
 * Hangul, surrogates, private use).
 */
const UTF16_PLAUSIBLE_SHARE = 0.9;

/** Decode a text file's bytes to a string (BOM removed). Throws InputError for binary files. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) return "";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checkDecoded(new TextDecoder("utf-8").decode(bytes.subarray(3)));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4) throw unsupportedUtf32();
    return checkDecoded(new TextDecoder("utf-16le").decode(bytes.subarray(2)));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkDecoded(new TextDecoder("utf-16be").decode(bytes.subarray(2)));
  }
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) throw unsupportedUtf32();

  rejectKnownBinary(bytes);

  const zeros = countZeros(bytes);
  // A stray NUL or two is tolerated (and removed with the other control characters).
  const fewZeros = zeros <= Math.max(3, bytes.length / 1000);
  const utf8 = scanUtf8(bytes);
  if (utf8.invalid === 0 && fewZeros) return checkDecoded(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));

  const utf16 = bomlessUtf16(bytes, zeros);
  if (utf16) return checkDecoded(new TextDecoder(utf16).decode(bytes));
  if (!fewZeros) throw binaryFile();

  if (utf8.invalid <= UTF8_INVALID_SHARE * (utf8.invalid + utf8.valid)) {
    // UTF-8 with a few bad bytes: each bad sequence becomes U+FFFD, kept for the analysis to report.
    return checkDecoded(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  }
  let text = new TextDecoder("gb18030").decode(bytes);
  const replaced = countUnits(text, (c) => c === 0xfffd);
  if (replaced > Math.max(3, text.length / 100)) {
    throw notText(
      "无法识别文件的文字编码（既不是 UTF-8 也不是 GBK/GB18030）。请用记事本或 WPS 打开后“另存为” UTF-8 编码的文本再检查。",
      "Cannot recognise the file's text encoding (neither UTF-8 nor GBK/GB18030). Save it as UTF-8 text and try again.",
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // GB18030 BOM (84 31 95 33)
  return checkDecoded(text);
}

/**
 * Count the non-ASCII sequences of `bytes` that are valid UTF-8 and those that are not, as a
 * UTF-8 decoder sees them (an invalid sequence is a maximal subpart: the byte that breaks it starts
 * the next one).
 */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n || bytes[j] < lower || bytes[j] > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
    }
    if (ok) valid++;
    else invalid++;
    i = j;
  }
  return { valid, invalid };
}

function unsupportedUtf32(): InputError {
  return notText(
    "不支持 UTF-32 编码的文本文件。请另存为 UTF-8 编码后再检查。",
    "UTF-32 text files are not supported. Save the file as UTF-8 and try again.",
  );
}

function binaryFile(): InputError {
  return notText(
    "这不是文本文件（含有大量二进制数据）。请检查 .txt、.md 或 .docx 文件。",
    "This is not a text file (it contains binary data). Check a .txt, .md or .docx file.",
  );
}

function rejectKnownBinary(bytes: Uint8Array): void {
  switch (sniffFormat(bytes)) {
    case "zip":
      throw notText(
        "这不是文本文件，而是压缩包（可能是扩展名被改过的 .docx 文件）。如果它是 Word 文档，请把扩展名改为 .docx。",
        "This is not a text file but a ZIP package (perhaps a renamed .docx). If it is a Word document, rename it to .docx.",
      );
    case "ole":
      throw notText(
        "这不是文本文件，而是 Word/Office 二进制文件（如 .doc）。请在 Word 或 WPS 中另存为 .docx 后再检查。",
        "This is not a text file but a binary Office file (such as .doc). Save it as .docx in Word or WPS.",
      );
    case "pdf":
      throw notText(
        "这不是文本文件，而是 PDF 文件。请使用原始的 Word 文档（.docx）。",
        "This is not a text file but a PDF. Use the original Word document (.docx).",
      );
    default:
      return;
  }
}

function countZeros(bytes: Uint8Array): number {
  let zeros = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) zeros++;
  return zeros;
}

/**
 * UTF-16 without a BOM: the endianness whose code units are nearly all characters of real text
 * (ASCII, Latin, punctuation, CJK …), when the bytes are not already UTF-8. Text with line breaks or
 * digits has zero bytes; a zero-free file (Chinese without a single line break) needs a fair length.
 */
function bomlessUtf16(bytes: Uint8Array, zeros: number): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length % 2 !== 0 || bytes.length < 2) return undefined;
  if (zeros === 0 && bytes.length < 32) return undefined;
  const le = plausibleShare(bytes, true);
  const be = plausibleShare(bytes, false);
  if (le >= UTF16_PLAUSIBLE_SHARE && le > be) return "utf-16le";
  if (be >= UTF16_PLAUSIBLE_SHARE && be > le) return "utf-16be";
  return undefined;
}

/** The share of `bytes`' UTF-16 code units (in that byte order) that real text is made of. */
function plausibleShare(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length / 2;
  let plausible = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (isTextUnit(unit)) plausible++;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 3 < bytes.length) {
      // A surrogate pair: a character outside the BMP (rare CJK, emoji).
      const next = littleEndian ? bytes[i + 2] | (bytes[i + 3] << 8) : (bytes[i + 2] << 8) | bytes[i + 3];
      if (next >= 0xdc00 && next <= 0xdfff) {
        plausible += 2;
        i += 2;
      }
    }
  }
  return plausible / units;
}

function isTextUnit(u: number): boolean {
  return (
    u === 0x09 ||
    u === 0x0a ||
    u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x24f) || // Latin
    (u >= 0x370 && u <= 0x4ff) || // Greek, Cyrillic
    (u >= 0x2000 && u <= 0x206f) || // general punctuation: “” — …
    (u >= 0x2100 && u <= 0x22ff) || // letterlike, number forms (Ⅰ), arrows, maths
    (u >= 0x2460 && u <= 0x25ff) || // enclosed numbers (①), box drawing, shapes (■ ○)
    (u >= 0x3000 && u <= 0x303f) || // CJK punctuation: 、。《》
    (u >= 0x3200 && u <= 0x33ff) || // enclosed CJK (㈠)
    (u >= 0x4e00 && u <= 0x9fff) || // CJK ideographs
    (u >= 0xfe30 && u <= 0xfe4f) || // CJK compatibility forms
    (u >= 0xff00 && u <= 0xffef) || // full-width forms: ，：（）
    u === 0xfeff
  );
}

/** How many UTF-16 units of `text` pass `test` (a loop: no array of matches on a large file). */
function countUnits(text: string, test: (unit: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) count++;
  return count;
}

/** Binary junk that slipped through decoding shows up as many control characters. */
function checkDecoded(text: string): string {
  const controls = countUnits(text, (c) => c <= 0x08 || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f));
  if (controls > Math.max(8, text.length / 50)) throw binaryFile();
  return text;
}
