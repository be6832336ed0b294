import { useMemo, useRef, useState } from "react";
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Place } from "../../core/similarity";
import type { DraftUnit } from "../../core/followup";
import { framedItem, jumpButton, plainList } from "../shared/styles";
import { useDocument } from "../state/DocumentProvider";
import { compareWithLastYear, readLastYear, type LastYear } from "./lastYear";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: plainList,
  item: framedItem,
  link: jumpButton,
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0, whiteSpace: "nowrap", alignSelf: "flex-start" },
});

const shorten = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max)}…` : s);
const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * 比对: the open draft against last year's material, picked by the writer. The file is read here,
 * in the pane, and kept only while the pane is open: nothing is uploaded or saved.
 */
export function ComparePanel() {
  const styles = useStyles();
  const { analysis, paragraphs, select } = useDocument();
  const [lastYear, setLastYear] = useState<LastYear | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const comparison = useMemo(
    () => (analysis && lastYear ? compareWithLastYear(paragraphs, analysis, lastYear) : null),
    [analysis, paragraphs, lastYear],
  );

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    const read = await readLastYear(file);
    setReading(false);
    if (input.current) input.current.value = "";
    if ("error" in read) {
      setError(read.error);
      return;
    }
    setError(null);
    setLastYear(read);
  };
  const jump = (place: Place, text?: string) => void select({ ...place, text });
  const jumpUnit = (u: DraftUnit) => u.spans[0] && jump(u.spans[0]);

  return (
    <div className={styles.root} data-testid="compare">
      <Text>与上一年度的对照检查材料比对：相同的段落（查重）、整改落实情况是否逐条回应了上一年度的整改措施。</Text>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={reading} onClick={() => input.current?.click()}>
          {lastYear ? "换一个文件" : "选择上一年度的材料"}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".docx,.docm,.txt,.md"
          hidden
          aria-label="选择上一年度的材料"
          onChange={(e) => void pick(e.target.files?.[0])}
          data-testid="last-year-file"
        />
        {lastYear && (
          <Button size="small" appearance="subtle" onClick={() => setLastYear(null)}>
            清除
          </Button>
        )}
      </div>
      <Text size={200} className={styles.muted}>
        {lastYear ? `上一年度：${lastYear.name}（${lastYear.paragraphs.length} 段）。` : "支持 .docx、.txt、.md。"}
        文件只在本机读取，不上传，也不保存在文档中。
      </Text>
      {error && (
        <MessageBar intent="warning" layout="multiline" data-testid="compare-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {comparison && lastYear && (
        <>
          <FollowUpSection comparison={comparison} onJump={jumpUnit} onJumpPlace={jump} />
          <section className={styles.section} data-testid="compare-shared">
            <Text weight="semibold">
              与上一年度相同的段落：
              {comparison.shared ? `${comparison.shared.passages.length} 处，约占本文 ${percent(comparison.shared.score)}` : "无"}
            </Text>
            {comparison.shared && (
              <ul className={styles.list}>
                {comparison.shared.passages.map((p) => (
                  <li key={`${p.b.paragraph}:${p.b.start}`} className={styles.item}>
                    <button type="button" className={styles.link} onClick={() => jump(p.b, p.b.text)} title="跳转到原文">
                      第 {p.b.paragraph + 1} 段：“{shorten(p.b.text)}”
                    </button>
                    <Text size={200} className={styles.muted}>
                      上一年度第 {p.a.paragraph + 1} 段，{p.own} 字
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            <Text size={200} className={styles.muted}>
              规范表述、方面标题和常用语不算相同；标点、空格、序号的差别不计。
            </Text>
          </section>
        </>
      )}
    </div>
  );
}

function FollowUpSection({
  comparison,
  onJump,
  onJumpPlace,
}: {
  comparison: NonNullable<ReturnType<typeof compareWithLastYear>>;
  onJump: (u: DraftUnit) => void;
  onJumpPlace: (p: Place, text?: string) => void;
}) {
  const styles = useStyles();
  const { followUp } = comparison;
  const skipped = followUp.measures.filter((m) => m.status === "skipped");
  // What the reviewer will ask about first: the skipped ones, then the rest in document order.
  const measures = [...skipped, ...followUp.measures.filter((m) => m.status !== "skipped")];
  return (
    <>
      <section className={styles.section} data-testid="compare-measures">
        <Text weight="semibold">
          上一年度的整改措施：{followUp.measures.length} 条
          {followUp.measures.length > 0 && (skipped.length ? `，今年的整改落实情况有 ${skipped.length} 条没有提及` : "，今年的整改落实情况都有提及")}
        </Text>
        {!followUp.part && followUp.measures.length > 0 && (
          <Text size={200}>本文没有“上一年度整改落实情况”部分，无法逐条对照；请补写这一部分，逐条说明落实情况。</Text>
        )}
        {followUp.measures.length === 0 && <Text size={200}>所选文件中没有找到整改措施（需要有“整改措施”部分）。</Text>}
        <ul className={styles.list}>
          {measures.map((m) => (
            <li key={m.measure.id} className={styles.item} data-status={m.status}>
              <div className={styles.row}>
                <Badge appearance="tint" size="small" color={m.status === "skipped" ? "warning" : "success"} className={styles.badge}>
                  {m.status === "skipped" ? "未提及" : "已报告"}
                </Badge>
                <Text size={200}>
                  {m.measure.label}
                  {shorten(m.measure.title, 40)}
                </Text>
              </div>
              {m.status === "reported" && m.evidence && (
                <button type="button" className={styles.link} onClick={() => onJumpPlace(m.evidence!.sentence, m.evidence!.sentence.text)} title="跳转到原文">
                  <Text size={200}>今年：“{shorten(m.evidence.sentence.text, 50)}”</Text>
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      {followUp.repeated.length > 0 && (
        <section className={styles.section} data-testid="compare-repeated">
          <Text weight="semibold">与上一年度几乎相同的问题：{followUp.repeated.length} 条</Text>
          <Text size={200} className={styles.muted}>
            上一年度已经查摆并整改的问题今年原样再写，审核时会被问：是整改没有见效，还是照抄了去年的材料？
          </Text>
          <ul className={styles.list}>
            {followUp.repeated.map((r) => (
              <li key={r.problem.id} className={styles.item}>
                <button type="button" className={styles.link} onClick={() => onJump(r.problem)} title="跳转到原文">
                  {r.problem.label}
                  {shorten(r.problem.title, 40)}
                </button>
                <Text size={200} className={styles.muted}>
                  {percent(r.share)} 与上一年度{r.lastYear ? `“${shorten(r.lastYear.title, 20)}”` : "的问题"}相同
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
