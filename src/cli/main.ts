import { parseArgs as parseNodeArgs } from "node:util";
import { analyze } from "../core/analyze";
import { parseWriterLinks, WRITER_LINKS_KEY } from "../core/correspondence/writer";
import { MEETING_TEMPLATES } from "../data/templates";
import type { MeetingTemplate } from "../core/checklist/template";
import { customTemplate, withWriterAspects } from "../core/checklist/custom";
import type { Analysis } from "../core/types";
import { extensionOf, InputError, isInputError, TEXT_EXTENSIONS } from "../formats";
import { LIMITS } from "../formats/limits";
import { formatBytes } from "../formats/text";
import { toJson } from "../report/json";
import { toText } from "../report/text";
import { readDocumentFile, readDocumentStream, type StdinFormat } from "./files";
import { argumentProblem, debugFromEnvironment, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, internalError, STDIN, UsageError, type CliIO } from "./common";
import { runCompare } from "./compare";

export { debugFromEnvironment, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, internalError, STDIN, type CliIO } from "./common";

const TYPES = MEETING_TEMPLATES.map((t) => `  ${t.id.padEnd(28)}${t.name}`).join("\n");

const USAGE = `用法 / Usage:
  duizhao check 文件… [--format text|json] [--template 会议类型] [--aspects 方面1,方面2…]
  duizhao compare 文件… [--format text|json] [--min-chars N] [--last-year 上年度材料]
                  查重和整改落实情况，见 duizhao compare --help / 查重 and the follow-up check

  读取 .docx、.txt、.md 文件，报告结构、组成部分和发现的问题。
  Reads .docx, .txt and .md files and reports their outline, parts and findings.

  --format text   中文报告（默认） / a readable report (default)
  --format json   每个文件一个 JSON 对象，组成数组 / a JSON array, one object per file
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
退出码 / Exit codes: 0 无错误 no errors; 1 发现错误 errors found; 2 输入有误或内部错误 bad input or internal error`;

interface CheckOptions {
  files: string[];
  format: "text" | "json";
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
        format: { type: "string", default: "text" },
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
  if (values.format !== "text" && values.format !== "json") throw new UsageError("--format 只能是 text 或 json / --format must be text or json");
  const stdinFormat = values["stdin-format"]?.replace(/^\./, "").toLowerCase();
  if (stdinFormat !== undefined && !(STDIN_FORMATS as readonly string[]).includes(stdinFormat)) {
    throw new UsageError("--stdin-format 只能是 txt、md 或 docx / --stdin-format must be txt, md or docx");
  }
  const options: CheckOptions = {
    files: positionals,
    format: values.format,
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
  let options: CheckOptions | "help";
  try {
    options = parseArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${USAGE}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
  if (options === "help") {
    io.stdout(USAGE + "\n");
    return EXIT_OK;
  }

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
  const results: { file: string; analysis: Analysis }[] = [];
  for (const file of options.files) {
    const fromStdin = file === STDIN;
    try {
      let document;
      if (!fromStdin) document = await readDocumentFile(file);
      else if (io.stdin) document = await readDocumentStream(io.stdin, options.stdinFormat);
      else throw new InputError("没有可读取的标准输入", "There is no standard input to read");
      // The writer's own links, saved in a .docx by the add-in, count as they do in the pane.
      const links = parseWriterLinks(document.settings[WRITER_LINKS_KEY]).value;
      const analysis = analyze(document.paragraphs, { template, links });
      if (analysis.findings.some((f) => f.severity === "error")) errors = true;
      results.push({ file, analysis });
      const text = fromStdin ? options.stdinFormat !== "docx" : (TEXT_EXTENSIONS as readonly string[]).includes(extensionOf(file));
      if (options.format === "text") io.stdout(toText(file, analysis, text ? "行" : "段") + "\n\n");
    } catch (e) {
      // A bad file or a bug: either way the other files are still checked, and the exit code is 2.
      badInput = true;
      const [zh, en] = fromStdin ? ["标准输入（-）", "standard input (-)"] : [file, file];
      if (isInputError(e)) io.stderr(`${zh}：${e.messageZh}\n${en}: ${e.messageEn}\n`);
      else io.stderr(internalError(e, options.debug, file));
    }
  }
  if (options.format === "json") io.stdout(JSON.stringify(results.map((r) => toJson(r.file, r.analysis)), null, 2) + "\n");
  return badInput ? EXIT_BAD_INPUT : errors ? EXIT_FINDINGS : EXIT_OK;
}
