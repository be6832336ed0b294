import { parseArgs as parseNodeArgs } from "node:util";
import { analyze } from "../core/analyze";
import { compareDrafts, DEFAULT_MIN_CHARS } from "../core/similarity";
import { checkFollowUp } from "../core/followup";
import { compareHasFindings, compareToJson, compareToText, type CompareFile, type CompareReport } from "../report/compare";
import { compareToHtml } from "../report/html";
import { argumentProblem, debugFromEnvironment, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, internalError, optionsOrExit, PROGRESS_FROM, STDIN, tellFileError, UsageError, type CliIO } from "./common";
import { readArgument, type StdinFormat } from "./files";

const USAGE = `用法 / Usage:
  duizhao compare 文件1 文件2… [--format text|json|html] [--min-chars N]
  duizhao compare 今年的材料… --last-year 上年度材料 [--format text|json|html]

  查重：找出每两份材料共有的段落（每段的位置、相似度），标点、空格、编号的差别不计，规范表述、
  方面标题、常用语等人人都会写的文字不算共有。给出 --last-year 时，另查整改落实情况：上年度的每条
  整改措施今年是否报告，今年的问题是否与上年度几乎相同。
  Finds the passages each two drafts share (with their places and a similarity score), whatever
  their punctuation, spacing or numbering; formulations, aspect headings and the usual phrases do
  not count. With --last-year, also checks the follow-up: whether this year's draft reports on
  each of last year's measures, and which problems repeat last year's nearly word for word.

  --format text   中文报告（默认） / a readable report (default)
  --format json   一个 JSON 对象，见 docs/cli-json.md / one JSON object, see docs/cli-json.md
  --format html   一个独立的网页（不联网），可重定向到文件后用浏览器打开 / one self-contained
                  HTML page (no requests): redirect it to a file and open it in a browser
  --min-chars N   共同段落至少 N 字（不计标点和常用语，默认 ${DEFAULT_MIN_CHARS}） / characters a shared passage needs (default ${DEFAULT_MIN_CHARS})
  --last-year 文件 上年度的对照检查材料 / last year's material
  -               文件名“-”读取标准输入 / the file name - reads standard input
  --stdin-format txt|md|docx
                  标准输入的格式 / how to read standard input
  --debug         内部错误时显示调用栈 / show the stack of an internal error

退出码 / Exit codes: 0 未发现共同段落和遗漏 nothing found; 1 有共同段落、未报告的措施或重复的问题 shared
passages, skipped measures or repeated problems; 2 输入有误或内部错误 bad input or internal error
（读不了的文件报告后跳过，其余照常比对 / a file that cannot be read is reported and skipped）`;

interface CompareOptions {
  files: string[];
  lastYear?: string;
  format: "text" | "json" | "html";
  minChars: number;
  stdinFormat?: StdinFormat;
  debug: boolean;
}

function parse(args: string[]): CompareOptions | "help" {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", default: "text" },
        "min-chars": { type: "string" },
        "last-year": { type: "string" },
        "stdin-format": { type: "string" },
        debug: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError(argumentProblem(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.format !== "text" && values.format !== "json" && values.format !== "html") {
    throw new UsageError("--format 只能是 text、json 或 html / --format must be text, json or html");
  }
  let minChars = DEFAULT_MIN_CHARS;
  if (values["min-chars"] !== undefined) {
    minChars = Number(values["min-chars"]);
    if (!/^\d+$/.test(values["min-chars"].trim()) || minChars < 5 || minChars > 1000) {
      throw new UsageError("--min-chars 应为 5 到 1000 之间的整数 / --min-chars must be a whole number from 5 to 1000");
    }
  }
  const stdinFormat = values["stdin-format"]?.replace(/^\./, "").toLowerCase();
  if (stdinFormat !== undefined && !["txt", "md", "docx"].includes(stdinFormat)) {
    throw new UsageError("--stdin-format 只能是 txt、md 或 docx / --stdin-format must be txt, md or docx");
  }
  const lastYear = values["last-year"];
  if (lastYear === undefined && positionals.length < 2) {
    throw new UsageError("请给出至少两个要比对的文件，或用 --last-year 给出上年度材料 / Name at least two files to compare, or last year's material with --last-year");
  }
  if (lastYear !== undefined && positionals.length < 1) throw new UsageError("请给出今年的材料 / Name this year's draft");
  if ([...positionals, lastYear].filter((f) => f === STDIN).length > 1) {
    throw new UsageError("“-”（标准输入）只能给一次 / - (standard input) can be given only once");
  }
  return {
    files: positionals,
    lastYear,
    format: values.format,
    minChars,
    stdinFormat: stdinFormat as StdinFormat | undefined,
    debug: values.debug === true || debugFromEnvironment(),
  };
}

/** `duizhao compare`: 查重, and the follow-up check with --last-year. Returns the exit code. */
export async function runCompare(args: string[], io: CliIO): Promise<number> {
  const options = optionsOrExit(() => parse(args), USAGE, io);
  if (typeof options === "number") return options;
  const { debug } = options;
  let badInput = false;
  const reportError = (file: string, e: unknown) => {
    badInput = true;
    tellFileError(io, file, e, debug);
  };

  // Read every file; one that cannot be read is reported and left out.
  const names = options.lastYear === undefined ? options.files : [...options.files, options.lastYear];
  const files: CompareFile[] = [];
  let lastYear = -1;
  for (const [k, file] of names.entries()) {
    if (names.length > PROGRESS_FROM) io.stderr(`读取 ${k + 1}/${names.length}：${file} / Reading ${k + 1} of ${names.length}: ${file}\n`);
    try {
      const { paragraphs, unit } = await readArgument(file, io.stdin, options.stdinFormat);
      if (options.lastYear !== undefined && k === names.length - 1) lastYear = files.length;
      files.push({ file, unit, paragraphs });
    } catch (e) {
      reportError(file, e);
    }
  }

  if (names.length > PROGRESS_FROM) io.stderr(`比对 ${files.length} 个文件… / Comparing ${files.length} files…\n`);
  let report: CompareReport;
  try {
    const similarity = compareDrafts(
      files.map((f) => f.paragraphs),
      { minChars: options.minChars },
    );
    report = { files, similarity, followUp: null };
  } catch (e) {
    io.stderr(internalError(e, debug));
    return EXIT_BAD_INPUT;
  }

  // The follow-up check of each draft against last year's material.
  if (lastYear >= 0) {
    const last = files[lastYear];
    try {
      const lastInput = { paragraphs: last.paragraphs, analysis: analyze(last.paragraphs) };
      const drafts: NonNullable<CompareReport["followUp"]>["drafts"] = [];
      for (const [k, f] of files.entries()) {
        if (k === lastYear) continue;
        try {
          drafts.push({ file: k, result: checkFollowUp(lastInput, { paragraphs: f.paragraphs, analysis: analyze(f.paragraphs) }) });
        } catch (e) {
          reportError(f.file, e);
        }
      }
      report.followUp = { lastYear, drafts };
    } catch (e) {
      reportError(last.file, e);
    }
  }

  const out = { text: () => compareToText(report) + "\n", json: () => JSON.stringify(compareToJson(report), null, 2) + "\n", html: () => compareToHtml(report) };
  io.stdout(out[options.format]());
  return badInput ? EXIT_BAD_INPUT : compareHasFindings(report) ? EXIT_FINDINGS : EXIT_OK;
}
