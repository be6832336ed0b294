/**
 * Choose a reader by file name and read the bytes. Node-free, so a browser page (file picker,
 * drag and drop) can use it as well as the CLI.
 */

import type { SourceParagraph } from "../core/paragraph";
import { readDocx } from "./docx";
import { InputError } from "./errors";
import { LIMITS } from "./limits";
import { sniffFormat } from "./sniff";
import { formatBytes, formatSize, readText, textTooLarge } from "./text";

/** Extensions read as WordprocessingML packages. */
export const DOCX_EXTENSIONS = [".docx", ".docm", ".dotx", ".dotm"] as const;
/** Extensions read as plain text, one paragraph per line. */
export const TEXT_EXTENSIONS = [".txt", ".md", ".markdown"] as const;

/** ".docx" for "材料/初稿.DOCX"; "" when the name has no extension. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}

function isText(fileName: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

/**
 * The most bytes a file of this name may have: `LIMITS.textFileBytes` for .txt/.md, otherwise
 * `LIMITS.docxFileBytes` (what is not text is read as a .docx or refused). A reader of a file
 * checks its size against this before reading it, and counts while reading.
 */
export function sizeLimitOf(fileName: string): number {
  return isText(fileName) ? LIMITS.textFileBytes : LIMITS.docxFileBytes;
}

/**
 * The file is over `sizeLimitOf(fileName)`. `atLeast`: the size was counted while reading and
 * reading stopped there (a file that grows, standard input).
 */
export function fileTooLarge(fileName: string, size: number, atLeast = false): InputError {
  if (isText(fileName)) return textTooLarge(size, atLeast);
  const limit = formatBytes(LIMITS.docxFileBytes);
  const [zh, en] = atLeast ? [`超过 ${formatBytes(size)}`, `more than ${formatBytes(size)}`] : formatSize(size, LIMITS.docxFileBytes);
  return new InputError(
    `文件过大（${zh}）：.docx 文件不能超过 ${limit}（上限 docxFileBytes）。请确认是否选错了文件。`,
    `File too large (${en}): a .docx file may have at most ${limit} (limit docxFileBytes). Check that this is the right file.`,
  );
}

/**
 * Read a document's bytes, choosing the reader by the extension of `fileName`. Unsupported types
 * throw `InputError` with advice (save as .docx …).
 */
export function readDocumentBytes(bytes: Uint8Array, fileName: string): SourceParagraph[] {
  const extension = extensionOf(fileName);
  if ((DOCX_EXTENSIONS as readonly string[]).includes(extension)) return readDocx(bytes);
  if (isText(fileName)) return readText(bytes);
  if ([".doc", ".dot", ".wps", ".wpt"].includes(extension)) {
    // Often not what the name says: a .docx renamed to .doc reads fine, and readDocx explains the
    // rest (old binary .doc, password-protected, RTF or a web page saved as .doc …).
    const format = sniffFormat(bytes);
    if (extension.startsWith(".wp") && (format === "ole" || format === "unknown")) throw wpsAdvice();
    return readDocx(bytes);
  }
  throw unsupported(extension);
}

function unsupported(extension: string): InputError {
  switch (extension) {
    case ".pdf":
      return new InputError(
        "不能检查 PDF 文件。请使用原始的 Word 文档（.docx），或先用 Word/WPS 将 PDF 转换为 .docx。",
        "PDF files cannot be checked. Use the original Word document (.docx), or convert the PDF to .docx in Word/WPS first.",
      );
    case ".rtf":
      return new InputError(
        "不支持 RTF 格式。请在 Word 或 WPS 中打开，另存为 .docx 后再检查。",
        "RTF is not supported. Open the file in Word or WPS and save it as .docx.",
      );
    case ".odt":
      return new InputError(
        "不支持 OpenDocument（.odt）格式。请在 WPS、Word 或 LibreOffice 中另存为 .docx 后再检查。",
        "OpenDocument (.odt) is not supported. Save the file as .docx and try again.",
      );
    case "":
      return new InputError(
        "文件没有扩展名，无法判断格式。支持的格式：.docx、.txt、.md。",
        "The file has no extension, so its format is unknown. Supported: .docx, .txt, .md.",
      );
    default:
      return new InputError(
        `不支持的文件类型“${extension}”。支持的格式：.docx、.txt、.md。`,
        `Unsupported file type "${extension}". Supported: .docx, .txt, .md.`,
      );
  }
}

function wpsAdvice(): InputError {
  return new InputError(
    "不能直接读取 WPS 文字的 .wps 格式。请在 WPS 中打开，“另存为” Word 文档（*.docx）后再检查。",
    "The WPS Writer .wps format cannot be read. Open it in WPS and save it as a Word document (*.docx).",
  );
}
