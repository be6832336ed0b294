import { useMemo, useState } from "react";
import { Badge, Button, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/types";
import { RULES, RULES_BY_ID } from "../../core/rules";
import { CATEGORY_NAMES, type RuleCategory } from "../../core/rules/types";
import { SEVERITY_NAMES } from "../../report/names";
import { useHost } from "../shared/hostContext";
import { useDocument } from "../state/DocumentProvider";
import { applyFindingFixes, commentFindings } from "../state/actions";
import { SEVERITY_ORDER, summaryText } from "./summary";
import { framedItem, jumpButton, plainList, textButton } from "../shared/styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  category: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  categoryHead: {
    ...textButton,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  ruleHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  list: plainList,
  item: framedItem,
  jump: jumpButton,
  meta: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  quote: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  settings: { display: "grid", gridTemplateColumns: "1fr auto", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const CATEGORY_ORDER = Object.keys(CATEGORY_NAMES) as RuleCategory[];
const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);

interface Group<T> {
  key: string;
  findings: Finding[];
  worst: Severity;
  items: T;
}

/** Findings under a key, in their order. */
function groupBy(findings: readonly Finding[], key: (f: Finding) => string): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(key(f));
    if (list) list.push(f);
    else out.set(key(f), [f]);
  }
  return out;
}

/** Findings by category (most serious first), and within each by rule. */
function groupFindings(findings: readonly Finding[]): Group<Group<null>[]>[] {
  const byCategory = groupBy(findings, (f) => f.category);
  const worst = (fs: readonly Finding[]) => fs.reduce<Severity>((w, f) => (rank(f.severity) < rank(w) ? f.severity : w), "info");
  return [...byCategory]
    .map(([key, fs]) => {
      const byRule = groupBy(fs, (f) => f.rule);
      const rules = [...byRule].map(([rule, rfs]) => ({ key: rule, findings: rfs, worst: worst(rfs), items: null }));
      rules.sort((a, b) => rank(a.worst) - rank(b.worst));
      return { key, findings: fs, worst: worst(fs), items: rules };
    })
    .sort((a, b) => rank(a.worst) - rank(b.worst) || CATEGORY_ORDER.indexOf(a.key as RuleCategory) - CATEGORY_ORDER.indexOf(b.key as RuleCategory));
}

/** 提交前检查: every finding, where it is, and what can be done about it. */
export function ChecksPanel() {
  const styles = useStyles();
  const host = useHost();
  const { analysis, paragraphs, capabilities, act, busy, select, rules } = useDocument();
  const [showSettings, setShowSettings] = useState(false);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const findings = useMemo(() => analysis?.findings ?? [], [analysis]);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  if (!analysis) return null;
  const fixable = findings.filter((f) => f.fix);
  const ignored = rules.settings.ignored?.length ?? 0;
  const noComments = capabilities?.comments === false;
  const jump = (f: Finding) => void select({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text });
  const fold = (key: string) => setFolded((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])));

  return (
    <div className={styles.root} data-testid="checks">
      <Text data-testid="checks-summary">
        <b>{summaryText(findings)}</b>
        {findings.length > 0 && fixable.length > 0 && <span className={styles.muted}>，其中 {fixable.length} 处可一键修改</span>}
      </Text>
      {findings.length > 0 && (
        <div className={styles.toolbar}>
          <Button size="small" appearance="primary" disabled={busy || fixable.length === 0} onClick={() => void act(() => applyFindingFixes(host, fixable))} data-testid="fix-all">
            全部修改（{fixable.length}）
          </Button>
          <Button
            size="small"
            disabled={busy || noComments}
            onClick={() => void act(() => commentFindings(host, findings))}
            title={noComments ? "此版本的 Word 不支持由加载项添加批注（需要 WordApi 1.4）" : "把每条问题作为批注加在原文处"}
            data-testid="comment-all"
          >
            全部转为批注
          </Button>
        </div>
      )}
      {noComments && findings.length > 0 && (
        <Text size={200} className={styles.muted} data-testid="no-comments">
          此版本的 Word 不支持由加载项添加批注（需要 WordApi 1.4，Word 2019 及以上版本），可逐条跳转后手动批注。
        </Text>
      )}
      {groups.map((category) => (
        <section key={category.key} className={styles.category} data-category={category.key}>
          <button type="button" className={styles.categoryHead} onClick={() => fold(category.key)} aria-expanded={!folded.has(category.key)}>
            <Badge appearance="filled" color={SEVERITY_COLOR[category.worst]} size="small">
              {category.findings.length}
            </Badge>
            {CATEGORY_NAMES[category.key as RuleCategory] ?? category.key}
            {/* The badge's colour says how serious, these words say it for those who cannot see the colour. */}
            <span className={styles.counts}>{summaryText(category.findings)}</span>
            <span aria-hidden>{folded.has(category.key) ? "▸" : "▾"}</span>
          </button>
          {!folded.has(category.key) &&
            category.items.map((rule) => {
              const ruleFixes = rule.findings.filter((f) => f.fix);
              return (
                <div key={rule.key} className={styles.category} data-rule-group={rule.key}>
                  <div className={styles.ruleHead}>
                    <Text size={200}>
                      {RULES_BY_ID.get(rule.key)?.meta.name ?? rule.key}（{rule.findings.length}）
                    </Text>
                    {ruleFixes.length > 1 && (
                      <Button size="small" appearance="subtle" disabled={busy} onClick={() => void act(() => applyFindingFixes(host, ruleFixes))}>
                        此类全部修改（{ruleFixes.length}）
                      </Button>
                    )}
                  </div>
                  <ul className={styles.list} data-testid="findings">
                    {rule.findings.map((f) => (
                      <li key={`${f.key}@${f.paragraph}:${f.start}`} className={styles.item} data-rule={f.rule} data-severity={f.severity}>
                        <div className={styles.meta}>
                          <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">
                            {SEVERITY_NAMES[f.severity]}
                          </Badge>
                          <Text size={200}>第 {f.paragraph + 1} 段</Text>
                        </div>
                        <button type="button" className={styles.jump} onClick={() => jump(f)} title="跳转到原文">
                          {f.message}
                        </button>
                        {f.text && f.text.length <= 40 && (
                          <Text size={200} className={styles.quote}>
                            原文：“{contextOf(paragraphs[f.paragraph]?.text ?? "", f)}”
                          </Text>
                        )}
                        <div className={styles.actions}>
                          {f.fix && (
                            <Button size="small" disabled={busy} onClick={() => void act(() => applyFindingFixes(host, [f]))}>
                              {fixLabel(f.fix)}
                            </Button>
                          )}
                          {!noComments && (
                            <Button size="small" appearance="subtle" disabled={busy} onClick={() => void act(() => commentFindings(host, [f]))}>
                              批注
                            </Button>
                          )}
                          <Button size="small" appearance="subtle" disabled={busy} onClick={() => void rules.ignore([f])}>
                            忽略
                          </Button>
                        </div>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
        </section>
      ))}
      <div className={styles.toolbar}>
        <Button size="small" appearance="transparent" onClick={() => setShowSettings((v) => !v)} aria-expanded={showSettings}>
          {showSettings ? "收起检查设置" : "检查设置"}
        </Button>
        {ignored > 0 && (
          <Button size="small" appearance="transparent" onClick={() => void rules.restoreIgnored()}>
            恢复已忽略的 {ignored} 处
          </Button>
        )}
      </div>
      {showSettings && (
        <div className={styles.settings} data-testid="rule-settings">
          {RULES.map(({ meta }) => (
            <RuleSetting
              key={meta.id}
              id={meta.id}
              name={meta.name}
              description={meta.description}
              value={rules.settings.rules?.[meta.id] ?? "default"}
              defaultSeverity={meta.severity}
              onChange={(v) => void rules.setRule(meta.id, v)}
            />
          ))}
          <Text size={200} className={styles.muted}>
            设置保存在本文档中。
          </Text>
        </div>
      )}
    </div>
  );
}

function RuleSetting(props: {
  id: string;
  name: string;
  description: string;
  value: string;
  defaultSeverity: Severity;
  onChange: (v: "off" | Severity | "default") => void;
}) {
  return (
    <>
      <Text size={200} title={props.description}>
        {props.name}
      </Text>
      <Select
        size="small"
        value={props.value}
        aria-label={`“${props.name}”的级别`}
        onChange={(_, d) => props.onChange(d.value as "off" | Severity | "default")}
        data-rule-setting={props.id}
      >
        <option value="default">默认（{SEVERITY_NAMES[props.defaultSeverity]}）</option>
        <option value="error">错误</option>
        <option value="warning">警告</option>
        <option value="info">提示</option>
        <option value="off">不检查</option>
      </Select>
    </>
  );
}

/** What the fix button does, in words. */
function fixLabel(fix: NonNullable<Finding["fix"]>): string {
  if (fix.joinNext) return "合并为一段";
  return fix.replacement ? `改为“${fix.replacement}”` : `删除“${fix.expected}”`;
}

/** The finding's text with a few characters either side, so the writer recognises the place. */
function contextOf(paragraph: string, f: Finding): string {
  const before = paragraph.slice(Math.max(0, f.start - 8), f.start);
  const after = paragraph.slice(f.end, f.end + 8);
  return `${f.start > 8 ? "…" : ""}${before}${f.text}${after}${f.end + 8 < paragraph.length ? "…" : ""}`;
}
