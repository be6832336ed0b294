import { useCallback, useMemo, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import type { OutlineNode, Part } from "../../core/types";
import type { TextTarget } from "../../host/DocumentHost";
import { PART_NAMES } from "../../core/structure/roles";
import { useAnalysis } from "../shared/useAnalysis";
import { useHost } from "../shared/hostContext";
import { OutlineTree } from "../outline/OutlineTree";
import { useMeetingType } from "./meetingType";
import { MeetingTypePicker } from "./MeetingTypePicker";
import { ChecklistView } from "./ChecklistView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  parts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  heading: { fontWeight: tokens.fontWeightSemibold },
});

const KIND_NAMES = { material: "对照检查材料", speech: "讲话稿", unknown: "未能识别" } as const;
const VOICE_NAMES = { personal: "个人", team: "班子" } as const;

export function ChecklistTab() {
  const styles = useStyles();
  const host = useHost();
  const meeting = useMeetingType();
  const options = useMemo(() => ({ template: meeting.template, templates: meeting.templates }), [meeting.template, meeting.templates]);
  const { status, analysis, paragraphs, capabilities, error, refresh } = useAnalysis(options, meeting.loaded);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Run a document action; its failure is shown, never thrown away. */
  const run = useCallback(async (action: () => Promise<unknown>) => {
    try {
      setActionError(null);
      await action();
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  /** An edit: one at a time, and the pane reads the document again after it (Word need not tell). */
  const act = useCallback(
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      await run(action);
      setBusy(false);
      await refresh();
    },
    [run, refresh],
  );
  const select = useCallback((target: TextTarget) => run(() => host.select(target)), [run, host]);
  const selectNode = (n: OutlineNode) => {
    const text = paragraphs[n.paragraph]?.text ?? "";
    const end = n.kind === "heading" ? Math.max(n.titleEnd, n.start) : n.end;
    void select({ paragraph: n.paragraph, start: n.start, end, text: text.slice(n.start, end) });
  };
  const selectPart = (p: Part) => void select({ paragraph: p.paragraph });

  if (!meeting.loaded || (status === "loading" && !analysis)) return <Spinner size="small" label="正在读取文档…" />;
  return (
    <div className={styles.root}>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            读取文档失败：{error}{" "}
            <Button size="small" appearance="transparent" onClick={() => void refresh()}>
              重试
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {(actionError || meeting.error) && (
        <MessageBar intent="warning">
          <MessageBarBody>{actionError ?? meeting.error}</MessageBarBody>
        </MessageBar>
      )}
      {capabilities?.notices.map((n) => (
        <MessageBar key={n} intent="info">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
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
          {analysis.kind !== "speech" && (
            <ChecklistView
              analysis={analysis}
              paragraphs={paragraphs}
              template={meeting.template ?? meeting.templates.find((t) => t.id === analysis.checklist?.template)}
              act={act}
              busy={busy}
              select={select}
            />
          )}
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
