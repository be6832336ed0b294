import { useCallback, useEffect, useMemo, useState } from "react";
import type { MeetingTemplate } from "../../core/checklist/template";
import { customTemplate, withWriterAspects } from "../../core/checklist/custom";
import { MEETING_TEMPLATES } from "../../data/templates";
import { useHost } from "../shared/hostContext";

/** What the document settings keep of the writer's choice. */
export interface MeetingChoice {
  template: string;
  /** The writer's own aspects, for types without a fixed list (巡视整改). */
  aspects?: string[];
  /** A copy of a custom type, so the document carries it to other machines. */
  custom?: CustomType;
}

export interface CustomType {
  id: string;
  name: string;
  aspects: string[];
  withCase?: boolean;
}

export const SETTING_KEY = "duizhao.meeting";
const CUSTOM_KEY = "duizhao.customTypes";

/** The user's own checklists, kept in this browser profile (per user, not per document). */
export function loadCustomTypes(): CustomType[] {
  try {
    const raw = JSON.parse(localStorage.getItem(CUSTOM_KEY) ?? "[]") as unknown;
    return Array.isArray(raw) ? raw.filter(isCustomType) : [];
  } catch {
    return [];
  }
}

export function saveCustomTypes(types: CustomType[]): void {
  localStorage.setItem(CUSTOM_KEY, JSON.stringify(types));
}

export function isCustomType(x: unknown): x is CustomType {
  const t = x as CustomType;
  return (
    !!t && typeof t.id === "string" && typeof t.name === "string" && Array.isArray(t.aspects) && t.aspects.every((a) => typeof a === "string")
  );
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
  if (!Array.isArray(list) || !list.every(isCustomType)) throw new Error("文件中没有可导入的自定义清单。");
  return list;
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
  const [customTypes, setCustomTypes] = useState<CustomType[]>(() => loadCustomTypes());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    host
      .getSetting<MeetingChoice>(SETTING_KEY)
      .then((c) => live && setChoiceState(c && typeof c.template === "string" ? c : null))
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
        await host.setSetting(SETTING_KEY, c);
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
