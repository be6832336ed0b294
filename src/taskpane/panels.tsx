import { lazy, type ComponentType } from "react";
import type { DocumentState } from "./state/DocumentProvider";
import { ChecklistTab } from "./checklist/ChecklistTab";

// The phrase library (its text and pinyin, about 90 KB gzip) loads when the tab is first opened,
// so the pane opens as fast as before.
const PhrasesPanel = lazy(() => import("./phrases/PhrasesPanel").then((m) => ({ default: m.PhrasesPanel })));
// The other panels that are not the first one load on first use too, which keeps the pane's
// first script under 256 KB gzip.
const ChecksPanel = lazy(() => import("./checks/ChecksPanel").then((m) => ({ default: m.ChecksPanel })));
const CorrespondencePanel = lazy(() => import("./correspondence/CorrespondencePanel").then((m) => ({ default: m.CorrespondencePanel })));
// 比对 (the 查重 engine and its stock text, which holds the phrase library) loads on first use too.
const ComparePanel = lazy(() => import("./compare/ComparePanel").then((m) => ({ default: m.ComparePanel })));

export interface PanelSpec {
  id: string;
  title: string;
  component: ComponentType;
  /** A count shown on the tab (what needs the writer's attention): red when something is wrong. */
  badge?: (state: DocumentState) => { count: number; serious: boolean } | null;
}

/** The pane's panels, in tab order: adding a panel is one entry here. */
export const PANELS: readonly PanelSpec[] = [
  {
    id: "checklist",
    title: "检查清单",
    component: ChecklistTab,
    badge: (s) => {
      const c = s.analysis?.checklist;
      if (!c) return null;
      const missing = c.parts.filter((p) => p.status === "missing").length + c.aspects.filter((a) => a.status !== "present").length;
      return { count: missing, serious: false };
    },
  },
  { id: "phrases", title: "短语", component: PhrasesPanel },
  {
    id: "correspondence",
    title: "对应关系",
    component: CorrespondencePanel,
    badge: (s) => {
      const gaps = s.analysis?.findings.filter((f) => f.category === "correspondence" && f.severity !== "info") ?? [];
      return s.analysis?.correspondence ? { count: gaps.length, serious: gaps.some((f) => f.severity === "error") } : null;
    },
  },
  {
    id: "checks",
    title: "提交前检查",
    component: ChecksPanel,
    badge: (s) => (s.analysis ? { count: s.analysis.findings.length, serious: s.analysis.findings.some((f) => f.severity === "error") } : null),
  },
  { id: "compare", title: "比对", component: ComparePanel },
];
