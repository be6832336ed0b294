import { parseArgs as parseNodeArgs } from "node:util";
import { analyze } from "../core/analyze";
import { MEETING_TEMPLATES } from "../data/templates";
import type { MeetingTemplate } from "../core/checklist/template";
import { customTemplate, withWriterAspects } from "../core/checklist/custom";
import type { Analysis } from "../core/types";
import { extensionOf, isInputError, TEXT_EXTENSIONS } from "../formats";
import { toJson } from "../report/json";
import { toText } from "../report/text";
import { readDocumentFile } from "./files";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

const TYPES = MEETING_TEMPLATES.map((t) => `  ${t.id.padEnd(28)}${t.name}`).join("\n");

const USAGE = `用法 / Usage:
  duizhao check 文件… [--format text|json] [--template 会议类型] [--aspects 方面1,方面2…]

  读取 .docx、.txt、.md 文件，报告结构、组成部分和发现的问题。
  Reads .docx, .txt and .md files and reports their outline, parts and findings.

  --format text   中文报告（默认） / a readable report (default)
  --format json   每个文件一个 JSON 对象，组成数组 / a JSON array, one object per file
  --template ID   按指定会议类型检查 / check against a meeting type
  --aspects 列表  需对照的方面，用英文逗号或分号分隔（方面中可以有顿号）：巡视整改等类型填反馈的方面，不给 --template 时即为自定义清单
                  / the aspects to check, separated by , or ;: for types whose aspects come from
                  the feedback (xunshi-zhenggai), or a custom checklist without --template

会议类型 / Meeting types (--template):
${TYPES}

规则说明见 docs/rules.md。 / The rules are described in docs/rules.md.
退出码 / Exit codes: 0 无错误 no errors; 1 发现错误 errors found; 2 输入有误 bad input`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface CheckOptions {
  files: string[];
  format: "text" | "json";
  template?: string;
  aspects?: string[];
}

class UsageError extends Error {}

/** Subcommands: `check` today; `compare` (查重) comes next. */
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
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError(argumentProblem(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.format !== "text" && values.format !== "json") throw new UsageError("--format 只能是 text 或 json / --format must be text or json");
  const options: CheckOptions = { files: positionals, format: values.format, template: values.template };
  if (values.aspects !== undefined) {
    const list = values.aspects.split(/[,;；\n]/).map((x) => x.trim()).filter(Boolean);
    if (list.length === 0) throw new UsageError("--aspects 至少要有一个方面 / --aspects needs at least one aspect");
    options.aspects = list;
  }
  if (options.files.length === 0) throw new UsageError("请给出要检查的文件 / Name at least one file to check");
  if (options.template !== undefined && !MEETING_TEMPLATES.some((t) => t.id === options.template)) {
    throw new UsageError(`未知的会议类型：${options.template} / Unknown meeting type: ${options.template}\n可用的会议类型 / Known types:\n${TYPES}`);
  }
  return options;
}

/** node:util's parse errors, in Chinese and English. */
function argumentProblem(e: unknown): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `未知选项：${option} / Unknown option: ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option.split(" ")[0]} 缺少取值 / ${option.split(" ")[0]} needs a value`;
  return `参数有误：${message} / ${message}`;
}

/** Run the command line; returns the exit code. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
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
    try {
      const paragraphs = await readDocumentFile(file);
      const analysis = analyze(paragraphs, { template });
      if (analysis.findings.some((f) => f.severity === "error")) errors = true;
      results.push({ file, analysis });
      const unit = (TEXT_EXTENSIONS as readonly string[]).includes(extensionOf(file)) ? "行" : "段";
      if (options.format === "text") io.stdout(toText(file, analysis, unit) + "\n\n");
    } catch (e) {
      if (!isInputError(e)) throw e;
      badInput = true;
      io.stderr(`${file}：${e.messageZh}\n${file}: ${e.messageEn}\n`);
    }
  }
  if (options.format === "json") io.stdout(JSON.stringify(results.map((r) => toJson(r.file, r.analysis)), null, 2) + "\n");
  return badInput ? EXIT_BAD_INPUT : errors ? EXIT_FINDINGS : EXIT_OK;
}
