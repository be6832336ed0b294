import { useCallback, useEffect, useState } from "react";
import type { RuleSettings } from "../../core/rules/types";
import { RULES_BY_ID } from "../../core/rules";
import type { Finding, Severity } from "../../core/types";
import { useHost } from "../shared/hostContext";

export const RULES_SETTING_KEY = "duizhao.rules";

const SEVERITIES = new Set(["off", "error", "warning", "info"]);
/** Ignored findings kept per document; the oldest go first beyond this. */
const MAX_IGNORED = 2000;

/**
 * The rule settings stored in a document, checked: a value of the wrong shape (an older
 * version, another tool, a hand-edited file) is dropped entry by entry, never trusted.
 */
export function parseRuleSettings(value: unknown): { settings: RuleSettings; dropped: boolean } {
  if (value === undefined || value === null) return { settings: {}, dropped: false };
  if (typeof value !== "object" || Array.isArray(value)) return { settings: {}, dropped: true };
  const raw = value as { rules?: unknown; ignored?: unknown };
  let dropped = false;
  const rules: Record<string, "off" | Severity> = {};
  if (raw.rules !== undefined) {
    if (raw.rules && typeof raw.rules === "object" && !Array.isArray(raw.rules)) {
      for (const [id, v] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (RULES_BY_ID.has(id) && typeof v === "string" && SEVERITIES.has(v)) rules[id] = v as "off" | Severity;
        else dropped = true;
      }
    } else dropped = true;
  }
  let ignored: string[] = [];
  if (raw.ignored !== undefined) {
    if (Array.isArray(raw.ignored)) {
      ignored = raw.ignored.filter((k): k is string => typeof k === "string" && k.length < 1000).slice(-MAX_IGNORED);
      if (ignored.length !== raw.ignored.length) dropped = true;
    } else dropped = true;
  }
  return { settings: { rules, ignored }, dropped };
}

/** The document's rule settings, and the writer's changes to them (saved in the document). */
export function useRuleSettings() {
  const host = useHost();
  const [settings, setSettings] = useState<RuleSettings>({});
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    host
      .getSetting<unknown>(RULES_SETTING_KEY)
      .then((value) => {
        if (!live) return;
        const parsed = parseRuleSettings(value);
        setSettings(parsed.settings);
        if (parsed.dropped) setNotice("文档中保存的检查设置有部分无法识别，已忽略这部分设置。");
      })
      .catch((e: unknown) => live && setNotice(e instanceof Error ? e.message : String(e)))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [host]);

  const save = useCallback(
    async (next: RuleSettings) => {
      setSettings(next);
      try {
        await host.setSetting(RULES_SETTING_KEY, next);
        setNotice(null);
      } catch (e) {
        setNotice(e instanceof Error ? e.message : String(e));
      }
    },
    [host],
  );

  const setRule = useCallback((id: string, value: "off" | Severity | "default") => {
    const rules = { ...settings.rules };
    if (value === "default") delete rules[id];
    else rules[id] = value;
    return save({ ...settings, rules });
  }, [settings, save]);

  const ignore = useCallback((findings: readonly Finding[]) => save({ ...settings, ignored: [...(settings.ignored ?? []), ...findings.map((f) => f.key)].slice(-MAX_IGNORED) }), [settings, save]);
  const restoreIgnored = useCallback(() => save({ ...settings, ignored: [] }), [settings, save]);

  return { settings, loaded, notice, setRule, ignore, restoreIgnored };
}

export type RuleSettingsState = ReturnType<typeof useRuleSettings>;
