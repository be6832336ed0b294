import type { ComponentType } from "react";
import type { DocumentState } from "./state/DocumentProvider";
import { ChecklistTab } from "./checklist/ChecklistTab";
import { ChecksPanel } from "./checks/ChecksPanel";
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
  {
    id: "phrases",
    title: "短语",
    component: () => (
      <Placeholder
        title="短语"
        lines={[
          "按“问题、原因、措施”和各方面分类的规范表述，可用汉字或拼音首字母搜索，点击插入到光标处。",
          "光标在哪一部分，就优先列出哪一部分的短语；也可以添加、导入、导出自己的短语。",
        ]}
      />
    ),
  },
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
