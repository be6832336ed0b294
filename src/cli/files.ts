/**
 * The CLI's file access: the one module that touches the disk (and standard input). Reading the
 * bytes is left to `src/formats/`, which the task pane shares.
 *
 * Only regular files are read: a device (/dev/zero, also through a symbolic link), a FIFO or a
 * socket is refused before it is opened, so nothing hangs or fills the memory. Sizes are bounded
 * (`LIMITS.textFileBytes` for .txt/.md, `LIMITS.docxFileBytes` otherwise): checked on the file's
 * size before reading, and counted while reading, for a file that grows meanwhile.
 */

import { constants, type Stats } from "node:fs";
import { open, readdir, stat, writeFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { SourceParagraph } from "../core/paragraph";
import { DOCX_EXTENSIONS, extensionOf, InputError, readDocumentBytes, readDocxSettings, TEXT_EXTENSIONS } from "../formats";
import { fileTooLarge, sizeLimitOf } from "../formats/read";
import type { PlaceUnit } from "../report/text";
import { STDIN, type CliIO } from "./common";

/** A document as read: its paragraphs, and the settings the add-in saved in it (a .docx's; {} for text). */
export interface DocumentFile {
  paragraphs: SourceParagraph[];
  settings: Record<string, unknown>;
}

/** The add-in's settings start with this (src/taskpane/state/stored.ts). */
const SETTINGS_PREFIX = "duizhao.";

function documentOf(bytes: Uint8Array, name: string): DocumentFile {
  const paragraphs = readDocumentBytes(bytes, name);
  if ((TEXT_EXTENSIONS as readonly string[]).includes(extensionOf(name))) return { paragraphs, settings: {} };
  try {
    return { paragraphs, settings: readDocxSettings(bytes, SETTINGS_PREFIX) };
  } catch {
    // The text was read: a damaged settings part costs the writer's settings, not the check.
    return { paragraphs, settings: {} };
  }
}

/**
 * Read the document at `path`, choosing the reader by extension (.docx/.docm/.dotx/.dotm,
 * .txt/.md/.markdown; case-insensitive). Every problem with the file — missing, a folder, not a
 * regular file, too large, unreadable, unsupported, damaged — is an `InputError`.
 */
export async function readDocumentFile(path: string): Promise<DocumentFile> {
  const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  if (base.startsWith("~$")) {
    throw new InputError(
      `“${base}”是 Word/WPS 打开文档时生成的临时文件，不是文档本身，请检查原文件。`,
      `"${base}" is a temporary owner file Word/WPS creates while a document is open, not the document itself.`,
    );
  }
  const bytes = await readFileBytes(path, sizeLimitOf(path), (size, atLeast) => fileTooLarge(path, size, atLeast));
  return documentOf(bytes, path);
}

/**
 * A document named on the command line (standard input for "-"), with what its places count:
 * lines of a .txt or .md, paragraphs of a .docx.
 */
export async function readArgument(file: string, stdin: CliIO["stdin"], format: StdinFormat | undefined): Promise<DocumentFile & { unit: PlaceUnit }> {
  if (file !== STDIN) {
    const document = await readDocumentFile(file);
    return { ...document, unit: (TEXT_EXTENSIONS as readonly string[]).includes(extensionOf(file)) ? "行" : "段" };
  }
  if (!stdin) throw new InputError("没有可读取的标准输入", "There is no standard input to read");
  return { ...(await readDocumentStream(stdin, format)), unit: format === "docx" ? "段" : "行" };
}

/** What `--stdin-format` names: how standard input is read. */
export type StdinFormat = "txt" | "md" | "docx";

/**
 * Read standard input as a document of `format` (a .txt unless told otherwise; a ZIP package
 * given as text is read as the .docx it is). Bounded like a file of that type, counted while
 * reading.
 */
export async function readDocumentStream(
  input: AsyncIterable<Uint8Array | string>,
  format: StdinFormat | undefined,
): Promise<DocumentFile> {
  let name = `-.${format ?? "txt"}`;
  // A ZIP on standard input without --stdin-format is a .docx piped in: read it as one (within the
  // .docx size limit), rather than refusing it as "not a text file".
  const limit = (head: Uint8Array) => {
    if (format === undefined && head[0] === 0x50 && head[1] === 0x4b) name = "-.docx";
    return sizeLimitOf(name);
  };
  let bytes: Uint8Array;
  try {
    bytes = await readStream(input, limit, (size, atLeast) => fileTooLarge(name, size, atLeast));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw new InputError(
      `无法读取标准输入${code ? `（${code}）` : ""}`,
      `Cannot read standard input${code ? ` (${code})` : ""}`,
      { cause: error },
    );
  }
  return documentOf(bytes, name);
}

type TooLarge = (size: number, atLeast: boolean) => InputError;

/** Where a file of this kind is refused: exit 2, 不是普通文件. Undefined for a regular file. */
function notRegular(path: string, info: Stats): InputError | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) {
    return new InputError(
      `“${path}”是文件夹，不是文件。请指定要检查的 .docx、.txt 或 .md 文件。`,
      `"${path}" is a directory, not a file. Name a .docx, .txt or .md file to check.`,
    );
  }
  const [zh, en] = info.isFIFO()
    ? ["管道", "a FIFO (named pipe)"]
    : info.isSocket()
      ? ["套接字", "a socket"]
      : info.isCharacterDevice() || info.isBlockDevice()
        ? ["设备", "a device"]
        : ["特殊文件", "a special file"];
  return new InputError(
    `“${path}”不是普通文件（是${zh}），不能读取。请指定要检查的 .docx、.txt 或 .md 文件；要检查标准输入，请用“-”。`,
    `"${path}" is not a regular file but ${en}, and cannot be read. Name a .docx, .txt or .md file to check; for standard input, use "-".`,
  );
}

/**
 * Read a regular file of at most `limit` bytes. The file's kind and size are checked before it is
 * opened (opening a FIFO would wait for a writer), checked again on the open file (it may have
 * been replaced in between), and the bytes are counted while reading.
 */
export async function readFileBytes(path: string, limit: number, tooLarge: TooLarge): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    const before = await stat(path);
    const refused = notRegular(path, before) ?? (before.size > limit ? tooLarge(before.size, false) : undefined);
    if (refused) throw refused;
    // O_NONBLOCK: should a FIFO have taken the file's place since, opening it does not wait.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    const changed = notRegular(path, info) ?? (info.size > limit ? tooLarge(info.size, false) : undefined);
    if (changed) throw changed;
    return await readStream(chunks(handle, info.size), limit, tooLarge);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(path, error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A file's bytes in chunks: its stated size first (plus one, to see that it grew), then 1 MiB at a time. */
async function* chunks(handle: FileHandle, size: number): AsyncGenerator<Uint8Array> {
  let length = Math.min(Math.max(size + 1, 4096), 1 << 20);
  for (;;) {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
    length = 1 << 20;
  }
}

/**
 * All of `input`, refused once more than `limit` bytes have come (reading stops there). `limit`
 * may depend on the first bytes (what the input is).
 */
export async function readStream(
  input: AsyncIterable<Uint8Array | string>,
  limit: number | ((head: Uint8Array) => number),
  tooLarge: TooLarge,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  let max = typeof limit === "number" ? limit : undefined;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    if (bytes.length === 0) continue;
    max ??= (limit as (head: Uint8Array) => number)(bytes);
    total += bytes.length;
    if (total > max) throw tooLarge(max, true);
    parts.push(bytes);
  }
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new InputError(`找不到文件：${path}`, `File not found: ${path}`, { cause: error });
    case "EACCES":
    case "EPERM":
      return new InputError(
        `没有权限读取文件：${path}`,
        `Permission denied reading the file: ${path}`,
        { cause: error },
      );
    case "EISDIR":
      return new InputError(
        `“${path}”是文件夹，不是文件。请指定要检查的 .docx、.txt 或 .md 文件。`,
        `"${path}" is a directory, not a file. Name a .docx, .txt or .md file to check.`,
        { cause: error },
      );
    case "EBUSY":
      return new InputError(
        `文件正被其他程序占用，无法读取：${path}。请关闭后再试。`,
        `The file is in use by another program: ${path}. Close it and retry.`,
        { cause: error },
      );
    case "ELOOP":
      return new InputError(
        `符号链接循环，无法读取：${path}`,
        `Too many levels of symbolic links: ${path}`,
        { cause: error },
      );
    default:
      return new InputError(
        `无法读取文件：${path}${code ? `（${code}）` : ""}`,
        `Cannot read the file: ${path}${code ? ` (${code})` : ""}`,
        { cause: error },
      );
  }
}

/** A file argument as the command sees it: a file to read, or a folder that could not be listed. */
export interface FileArgument {
  file: string;
  /** Set when the argument is a folder that holds nothing to check or cannot be listed. */
  error?: InputError;
}

const READABLE: readonly string[] = [...DOCX_EXTENSIONS, ...TEXT_EXTENSIONS];

/**
 * The files the arguments name: a folder stands for the documents in it (.docx, .txt, .md and
 * their kin; not its subfolders, nor Word's ~$ owner files or hidden files), in name order with
 * numbers as numbers (材料2 before 材料10). Anything else is passed on as it is, to be read
 * (and refused there if need be). A folder with nothing to check is an error of its own.
 */
export async function expandArguments(args: readonly string[], stdin: string): Promise<FileArgument[]> {
  const out: FileArgument[] = [];
  for (const arg of args) {
    let info: Stats | undefined;
    try {
      info = arg === stdin ? undefined : await stat(arg);
    } catch {
      // Missing or unreadable: reading it says why, in the words every file gets.
    }
    if (!info?.isDirectory()) {
      out.push({ file: arg });
      continue;
    }
    let names: string[];
    try {
      const entries = await readdir(arg, { withFileTypes: true });
      names = entries
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith("~$") && !e.name.startsWith(".") && READABLE.includes(extensionOf(e.name)))
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b, "zh-Hans-CN", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0));
    } catch (error) {
      out.push({ file: arg, error: fileError(arg, error) });
      continue;
    }
    if (names.length === 0) {
      out.push({
        file: arg,
        error: new InputError(
          `文件夹“${arg}”中没有 .docx、.txt 或 .md 文件（不查子文件夹）。`,
          `The folder "${arg}" holds no .docx, .txt or .md file (subfolders are not searched).`,
        ),
      });
      continue;
    }
    for (const name of names) out.push({ file: join(arg, name) });
  }
  return out;
}

/** Write a report the command made (`--report`); a failure is an `InputError` naming the path. */
export async function writeReportFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw new InputError(
      `无法写入报告：${path}${code ? `（${code}）` : ""}。请检查文件夹是否存在、是否有写入权限。`,
      `Cannot write the report: ${path}${code ? ` (${code})` : ""}. Check that the folder exists and can be written to.`,
      { cause: error },
    );
  }
}
