import { useMemo, useState } from "react";
import { Badge, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Analysis, SourceParagraph } from "../../core/types";
import type { MeetingTemplate } from "../../core/checklist/template";
import type { ChecklistAspect, ChecklistPart } from "../../core/checklist/checklist";
import type { TextTarget } from "../../host/DocumentHost";
import { isNearlyEmpty, planAspectInsertion, planPartInsertion, planRenumber, planSkeleton, type InsertionPlan } from "../../core/checklist/plan";
import { analyze } from "../../core/analyze";
import { useHost } from "../shared/hostContext";

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
  name: { cursor: "pointer", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginLeft: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const STATUS = {
  present: { text: "已有", color: "success" },
  inside: { text: "仅在其他方面中提及", color: "warning" },
  missing: { text: "缺少", color: "danger" },
} as const;

interface Props {
  analysis: Analysis;
  paragraphs: SourceParagraph[];
  template: MeetingTemplate | undefined;
  /** Run a document action (then the pane reads the document again). */
  act: (action: () => Promise<unknown>) => Promise<void>;
  /** An action is running: the buttons wait. */
  busy: boolean;
  select: (target: TextTarget) => Promise<void>;
}

/** The checklist: which parts and aspects the draft has, and one-click headings for the rest. */
export function ChecklistView({ analysis, paragraphs, template, act, busy, select }: Props) {
  const styles = useStyles();
  const host = useHost();
  const [notice, setNotice] = useState<string | null>(null);
  const checklist = analysis.checklist;
  // Numbers taken twice, from the current reading of the document; the writer may set it aside.
  const renumber = useMemo(() => (checklist ? planRenumber(paragraphs, analysis) : []), [checklist, paragraphs, analysis]);
  const renumberKey = renumber.map((e) => `${e.paragraph}:${e.text}>${e.replacement}`).join("|");
  const [dismissed, setDismissed] = useState<string | null>(null);

  /** Read the document afresh: plans are made on what it holds now, not on a reading from before. */
  const fresh = async (t: MeetingTemplate) => {
    const ps = await host.readParagraphs();
    return { ps, a: analyze(ps, { template: t }) };
  };

  const insertSkeleton = (t: MeetingTemplate) =>
    act(async () => {
      await host.insertParagraphs({ location: "End" }, planSkeleton(t, { hasTitle: analysis.title !== null }));
      setNotice(`已插入“${t.name}”的提纲，请在【】处填写。`);
    });

  /** Insert a planned heading; the numbers after it are then offered for renumbering. */
  const insertHeading = (name: string, plan: (ps: SourceParagraph[], a: Analysis, t: MeetingTemplate) => InsertionPlan | { error: string }) =>
    act(async () => {
      if (!template) return;
      const { ps, a } = await fresh(template);
      const planned = plan(ps, a, template);
      if ("error" in planned) throw new Error(planned.error);
      await host.insertParagraphs(planned.anchor, planned.paragraphs);
      setNotice(
        planned.listNumbered
          ? `已${planned.where}插入“${name}”。相邻标题使用 Word 自动编号，请为新标题应用相同的编号格式。`
          : `已${planned.where}插入“${name}”。`,
      );
    });
  const insertAspect = (x: ChecklistAspect) => insertHeading(x.name, (ps, a, t) => planAspectInsertion(ps, a, t, x.id));
  const insertPart = (p: ChecklistPart) => insertHeading(p.name, (ps, a, t) => planPartInsertion(ps, a, t, p.role));

  // Apply exactly the edits shown; each is refused by the host if its text has changed since.
  const applyRenumber = () =>
    act(async () => {
      let refused = 0;
      for (const e of renumber) if (!(await host.replaceText(e, e.replacement))) refused++;
      setNotice(refused ? `有 ${refused} 处标题已被改动或无法自动修改，未重新编号，请核对。` : "已重新编号。");
    });

  if (isNearlyEmpty(paragraphs)) {
    return (
      <div className={styles.root} data-testid="checklist">
        <Text>文档几乎是空的。可以插入所选会议类型的完整提纲（标题、开头、各部分和各方面的标题，按公文格式排版）。</Text>
        {template ? (
          <Button appearance="primary" onClick={() => void insertSkeleton(template)} disabled={busy} data-testid="insert-skeleton">
            插入“{template.name}”提纲
          </Button>
        ) : (
          <Text className={styles.muted}>请先在上方选择会议类型。</Text>
        )}
        {notice && <Text size={200}>{notice}</Text>}
      </div>
    );
  }
  if (!checklist) {
    return (
      <Text size={200} className={styles.muted} data-testid="checklist">
        {analysis.kind === "material" ? "选择会议类型后，这里列出应有的部分和方面。" : "识别为对照检查材料后，这里列出应有的部分和方面。"}
      </Text>
    );
  }

  const share = checklist.balance.share;
  return (
    <div className={styles.root} data-testid="checklist">
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {renumber.length > 0 && dismissed !== renumberKey && (
        <MessageBar intent="warning" data-testid="renumber">
          <MessageBarBody>
            有标题序号重复，建议顺延：{renumber.map((e) => `${e.text}→${e.replacement}`).join("，")}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void applyRenumber()} disabled={busy}>
              重新编号
            </Button>
            <Button size="small" appearance="transparent" onClick={() => setDismissed(renumberKey)}>
              不用
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {checklist.voice.message && (
        <MessageBar intent="warning" data-testid="voice">
          <MessageBarBody>{checklist.voice.message}</MessageBarBody>
        </MessageBar>
      )}

      <Text className={styles.heading}>应有的部分</Text>
      <ul className={styles.list} data-testid="checklist-parts">
        {checklist.parts.map((p) => (
          <PartRow
            key={p.role}
            part={p}
            onJump={() => p.paragraph !== null && void select({ paragraph: p.paragraph })}
            onInsert={template ? () => void insertPart(p) : undefined}
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
            <Badge appearance="tint" color={STATUS[a.status].color} size="small">
              {STATUS[a.status].text}
            </Badge>
            <span
              className={styles.name}
              title={a.heading ? `${a.name}：${a.heading}（依据：“${a.term}”）` : a.name}
              onClick={() => a.paragraph !== null && void select({ paragraph: a.paragraph })}
            >
              {a.name}
              {a.status === "present" && (
                <span className={styles.detail}>{a.items ? `${a.items} 条，` : ""}{a.characters} 字</span>
              )}
            </span>
            {a.status !== "present" && template ? (
              <Button size="small" onClick={() => void insertAspect(a)} disabled={busy}>
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
      <span className={styles.name} onClick={onJump} title={part.heading ?? undefined}>
        {part.name}
        {present && (
          <span className={styles.detail}>
            {part.groups ? `${part.groups} 组，` : ""}
            {part.characters} 字
          </span>
        )}
      </span>
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
