/**
 * The CLI's file access: the one module that touches the disk. Reading the bytes is left to
 * `src/formats/`, which the task pane shares.
 */

import { readFile, stat } from "node:fs/promises";
import type { SourceParagraph } from "../core/paragraph";
import { InputError, readDocumentBytes } from "../formats";

/**
 * Read the document at `path`, choosing the reader by extension (.docx/.docm/.dotx/.dotm,
 * .txt/.md/.markdown; case-insensitive). Every problem with the file — missing, a folder,
 * unreadable, unsupported, damaged — is an `InputError`.
 */
export async function readDocumentFile(path: string): Promise<SourceParagraph[]> {
  const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  if (base.startsWith("~$")) {
    throw new InputError(
      `“${base}”是 Word/WPS 打开文档时生成的临时文件，不是文档本身，请检查原文件。`,
      `"${base}" is a temporary owner file Word/WPS creates while a document is open, not the document itself.`,
    );
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError(
        `“${path}”是文件夹，不是文件。请指定要检查的 .docx、.txt 或 .md 文件。`,
        `"${path}" is a directory, not a file. Name a .docx, .txt or .md file to check.`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(path, error);
  }
  return readDocumentBytes(bytes, path);
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
    default:
      return new InputError(
        `无法读取文件：${path}${code ? `（${code}）` : ""}`,
        `Cannot read the file: ${path}${code ? ` (${code})` : ""}`,
        { cause: error },
      );
  }
}
