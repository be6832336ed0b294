import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { OutlineNode, Part } from "../../core/types";
import { KIND_NAMES, PART_NAMES, VOICE_NAMES } from "../../report/names";
import { useDocument } from "../state/DocumentProvider";
import { OutlineTree } from "../outline/OutlineTree";
import { MeetingTypePicker } from "./MeetingTypePicker";
import { ChecklistView } from "./ChecklistView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  parts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  heading: { fontWeight: tokens.fontWeightSemibold },
});

export function ChecklistTab() {
  const styles = useStyles();
  const { analysis, paragraphs, meeting, select } = useDocument();
  const selectNode = (n: OutlineNode) => {
    const text = paragraphs[n.paragraph]?.text ?? "";
    const end = n.kind === "heading" ? Math.max(n.titleEnd, n.start) : n.end;
    void select({ paragraph: n.paragraph, start: n.start, end, text: text.slice(n.start, end) });
  };
  const selectPart = (p: Part) => void select({ paragraph: p.paragraph });

  if (!analysis) return null;
  return (
    <div className={styles.root}>
      {analysis && (
        <>
          <div className={styles.section} data-testid="doc-kind">
            <Text>
              文档类型：<b>{KIND_NAMES[analysis.kind]}</b>
              {analysis.kind === "material" && analysis.voice ? `（${VOICE_NAMES[analysis.voice]}）` : ""}
              <Text size={200}>　共 {analysis.characters} 字</Text>
            </Text>
            {analysis.kind !== "material" && <Text size={200}>{analysis.kindReason}</Text>}
          </div>
          {analysis.kind !== "speech" && (
            <MeetingTypePicker meeting={meeting} suggested={analysis.checklist?.suggested ? analysis.checklist.template : null} />
          )}
          {analysis.kind !== "speech" && <ChecklistView />}
          {analysis.parts.length > 0 && (
            <div className={styles.section}>
              <Text className={styles.heading}>组成部分</Text>
              <div className={styles.parts} data-testid="parts">
                {analysis.parts.map((p) => (
                  <Button key={`${p.role}-${p.paragraph}`} size="small" onClick={() => selectPart(p)} title={p.heading ?? undefined}>
                    {PART_NAMES[p.role]}
                  </Button>
                ))}
              </div>
            </div>
          )}
          <div className={styles.section} data-testid="outline">
            <Text className={styles.heading}>文档结构</Text>
            {analysis.outline.length ? (
              <OutlineTree nodes={analysis.outline} paragraphs={paragraphs} onSelect={selectNode} />
            ) : (
              <Text size={200}>文档中没有找到带序号的标题（如“一、”“（一）”“1.”）或“一是……二是……”条目。</Text>
            )}
          </div>
        </>
      )}
    </div>
  );
}
