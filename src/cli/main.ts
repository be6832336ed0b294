import { resolve } from "node:path";
import { parseArgs as parseNodeArgs } from "node:util";
import { analyze } from "../core/analyze";
import { parseWriterLinks, WRITER_LINKS_KEY } from "../core/correspondence/writer";
import { MEETING_TEMPLATES } from "../data/templates";
import type { MeetingTemplate } from "../core/checklist/template";
import { customTemplate, withWriterAspects } from "../core/checklist/custom";
import { isInputError } from "../formats";
import { LIMITS } from "../formats/limits";
import { formatBytes } from "../formats/text";
import { compareDrafts } from "../core/similarity";
import type { SimilarityResult } from "../core/similarity/types";
import { toHtml, type ReportDraft, type ReportUnreadable } from "../report/html";
import { toJson } from "../report/json";
import { toText } from "../report/text";
import { expandArguments, readArgument, writeReportFile, type StdinFormat } from "./files";
import {
  argumentProblem,
  debugFromEnvironment,
  EXIT_BAD_INPUT,
  EXIT_FINDINGS,
  EXIT_OK,
  internalError,
  optionsOrExit,
  PROGRESS_FROM,
  STDIN,
  tellFileError,
  UsageError,
  type CliIO,
} from "./common";
import { runCompare } from "./compare";

export { debugFromEnvironment, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, internalError, STDIN, type CliIO } from "./common";

const TYPES = MEETING_TEMPLATES.map((t) => `  ${t.id.padEnd(28)}${t.name}`).join("\n");

const USAGE = `用法 / Usage:
  duizhao check 文件或文件夹… [--format text|json] [--report 报告.html] [--template 会议类型] [--aspects 方面1,方面2…]
  duizhao compare 文件… [--format text|json|html] [--min-chars N] [--last-year 上年度材料]
                  查重和整改落实情况，见 duizhao compare --help / 查重 and the follow-up check

  读取 .docx、.txt、.md 文件，报告结构、组成部分和发现的问题。给出文件夹时检查其中的全部
  .docx、.txt、.md 文件（不含子文件夹和 ~$ 临时文件，按文件名排序）。
  Reads .docx, .txt and .md files and reports their outline, parts and findings. A folder
  stands for the .docx, .txt and .md files in it (not its subfolders nor ~$ files), by name.

  --format text   中文报告（默认） / a readable report (default)
  --format json   每个文件一个 JSON 对象，组成数组 / a JSON array, one object per file
  --report 文件.html
                  另写一份审核报告：一个独立的网页（不联网），列出全部材料（可排序、筛选），
                  每份材料的问题及上下文、对应关系，以及材料之间的查重；可直接打印为 A4。
                  给出 --report 时不在屏幕上输出报告，除非另给 --format；“--report -”写到标准输出
                  / also write a reviewer's report: one self-contained web page (no network) with
                  a sortable, filterable table of the drafts, each draft's findings in context and
                  its correspondence, and 查重 between the drafts; prints on A4. With --report,
                  nothing is printed on stdout unless --format is given; "--report -" writes the
                  page to stdout
  --template ID   按指定会议类型检查 / check against a meeting type
  --aspects 列表  需对照的方面，用英文逗号或分号分隔（方面中可以有顿号）：巡视整改等类型填反馈的方面，不给 --template 时即为自定义清单
                  / the aspects to check, separated by , or ;: for types whose aspects come from
                  the feedback (xunshi-zhenggai), or a custom checklist without --template
  -               文件名“-”读取标准输入，默认按 .txt（内容是 .docx 压缩包时按 .docx）
                  / the file name - reads standard input, as .txt (as .docx if it is a ZIP package)
  --stdin-format txt|md|docx
                  标准输入的格式 / how to read standard input
  --              其后都是文件名，即使以“-”开头 / everything after it is a file name, even "--x.txt"
  --debug         内部错误时显示调用栈（或设置环境变量 DUIZHAO_DEBUG=1）
                  / show the stack of an internal error (or set DUIZHAO_DEBUG=1)

会议类型 / Meeting types (--template):
${TYPES}

只读取普通文件：.txt、.md 不超过 ${formatBytes(LIMITS.textFileBytes)}，.docx 不超过 ${formatBytes(LIMITS.docxFileBytes)}，每个文件不超过 ${LIMITS.paragraphs} 段（行）。
Only regular files are read: .txt/.md up to ${formatBytes(LIMITS.textFileBytes)}, .docx up to ${formatBytes(LIMITS.docxFileBytes)}, at most ${LIMITS.paragraphs.toLocaleString("en-US")} paragraphs (lines) each.
规则说明见 docs/rules.md。 / The rules are described in docs/rules.md.
退出码 / Exit codes: 0 无错误 no errors; 1 发现错误 errors found; 2 输入有误或内部错误 bad input or internal error
（读不了的文件报告后跳过，其余照常检查 / a file that cannot be read is reported and skipped）`;

interface CheckOptions {
  files: string[];
  /** null: print nothing on stdout (a --report without --format). */
  format: "text" | "json" | null;
  /** Where to write the HTML report ("-" for stdout). */
  report?: string;
  template?: string;
  aspects?: string[];
  stdinFormat?: StdinFormat;
  debug: boolean;
}

const STDIN_FORMATS: readonly StdinFormat[] = ["txt", "md", "docx"];

/** The `check` command's arguments (`compare` has its own, in compare.ts). */
function parseArgs(args: string[]): CheckOptions | "help" {
  if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") return "help";
  const [command, ...rest] = args;
  if (command !== "check") throw new UsageError(`未知命令：${command} / Unknown command: ${command}`);
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        report: { type: "string" },
        template: { type: "string" },
        aspects: { type: "string" },
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
  if (values.format !== undefined && values.format !== "text" && values.format !== "json") {
    throw new UsageError("--format 只能是 text 或 json / --format must be text or json");
  }
  const report = values.report;
  if (report !== undefined && report.trim() === "") throw new UsageError("--report 需要一个文件名 / --report needs a file name");
  if (report === STDIN && values.format !== undefined) {
    throw new UsageError("“--report -”已占用标准输出，不能再给 --format / \"--report -\" takes standard output: leave out --format");
  }
  const stdinFormat = values["stdin-format"]?.replace(/^\./, "").toLowerCase();
  if (stdinFormat !== undefined && !(STDIN_FORMATS as readonly string[]).includes(stdinFormat)) {
    throw new UsageError("--stdin-format 只能是 txt、md 或 docx / --stdin-format must be txt, md or docx");
  }
  const options: CheckOptions = {
    files: positionals,
    // With a report and no --format, the report is the output: nothing on stdout.
    format: values.format ?? (report === undefined ? "text" : null),
    report,
    template: values.template,
    stdinFormat: stdinFormat as StdinFormat | undefined,
    debug: values.debug === true || debugFromEnvironment(),
  };
  if (values.aspects !== undefined) {
    const list = values.aspects.split(/[,;；\n]/).map((x) => x.trim()).filter(Boolean);
    if (list.length === 0) throw new UsageError("--aspects 至少要有一个方面 / --aspects needs at least one aspect");
    options.aspects = list;
  }
  if (options.files.length === 0) throw new UsageError("请给出要检查的文件 / Name at least one file to check");
  if (options.files.filter((f) => f === STDIN).length > 1) {
    throw new UsageError("“-”（标准输入）只能给一次 / - (standard input) can be given only once");
  }
  if (options.template !== undefined && !MEETING_TEMPLATES.some((t) => t.id === options.template)) {
    throw new UsageError(`未知的会议类型：${options.template} / Unknown meeting type: ${options.template}\n可用的会议类型 / Known types:\n${TYPES}`);
  }
  return options;
}

/** Run the command line; returns the exit code. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  if (args[0] === "compare") return runCompare(args.slice(1), io);
  const options = optionsOrExit(() => parseArgs(args), USAGE, io);
  if (typeof options === "number") return options;

  // The meeting type: a shipped one, with the writer's aspects where it takes them, or a custom one.
  let template: string | MeetingTemplate | undefined = options.template;
  if (options.aspects) {
    const shipped = MEETING_TEMPLATES.find((t) => t.id === options.template);
    template = shipped
      ? withWriterAspects(shipped, options.aspects)
      : customTemplate({ id: "custom", name: "自定义清单", aspects: options.aspects });
  }

  let badInput = false;
  let errors = false;
  const results: ReportDraft[] = [];
  const unreadable: ReportUnreadable[] = [];
  const fail = (file: string, e: unknown) => {
    // A bad file or a bug: either way the other files are still checked, and the exit code is 2.
    badInput = true;
    tellFileError(io, file, e, options.debug);
    if (isInputError(e)) unreadable.push({ file, messageZh: e.messageZh, messageEn: e.messageEn });
    else {
      const message = e instanceof Error ? e.message : String(e);
      unreadable.push({ file, messageZh: `内部错误（${message}），请把这个文件报告给开发者`, messageEn: `Internal error (${message}): please report this file` });
    }
  };

  const files = await expandArguments(options.files, STDIN);
  // Also a file found in a folder: the page must not take the place of a draft it reports on.
  const report = options.report;
  if (report !== undefined && report !== STDIN && files.some(({ file }) => file !== STDIN && resolve(file) === resolve(report))) {
    io.stderr(`--report 的文件“${report}”是要检查的文件，不能覆盖 / The --report file "${report}" is one of the files to check and would be overwritten\n`);
    return EXIT_BAD_INPUT;
  }
  // A page of a batch comes only at the end: say meanwhile how far it has come. Without a page,
  // stdout and stderr stay as they were (scripts read them).
  const progress = files.length > PROGRESS_FROM && options.report !== undefined;
  for (const [k, { file, error }] of files.entries()) {
    if (progress) io.stderr(`正在读取 ${k + 1}/${files.length}：${file} / Reading ${k + 1} of ${files.length}: ${file}\n`);
    try {
      if (error) throw error;
      const document = await readArgument(file, io.stdin, options.stdinFormat);
      // The writer's own links, saved in a .docx by the add-in, count as they do in the pane.
      const links = parseWriterLinks(document.settings[WRITER_LINKS_KEY]).value;
      const analysis = analyze(document.paragraphs, { template, links });
      if (analysis.findings.some((f) => f.severity === "error")) errors = true;
      const { unit } = document;
      // The paragraphs are kept only for the report (its findings in context, 查重).
      results.push({ file, unit, paragraphs: options.report === undefined ? [] : document.paragraphs, analysis });
      if (options.format === "text") io.stdout(toText(file, analysis, unit) + "\n\n");
    } catch (e) {
      fail(file, e);
    }
  }
  if (options.format === "json") io.stdout(JSON.stringify(results.map((r) => toJson(r.file, r.analysis)), null, 2) + "\n");
  if (options.report !== undefined && !(await writeReport(options.report, results, unreadable, io, options.debug, progress))) badInput = true;
  return badInput ? EXIT_BAD_INPUT : errors ? EXIT_FINDINGS : EXIT_OK;
}

/** 查重 over the drafts read, the page, and writing it: false when the page could not be written whole. */
async function writeReport(path: string, drafts: ReportDraft[], unreadable: ReportUnreadable[], io: CliIO, debug: boolean, progress: boolean): Promise<boolean> {
  let ok = true;
  let similarity: SimilarityResult | null = null;
  if (drafts.length >= 2) {
    if (progress) io.stderr(`正在查重 ${drafts.length} 份材料… / Comparing ${drafts.length} drafts…\n`);
    try {
      similarity = compareDrafts(drafts.map((d) => d.paragraphs));
    } catch (e) {
      // The page still lists the drafts; it says that 查重 did not finish.
      io.stderr(internalError(e, debug));
      ok = false;
    }
  }
  const page = toHtml({ drafts, unreadable, similarity, created: new Date() });
  if (path === STDIN) {
    io.stdout(page);
    return ok;
  }
  try {
    await writeReportFile(path, page);
  } catch (e) {
    if (!isInputError(e)) throw e;
    io.stderr(`${e.messageZh}\n${e.messageEn}\n`);
    return false;
  }
  io.stderr(`报告已写入：${path} / Report written: ${path}\n`);
  return ok;
}
