import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CorrespondenceGroup } from "../../core/correspondence";
import { topicNames } from "../../core/correspondence";
import { jumpButton } from "../shared/styles";
import { useDocument } from "../state/DocumentProvider";
import { CELL_TEXT, groupName, PART_NAMES, type Cell } from "./matrix";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  link: jumpButton,
  list: { margin: 0, paddingInlineStart: "1.2em", display: "flex", flexDirection: "column", gap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** How many sentences of evidence to show: enough to judge, short enough for the pane. */
const SENTENCES_SHOWN = 4;

/** One cell: the two groups, the link's state, its evidence, and the writer's choices. */
export function CellDetails({ cell, onJump, onDecide }: { cell: Cell; onJump: (g: CorrespondenceGroup) => void; onDecide: (linked: boolean | null) => void }) {
  const styles = useStyles();
  const { paragraphs, select } = useDocument();
  const { problem, target, state, link } = cell;
  const targetName = PART_NAMES[target.part];
  const evidence = link?.evidence;
  const sentenceText = (s: { paragraph: number; start: number; end: number }) => paragraphs[s.paragraph]?.text.slice(s.start, s.end) ?? "";

  return (
    <div className={styles.root} data-testid="cell-details" role="region" aria-label="对应的依据">
      <button type="button" className={styles.link} onClick={() => onJump(problem)} title="跳转到原文">
        {PART_NAMES[problem.part]}：{groupName(problem, 40)}
      </button>
      <button type="button" className={styles.link} onClick={() => onJump(target)} title="跳转到原文">
        {targetName}：{groupName(target, 40)}
      </button>
      {/* Said when another cell is chosen: the details appear away from the matrix. */}
      <Text weight="semibold" data-testid="cell-state" aria-live="polite">
        {stateText(cell)}
      </Text>
      {evidence && evidence.topics.length > 0 && (
        <>
          <Text size={200}>共同涉及：</Text>
          <ul className={styles.list}>
            {evidence.topics.map((t) => (
              <li key={`${t.topic}/${t.via}`}>
                <Text size={200}>
                  {topicNames([t.topic], 1)}
                  {t.via !== t.topic ? `（${targetName}谈的是相近的${topicNames([t.via], 1)}）` : ""}：问题中“{t.problemTerms.slice(0, 4).join("、")}”，
                  {targetName}中“{t.targetTerms.slice(0, 4).join("、")}”
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {evidence && evidence.words.length > 0 && <Text size={200}>共同的词语：{evidence.words.slice(0, 8).join("、")}</Text>}
      {evidence?.headingWords && <Text size={200}>两个标题都写了“{evidence.headingWords}”，位置也对应。</Text>}
      {evidence && evidence.sentences.length > 0 && (
        <>
          <Text size={200}>原文：</Text>
          <ul className={styles.list}>
            {evidence.sentences.slice(0, SENTENCES_SHOWN).map((s) => (
              <li key={`${s.paragraph}:${s.start}`}>
                <button
                  type="button"
                  className={styles.link}
                  onClick={() => void select({ paragraph: s.paragraph, start: s.start, end: s.end, text: sentenceText(s) })}
                  title="跳转到原文"
                >
                  <Text size={200}>
                    {s.side === "problem" ? "问题" : targetName}：“{shorten(sentenceText(s), 60)}”
                  </Text>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        {state.kind !== "confirmed" && (
          <Button size="small" appearance="primary" onClick={() => onDecide(true)}>
            {state.kind === "none" || (state.kind === "rejected" && !state.auto) ? "添加对应" : "确认对应"}
          </Button>
        )}
        {state.kind !== "rejected" && state.kind !== "none" && (
          <Button size="small" onClick={() => onDecide(false)}>
            不对应
          </Button>
        )}
        {(state.kind === "confirmed" || state.kind === "rejected") && (
          <Button size="small" appearance="subtle" onClick={() => onDecide(null)}>
            恢复自动判断
          </Button>
        )}
      </div>
      <Text size={200} className={styles.muted}>
        确认、否定或添加的对应保存在本文档中，“提交前检查”按您的判断计算缺口。
      </Text>
    </div>
  );
}

function stateText({ state, link, target }: Cell): string {
  const what = `${PART_NAMES[target.part]}`;
  const auto = (a: "strong" | "weak" | null) => (a ? `自动判断为${CELL_TEXT[a].word}对应` : "自动判断为无对应");
  switch (state.kind) {
    case "strong":
      return `${CELL_TEXT.strong.symbol} 强对应：这组${what}回应了问题的大部分内容（自动判断${link?.mirrored ? "，位置和标题也对应" : ""}）`;
    case "weak":
      return `${CELL_TEXT.weak.symbol} 弱对应：这组${what}回应了问题的一部分（自动判断）`;
    case "confirmed":
      return `${CELL_TEXT.confirmed.symbol} 您已确认对应（${auto(state.auto)}）`;
    case "rejected":
      return `${CELL_TEXT.rejected.symbol} 您已否定对应（${auto(state.auto)}）`;
    case "none":
      return `无对应：没有找到这组${what}与问题的共同内容`;
  }
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);
