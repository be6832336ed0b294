import { lazy, type ComponentType } from "react";
import type { DocumentState } from "./state/DocumentProvider";
import { ChecklistTab } from "./checklist/ChecklistTab";
import { ChecksPanel } from "./checks/ChecksPanel";

// The phrase library (its text and pinyin, about 90 KB gzip) loads when the tab is first opened,
// so the pane opens as fast as before.
const PhrasesPanel = lazy(() => import("./phrases/PhrasesPanel").then((m) => ({ default: m.PhrasesPanel })));
import { Placeholder } from "./placeholder/Placeholder";

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
    component: () => (
      <Placeholder
        title="对应关系"
        lines={[
          "以矩阵显示问题、原因、措施之间的对应，并列出每条对应的依据（共同的关键词）。",
          "标出没有措施回应的问题、不回应任何问题的措施、只是把问题换个说法的原因；对应关系可以确认或更正，保存在文档中。",
        ]}
      />
    ),
  },
  {
    id: "checks",
    title: "提交前检查",
    component: ChecksPanel,
    badge: (s) => (s.analysis ? { count: s.analysis.findings.length, serious: s.analysis.findings.some((f) => f.severity === "error") } : null),
  },
];
