import { useCallback, useEffect, useState } from "react";
import type { RuleSettings } from "../../core/rules/types";
import type { Finding, Severity } from "../../core/types";
import { useHost } from "../shared/hostContext";
import { MAX_IGNORED, parseRuleSettings, STORED_KEYS } from "./stored";

/** The document's rule settings, and the writer's changes to them (saved in the document). */
export function useRuleSettings() {
  const host = useHost();
  const [settings, setSettings] = useState<RuleSettings>({});
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    host
      .getSetting<unknown>(STORED_KEYS.rules)
      .then((value) => {
        if (!live) return;
        const parsed = parseRuleSettings(value);
        setSettings(parsed.value);
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
        await host.setSetting(STORED_KEYS.rules, next);
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
