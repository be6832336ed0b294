import { useCallback, useEffect, useMemo, useState } from "react";
import type { MeetingTemplate } from "../../core/checklist/template";
import { customTemplate, withWriterAspects } from "../../core/checklist/custom";
import { MEETING_TEMPLATES } from "../../data/templates";
import { useHost } from "../shared/hostContext";
import { parseCustomTypes as parseStoredCustomTypes, parseMeetingChoice, STORED_KEYS, type CustomType, type MeetingChoice, type Parsed } from "../state/stored";

export type { CustomType, MeetingChoice } from "../state/stored";

/** The user's own checklists, kept in this browser profile (per user, not per document). */
export function loadCustomTypes(): Parsed<CustomType[]> {
  try {
    return parseStoredCustomTypes(JSON.parse(localStorage.getItem(STORED_KEYS.customTypes) ?? "[]"));
  } catch {
    return { value: [], dropped: true };
  }
}

export function saveCustomTypes(types: CustomType[]): void {
  localStorage.setItem(STORED_KEYS.customTypes, JSON.stringify(types));
}

/** Read an exported file of custom checklists; throws a Chinese message for a bad file. */
export function parseCustomTypes(json: string): CustomType[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error("文件不是有效的 JSON，无法导入。");
  }
  const list = (data as { types?: unknown })?.types ?? data;
  const parsed = parseStoredCustomTypes(list);
  // An import is all or nothing: a file with anything unreadable changes nothing.
  if (!Array.isArray(list) || parsed.dropped || parsed.value.length === 0) throw new Error("文件中没有可导入的自定义清单，或其中有无法识别的内容。");
  return parsed.value;
}

export function exportCustomTypes(types: CustomType[]): string {
  return JSON.stringify({ format: "duizhao-custom-checklists", version: 1, types }, null, 2);
}

export function templateOfCustom(t: CustomType): MeetingTemplate {
  return customTemplate(t);
}

/** The meeting type of this document: saved in it, or recognised from it until the writer chooses. */
export function useMeetingType() {
  const host = useHost();
  const [choice, setChoiceState] = useState<MeetingChoice | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [stored] = useState(loadCustomTypes);
  const [customTypes, setCustomTypes] = useState<CustomType[]>(stored.value);
  const [error, setError] = useState<string | null>(
    stored.dropped ? "保存的自定义清单中有无法识别的内容，已略去。" : null,
  );

  useEffect(() => {
    let live = true;
    host
      .getSetting<unknown>(STORED_KEYS.meeting)
      .then((stored) => {
        if (!live) return;
        const parsed = parseMeetingChoice(stored);
        setChoiceState(parsed.value);
        if (parsed.dropped) setError("文档中保存的会议类型设置无法识别（可能来自其他版本），已改为按标题和开头自动识别，请重新选择。");
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [host]);

  const setChoice = useCallback(
    async (c: MeetingChoice) => {
      setChoiceState(c);
      try {
        await host.setSetting(STORED_KEYS.meeting, c);
        setError(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [host],
  );

  const updateCustomTypes = useCallback((types: CustomType[]) => {
    try {
      saveCustomTypes(types);
    } catch {
      // Storage full or switched off: keep the list for this session and say it is not kept.
      setError("无法保存自定义清单（浏览器存储不可用），关闭任务窗格后将丢失，请先导出备份。");
    }
    setCustomTypes(types);
  }, []);

  const templates = useMemo(() => {
    const own = customTypes.map(templateOfCustom);
    // A custom type saved in the document but unknown here (made on another machine).
    if (choice?.custom && !customTypes.some((t) => t.id === choice.custom!.id)) own.push(templateOfCustom(choice.custom));
    return [...MEETING_TEMPLATES, ...own];
  }, [customTypes, choice]);

  /** The template to analyse with; undefined lets the engine recognise the type. */
  const template = useMemo(() => {
    if (!choice) return undefined;
    const t = templates.find((x) => x.id === choice.template);
    if (!t) return undefined;
    return t.writerDefinesAspects ? withWriterAspects(t, choice.aspects ?? []) : t;
  }, [choice, templates]);

  return { choice, setChoice, loaded, templates, template, customTypes, updateCustomTypes, error };
}
