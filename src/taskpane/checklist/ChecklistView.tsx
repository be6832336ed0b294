import { useMemo, useState } from "react";
import { Badge, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { ChecklistPart } from "../../core/checklist/checklist";
import { isNearlyEmpty, planRenumber } from "../../core/checklist/plan";
import { ASPECT_STATUS_NAMES, templateNoteText } from "../../report/names";
import { useHost } from "../shared/hostContext";
import { useDocument } from "../state/DocumentProvider";
import { renumberHeadings, insertAspectHeading, insertPartHeading, insertSkeleton } from "../state/actions";
import { textButton } from "../shared/styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  list: { display: "flex", flexDirection: "column", gap: "2px", margin: 0, padding: 0, listStyleType: "none" },
  row: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  name: {
    ...textButton,
    // A link-like button: the whole name jumps to its place in the document.
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginLeft: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLOR = { present: "success", inside: "warning", missing: "danger" } as const;

/** The checklist: which parts and aspects the draft has, and one-click headings for the rest. */
export function ChecklistView() {
  const styles = useStyles();
  const host = useHost();
  const { analysis, paragraphs, template, act, busy, select } = useDocument();
  const checklist = analysis?.checklist ?? null;
  // Numbers taken twice, from the current reading of the document; the writer may set it aside.
  const renumber = useMemo(() => (checklist && analysis ? planRenumber(paragraphs, analysis) : []), [checklist, paragraphs, analysis]);
  const renumberKey = renumber.map((e) => `${e.paragraph}:${e.expected}>${e.replacement}`).join("|");
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!analysis) return null;

  if (isNearlyEmpty(paragraphs)) {
    return (
      <div className={styles.root} data-testid="checklist">
        <Text>文档几乎是空的。可以插入所选会议类型的完整提纲（标题、开头、各部分和各方面的标题，按公文格式排版）。</Text>
        {template ? (
          <Button
            appearance="primary"
            onClick={() => void act(() => insertSkeleton(host, template, analysis.title !== null))}
            disabled={busy}
            data-testid="insert-skeleton"
          >
            插入“{template.name}”提纲
          </Button>
        ) : (
          <Text className={styles.muted}>请先在上方选择会议类型。</Text>
        )}
      </div>
    );
  }
  if (!checklist) {
    if (analysis.templateNote) {
      return (
        <MessageBar intent="info" data-testid="checklist">
          <MessageBarBody>{templateNoteText(analysis.templateNote)}在上方“会议类型”中可选“新建自定义清单…”。</MessageBarBody>
        </MessageBar>
      );
    }
    return (
      <Text size={200} className={styles.muted} data-testid="checklist">
        {analysis.kind === "material" ? "选择会议类型后，这里列出应有的部分和方面。" : "识别为对照检查材料后，这里列出应有的部分和方面。"}
      </Text>
    );
  }

  const share = checklist.balance.share;
  return (
    <div className={styles.root} data-testid="checklist">
      {renumber.length > 0 && dismissed !== renumberKey && (
        <MessageBar intent="warning" data-testid="renumber">
          <MessageBarBody>
            有标题序号重复，建议顺延：{renumber.map((e) => `${e.expected}→${e.replacement}`).join("，")}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void act(() => renumberHeadings(host, template))} disabled={busy}>
              重新编号
            </Button>
            <Button size="small" appearance="transparent" onClick={() => setDismissed(renumberKey)}>
              不用
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {analysis.findings
        .filter((f) => f.rule === "voice-mismatch")
        .map((f) => (
          <MessageBar key={f.key} intent="warning" data-testid="voice">
            <MessageBarBody>{f.message}</MessageBarBody>
          </MessageBar>
        ))}

      <Text className={styles.heading}>应有的部分</Text>
      <ul className={styles.list} data-testid="checklist-parts">
        {checklist.parts.map((p) => (
          <PartRow
            key={p.role}
            part={p}
            onJump={() => p.paragraph !== null && void select({ paragraph: p.paragraph })}
            onInsert={template ? () => void act(() => insertPartHeading(host, template, p)) : undefined}
            busy={busy}
          />
        ))}
      </ul>

      <Text className={styles.heading}>应对照的方面</Text>
      {checklist.aspects.length === 0 && (
        <Text size={200} className={styles.muted}>
          {checklist.writerDefinesAspects ? "请在上方填写反馈意见中的问题方面。" : "此类型没有规定的方面。"}
        </Text>
      )}
      <ul className={styles.list} data-testid="checklist-aspects">
        {checklist.aspects.map((a) => (
          <li key={a.id} className={styles.row} data-aspect={a.name} data-status={a.status}>
            <Badge appearance="tint" color={STATUS_COLOR[a.status]} size="small">
              {ASPECT_STATUS_NAMES[a.status]}
            </Badge>
            <button
              type="button"
              className={styles.name}
              title={a.heading ? `${a.name}：${a.heading}（依据：“${a.term}”）` : a.name}
              onClick={() => a.paragraph !== null && void select({ paragraph: a.paragraph })}
            >
              {a.name}
              {a.status === "present" && (
                <span className={styles.detail}>{a.items ? `${a.items} 条，` : ""}{a.characters} 字</span>
              )}
            </button>
            {a.status !== "present" && template ? (
              <Button size="small" onClick={() => void act(() => insertAspectHeading(host, template, a))} disabled={busy}>
                插入标题
              </Button>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ul>
      {share !== null && (
        <Text size={200} className={styles.muted} data-testid="balance">
          问题、剖析和原因约占正文 {Math.round(share * 100)}%，整改措施约占 {100 - Math.round(share * 100)}%。
          {share < 0.5 ? "审核时一般希望问题和原因占主要篇幅。" : ""}
        </Text>
      )}
    </div>
  );
}

function PartRow({ part, onJump, onInsert, busy }: { part: ChecklistPart; onJump: () => void; onInsert?: () => void; busy: boolean }) {
  const styles = useStyles();
  const present = part.status === "present";
  return (
    <li className={styles.row} data-part={part.role} data-status={part.status}>
      <Badge appearance="tint" color={present ? "success" : "danger"} size="small">
        {present ? "已有" : "缺少"}
      </Badge>
      <button type="button" className={styles.name} onClick={onJump} title={part.heading ?? undefined}>
        {part.name}
        {present && (
          <span className={styles.detail}>
            {part.groups ? `${part.groups} 组，` : ""}
            {part.characters} 字
          </span>
        )}
      </button>
      {!present && onInsert ? (
        <Button size="small" onClick={onInsert} disabled={busy}>
          插入标题
        </Button>
      ) : (
        <span />
      )}
    </li>
  );
}
