/**
 * Read a plain-text (.txt) or Markdown (.md) file as paragraphs: one per line, blank lines kept as
 * empty paragraphs so that paragraph index = line number − 1. Markdown is not interpreted. Node-free.
 *
 * Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (and BOM-less UTF-16 when the
 * zero bytes make it obvious), otherwise GB18030 (a superset of GBK/GB2312) when the bytes are not
 * valid UTF-8 — what Windows Notepad and older Chinese tools write.
 */

import type { SourceParagraph } from "../core/paragraph";
import { InputError } from "./errors";
import { sniffFormat } from "./sniff";

export function readText(bytes: Uint8Array): SourceParagraph[] {
  const text = decodeText(bytes);
  if (text === "") return [];
  const lines = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start a new one.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => ({ text: removeControlCharacters(line) }));
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
  if (zeros > 0) {
    const utf16 = bomlessUtf16(bytes, zeros);
    if (utf16) return checkDecoded(new TextDecoder(utf16).decode(bytes));
    if (zeros > Math.max(3, bytes.length / 1000)) throw binaryFile();
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
    const replaced = countMatches(text, /\uFFFD/g);
    if (replaced > Math.max(3, text.length / 100)) {
      throw notText(
        "无法识别文件的文字编码（既不是 UTF-8 也不是 GBK/GB18030）。请用记事本或 WPS 打开后“另存为” UTF-8 编码的文本再检查。",
        "Cannot recognise the file's text encoding (neither UTF-8 nor GBK/GB18030). Save it as UTF-8 text and try again.",
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // GB18030 BOM (84 31 95 33)
  return checkDecoded(text);
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
 * UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte. Chinese text has few
 * zeros, so this only catches files with a fair share of Latin characters, digits and line breaks.
 */
function bomlessUtf16(bytes: Uint8Array, zeros: number): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length % 2 !== 0 || zeros < bytes.length / 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (odd >= zeros * 0.95) return "utf-16le";
  if (even >= zeros * 0.95) return "utf-16be";
  return undefined;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Binary junk that slipped through decoding shows up as many control characters. */
function checkDecoded(text: string): string {
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = countMatches(text, /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g);
  if (controls > Math.max(8, text.length / 50)) throw binaryFile();
  return text;
}
