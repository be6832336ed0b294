import { isInputError } from "../formats";

/*
 * What the commands of the CLI share (check, compare): exit codes, standard input's name, usage
 * errors and how an internal error is told. No command's logic here.
 */

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, read for the file name `-` (none: `-` is refused). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** More files than this: say on stderr how far the reading has come. */
export const PROGRESS_FROM = 3;

/** The name standard input goes by: `-`, as given. */
export const STDIN = "-";

/** A bad command line: the message, then the usage. */
export class UsageError extends Error {}

/**
 * The command line read by `parse`: the options, or the exit code when there is nothing to run
 * (help printed: 0; a bad command line told with the usage: 2).
 */
export function optionsOrExit<T>(parse: () => T | "help", usage: string, io: CliIO): T | number {
  try {
    const options = parse();
    if (options !== "help") return options;
    io.stdout(usage + "\n");
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n\n${usage}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** Why a file was not read, on stderr: an InputError in Chinese and English, or an internal error. */
export function tellFileError(io: CliIO, file: string, e: unknown, debug: boolean): void {
  const [zh, en] = file === STDIN ? ["标准输入（-）", "standard input (-)"] : [file, file];
  if (isInputError(e)) io.stderr(`${zh}：${e.messageZh}\n${en}: ${e.messageEn}\n`);
  else io.stderr(internalError(e, debug, file));
}

/** node:util's parse errors, in Chinese and English. */
export function argumentProblem(e: unknown): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `未知选项：${option} / Unknown option: ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option.split(" ")[0]} 缺少取值 / ${option.split(" ")[0]} needs a value`;
  return `参数有误：${message} / ${message}`;
}

/** DUIZHAO_DEBUG set (and not "0" or empty): show stacks, as --debug does. */
export function debugFromEnvironment(): boolean {
  const value = process.env.DUIZHAO_DEBUG;
  return value !== undefined && value !== "" && value !== "0";
}

/**
 * A bug (anything but an `InputError`): one line in Chinese and one in English asking for the
 * file to be reported, and the stack only when debugging. Exit code 2, as for bad input.
 */
export function internalError(error: unknown, debug: boolean, file?: string): string {
  let raw: string;
  try {
    raw = error instanceof Error ? error.message || error.name : String(error);
  } catch {
    raw = typeof error;
  }
  const message = raw.replace(/\s+/g, " ").trim().slice(0, 200);
  const where =
    file === undefined
      ? ["", "", "请把所用的命令和文件", "please report the command and its files"]
      : file === STDIN
        ? ["：检查标准输入时出错", " while checking standard input", "请把这份输入", "please report this input"]
        : [`：检查“${file}”时出错`, ` while checking "${file}"`, "请把这个文件", "please report this file"];
  let out =
    `内部错误${where[0]}（${message}）。这是检查工具的缺陷，${where[2]}作为 issue 报告给开发者（加 --debug 显示详情）。\n` +
    `Internal error${where[1]} (${message}). This is a bug in the checker: ${where[3]} as an issue (--debug shows details).\n`;
  if (debug && error instanceof Error && error.stack) out += `${error.stack}\n`;
  return out;
}
