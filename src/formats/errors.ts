import { LIMITS } from "./limits";

/**
 * A problem with the user's input file (wrong format, damaged, missing, encrypted …), as opposed
 * to a bug. The CLI prints `messageZh` (or `messageEn`) and exits with a "bad input" status; it
 * never shows a stack trace for these.
 */
export class InputError extends Error {
  /** The message for the user, in Chinese. */
  readonly messageZh: string;
  /** The same message in English. */
  readonly messageEn: string;

  constructor(messageZh: string, messageEn: string, options?: { cause?: unknown }) {
    super(`${messageZh} / ${messageEn}`, options);
    this.name = "InputError";
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

// ---------------------------------------------------------------------------------------------
// Limits reached (LIMITS in limits.ts) by a .docx: each message names the limit, its figure and
// the part, in the words text.ts uses for the .txt limits. The CLI puts the file's name in front.

/** "32 MB", "200 MB". */
function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The limits a .docx is refused for (list numbers and level texts are clamped instead, as Word does). */
export type DocxLimit = Exclude<keyof typeof LIMITS, "textFileBytes" | "listNumber" | "levelText">;

/**
 * The .docx reached `limit`. `part` names the part of the package concerned (word/document.xml
 * …) for the limits counted per part.
 */
export function limitError(limit: DocxLimit, part = "word/document.xml"): InputError {
  const en = (n: number) => n.toLocaleString("en-US");
  switch (limit) {
    case "docxFileBytes":
      return new InputError(
        `文件过大：.docx 文件不能超过 ${megabytes(LIMITS.docxFileBytes)}（上限 docxFileBytes）。请确认是否选错了文件。`,
        `File too large: a .docx file may have at most ${megabytes(LIMITS.docxFileBytes)} (limit docxFileBytes). Check that this is the right file.`,
      );
    case "zipEntries":
      return new InputError(
        `.docx 压缩包的条目过多：不能超过 ${LIMITS.zipEntries} 个（上限 zipEntries），文件可能已损坏。请在 Word 或 WPS 中打开后重新另存为 .docx。`,
        `Too many entries in the .docx package: at most ${en(LIMITS.zipEntries)} (limit zipEntries); the file may be damaged. Open it in Word or WPS and save it again as .docx.`,
      );
    case "xmlPartBytes":
      return new InputError(
        `文件中的 ${part} 解压后过大：一个部件解压后不能超过 ${megabytes(LIMITS.xmlPartBytes)}（上限 xmlPartBytes），文件可能已损坏或是“压缩炸弹”。`,
        `${part} in the file is too large unpacked: one part may have at most ${megabytes(LIMITS.xmlPartBytes)} (limit xmlPartBytes); the file may be damaged or a zip bomb.`,
      );
    case "xmlNodes":
      return new InputError(
        `文件中的 ${part} 内容过多：读取的各部件合计不能超过 ${LIMITS.xmlNodes} 个 XML 元素和属性（上限 xmlNodes）。一份材料通常不过几万个，请确认是否选错了文件。`,
        `${part} in the file holds too much: the parts read may have at most ${en(LIMITS.xmlNodes)} XML elements and attributes together (limit xmlNodes). A material has a few tens of thousands: check that this is the right file.`,
      );
    case "xmlDepth":
      return new InputError(
        `文件中的 ${part} 元素嵌套过深：不能超过 ${LIMITS.xmlDepth} 层（上限 xmlDepth），文件可能已损坏。请在 Word 或 WPS 中打开后重新另存为 .docx。`,
        `${part} in the file nests elements too deeply: at most ${en(LIMITS.xmlDepth)} levels (limit xmlDepth); the file may be damaged. Open it in Word or WPS and save it again as .docx.`,
      );
    case "paragraphs":
      return new InputError(
        `段落过多：一个文档不能超过 ${LIMITS.paragraphs} 段（上限 paragraphs）。一份材料通常不过几百段，请确认是否选错了文件。`,
        `Too many paragraphs: a document may have at most ${en(LIMITS.paragraphs)} (limit paragraphs). A material usually has a few hundred: check that this is the right file.`,
      );
  }
}

/** A part whose bytes do not match the CRC-32 the zip directory records. */
export function checksumError(part: string): InputError {
  return new InputError(
    `文件中的 ${part} 已损坏（CRC 校验值不符），无法读取。请在 Word 或 WPS 中打开后重新另存为 .docx 再检查。`,
    `${part} in the file is damaged (its CRC checksum does not match). Open the file in Word or WPS, save it again as .docx and retry.`,
  );
}
