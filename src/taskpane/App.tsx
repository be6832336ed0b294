import { useState } from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { ChecklistTab } from "./checklist/ChecklistTab";
import { Placeholder } from "./placeholder/Placeholder";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0 },
  body: { flexGrow: 1, overflowY: "auto", padding: tokens.spacingHorizontalM },
});

type TabId = "checklist" | "phrases" | "correspondence" | "checks";

export function App() {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("checklist");
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        size="small"
        aria-label="功能"
      >
        <Tab value="checklist">检查清单</Tab>
        <Tab value="phrases">短语</Tab>
        <Tab value="correspondence">对应关系</Tab>
        <Tab value="checks">提交前检查</Tab>
      </TabList>
      <div className={styles.body} role="tabpanel">
        {tab === "checklist" && <ChecklistTab />}
        {tab === "phrases" && (
          <Placeholder
            title="短语"
            lines={[
              "按“问题、原因、措施”和各方面分类的规范表述，可用汉字或拼音首字母搜索，点击插入到光标处。",
              "光标在哪一部分，就优先列出哪一部分的短语；也可以添加、导入、导出自己的短语。",
            ]}
          />
        )}
        {tab === "correspondence" && (
          <Placeholder
            title="对应关系"
            lines={[
              "以矩阵显示问题、原因、措施之间的对应，并列出每条对应的依据（共同的关键词）。",
              "标出没有措施回应的问题、不回应任何问题的措施、只是把问题换个说法的原因；对应关系可以确认或更正，保存在文档中。",
            ]}
          />
        )}
        {tab === "checks" && (
          <Placeholder
            title="提交前检查"
            lines={[
              "检查遗留的占位符（XX、××）、被损坏的领导人姓名和写错的规范提法、重复字词、标点、序号、空泛的措施、没有举例的问题。",
              "每条结果可以跳转到原文，多数可以一键修改，也可以全部转为 Word 批注。",
            ]}
          />
        )}
      </div>
    </div>
  );
}
