import type { Finding, Severity } from "../../core/types";
import { SEVERITY_NAMES } from "../../report/names";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Counts by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "3 处错误，5 处警告" — only the severities present; "未发现问题" when none. */
export function summaryText(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const parts = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} 处${SEVERITY_NAMES[s]}`);
  return parts.length ? parts.join("，") : "未发现问题";
}
