import { RULES } from "../core/rules";
import { CATEGORY_NAMES, type RuleCategory } from "../core/rules/types";
import { SEVERITY_NAMES } from "./names";

/** docs/rules.md, made from the rules' meta: the docs cannot drift from the code. */
export function renderRulesDoc(): string {
  const out = [
    "# 检查规则 / Rules",
    "",
    "<!-- 本文件由规则的 meta 生成，请勿手改：npm run docs:rules / Generated from the rules' meta: run npm run docs:rules -->",
    "",
    "每条规则有编号（命令行 JSON 的 `rule`）、默认级别和说明。级别为“错误”的发现使 `duizhao check` 以退出码 1 结束。",
    "在任务窗格中可以关闭某条规则、改变它的级别，或忽略某一处发现（记在文档中）。",
    "Each rule has an id (`rule` in the CLI's JSON), a default severity and a description. A finding of",
    "severity error makes `duizhao check` exit with 1. In the pane a rule can be switched off or given",
    "another severity, and a single finding ignored (remembered in the document).",
    "",
    "| 规则 rule | 类别 | 默认级别 | 名称 | 可一键修改 |",
    "|---|---|---|---|---|",
  ];
  const sorted = [...RULES].sort((a, b) => a.meta.category.localeCompare(b.meta.category) || a.meta.id.localeCompare(b.meta.id));
  for (const { meta } of sorted) {
    out.push(`| [\`${meta.id}\`](#${meta.id}) | ${CATEGORY_NAMES[meta.category as RuleCategory]} | ${SEVERITY_NAMES[meta.severity]} | ${meta.name} | ${meta.fixable ? "是" : "否"} |`);
  }
  for (const { meta } of sorted) {
    out.push("", `## ${meta.id}`, "", `**${meta.name}**（${CATEGORY_NAMES[meta.category]}，默认${SEVERITY_NAMES[meta.severity]}${meta.fixable ? "，部分可一键修改" : ""}）`, "");
    out.push(`- 查什么：${meta.description}`, `- 为什么：${meta.why}`, `- 例：${meta.example.bad}`);
    if (meta.example.good) out.push(`- 应为：${meta.example.good}`);
    out.push("- 提示语：");
    for (const [id, text] of Object.entries(meta.messages)) {
      const own = meta.severities?.[id];
      out.push(`  - \`${id}\`${own && own !== meta.severity ? `（${SEVERITY_NAMES[own]}）` : ""}：${text}`);
    }
  }
  return out.join("\n") + "\n";
}
