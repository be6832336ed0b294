import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Badge, makeStyles, mergeClasses, Text, tokens, ToggleButton } from "@fluentui/react-components";
import type { CorrespondenceGroup } from "../../core/correspondence";
import type { Finding } from "../../core/types";
import { SEVERITY_NAMES } from "../../report/names";
import { jumpButton, textButton } from "../shared/styles";
import { useMedia } from "../shared/useMedia";
import { useDocument } from "../state/DocumentProvider";
import { buildMatrices, CELL_TEXT, columnLabel, describeCell, gapsByGroup, groupName, PART_NAMES, type Cell, type Gap, type Matrix } from "./matrix";
import { CellDetails } from "./CellDetails";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  gaps: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  gap: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  link: jumpButton,
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  corner: { minWidth: "96px" },
  partHead: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, textAlign: "center", padding: "2px" },
  colHead: { verticalAlign: "top", padding: "2px", textAlign: "center" },
  colButton: { ...textButton, display: "flex", flexDirection: "column", alignItems: "center", gap: "2px" },
  // Chinese reads well top to bottom: the heads stay narrow however many columns there are.
  vertical: { writingMode: "vertical-rl", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  rowHead: { textAlign: "start", padding: "2px 6px 2px 0", maxWidth: "150px" },
  rowButton: { ...textButton, display: "block" },
  cell: {
    ...textButton,
    width: "28px",
    height: "26px",
    textAlign: "center",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-1px" },
  strong: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorPaletteGreenForeground2 },
  weak: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteMarigoldForeground2 },
  confirmed: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground1 },
  rejected: { color: tokens.colorNeutralForeground3 },
  none: {},
  badges: { display: "flex", flexWrap: "wrap", gap: "2px" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  picker: { maxWidth: "100%", boxSizing: "border-box" },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  chip: {
    ...textButton,
    padding: "0 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
/** Below this width the matrix does not fit: the list view is shown first. */
const NARROW = "(max-width: 420px)";

/** 对应关系: which causes and measures answer which problems, why, and the writer's corrections. */
export function CorrespondencePanel() {
  const styles = useStyles();
  const { analysis, select, links } = useDocument();
  const narrow = useMedia(NARROW);
  const [view, setView] = useState<"matrix" | "list" | null>(null);
  const [selected, setSelected] = useState<{ problem: string; target: string } | null>(null);
  const correspondence = analysis?.correspondence ?? null;
  const matrices = useMemo(() => (correspondence ? buildMatrices(correspondence) : []), [correspondence]);
  const findings = useMemo(() => (analysis?.findings ?? []).filter((f) => f.category === "correspondence"), [analysis]);
  const gaps = useMemo(() => (correspondence ? gapsByGroup(correspondence, findings) : new Map<string, Gap[]>()), [correspondence, findings]);
  if (!analysis) return null;
  if (!correspondence || matrices.length === 0) {
    return (
      <Text className={styles.muted} data-testid="correspondence-empty">
        {correspondence
          ? "还没有找到问题、原因、措施的分组（如“（一）理论学习方面”“一是……”）。写出分组后，这里显示它们之间的对应关系。"
          : "当前文档不像对照检查材料（没有找到“存在的问题”“原因”“整改措施”等部分），无法显示对应关系。"}
      </Text>
    );
  }
  const shown = view ?? (narrow ? "list" : "matrix");
  const cellOf = (s: { problem: string; target: string } | null): Cell | null => {
    if (!s) return null;
    for (const m of matrices) {
      const r = m.rows.findIndex((g) => g.id === s.problem);
      const c = [...m.causes, ...m.measures].findIndex((g) => g.id === s.target);
      if (r >= 0 && c >= 0) return m.cells[r][c];
    }
    return null;
  };
  const current = cellOf(selected);
  const jumpTo = (g: CorrespondenceGroup) => void select({ ...g.heading, text: undefined });
  const jumpToFinding = (f: Finding) => void select({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text });
  const counts = matrices.reduce((n, m) => ({ p: n.p + m.rows.length, c: n.c + m.causes.length, m: n.m + m.measures.length }), { p: 0, c: 0, m: 0 });
  const details = current && (
    <CellDetails cell={current} onJump={jumpTo} onDecide={(linked) => void links.decide(current.problem.id, current.target.id, linked)} />
  );

  return (
    <div className={styles.root} data-testid="correspondence">
      <div className={styles.toolbar}>
        <Text>
          <b>
            {counts.p} 组问题、{counts.c} 组原因、{counts.m} 组措施
          </b>
          {findings.length > 0 ? `，${findings.length} 处需要注意` : "，对应完整"}
        </Text>
        <div className={styles.toolbar} role="group" aria-label="显示方式">
          <ToggleButton size="small" checked={shown === "matrix"} onClick={() => setView("matrix")}>
            矩阵
          </ToggleButton>
          <ToggleButton size="small" checked={shown === "list"} onClick={() => setView("list")}>
            列表
          </ToggleButton>
        </div>
      </div>
      {links.notice && (
        <Text size={200} className={styles.muted}>
          {links.notice}
        </Text>
      )}
      {findings.length > 0 && (
        <ul className={styles.gaps} data-testid="correspondence-gaps">
          {findings.map((f) => (
            <li key={`${f.key}@${f.paragraph}`} className={styles.gap} data-rule={f.rule} data-severity={f.severity}>
              <Badge appearance="tint" size="small" color={SEVERITY_COLOR[f.severity]} className={styles.badge}>
                {SEVERITY_NAMES[f.severity]}
              </Badge>
              <button type="button" className={styles.link} onClick={() => jumpToFinding(f)} title="跳转到原文">
                {f.message}
              </button>
            </li>
          ))}
        </ul>
      )}
      {matrices.map((m) => (
        <section key={m.block} aria-label={matrices.length > 1 ? `第 ${m.block + 1} 份材料` : "对应关系"}>
          {matrices.length > 1 && <Text weight="semibold">第 {m.block + 1} 份材料</Text>}
          {shown === "matrix" ? (
            <MatrixView matrix={m} gaps={gaps} selected={current} onSelect={setSelected} onJump={jumpTo} />
          ) : (
            <ListView matrix={m} gaps={gaps} selected={current} onSelect={setSelected} onJump={jumpTo} details={details} />
          )}
        </section>
      ))}
      {shown === "matrix" && (
        <>
          <div className={styles.legend} aria-hidden>
            {(["strong", "weak", "confirmed", "rejected"] as const).map((k) => (
              <span key={k}>
                {CELL_TEXT[k].symbol} {CELL_TEXT[k].word}
                {k === "strong" || k === "weak" ? "对应" : ""}
              </span>
            ))}
          </div>
          {details ?? (
            <Text size={200} className={styles.muted}>
              点击格子查看对应的依据，并可确认、否定或添加对应。
            </Text>
          )}
        </>
      )}
    </div>
  );
}

interface ViewProps {
  matrix: Matrix;
  gaps: Map<string, Gap[]>;
  selected: Cell | null;
  onSelect: (s: { problem: string; target: string }) => void;
  onJump: (g: CorrespondenceGroup) => void;
}

function GapBadges({ gaps }: { gaps: readonly Gap[] | undefined }) {
  const styles = useStyles();
  if (!gaps?.length) return null;
  return (
    <span className={styles.badges}>
      {gaps.map((g) => (
        <Badge key={g.rule} appearance="tint" size="small" color={SEVERITY_COLOR[g.severity]} title={g.message} data-gap={g.rule} className={styles.badge}>
          {g.label}
        </Badge>
      ))}
    </span>
  );
}

/**
 * The matrix: one tab stop (the selected cell, or the first), arrows move between cells, Enter or
 * a click shows the cell's evidence below.
 */
function MatrixView({ matrix, gaps, selected, onSelect, onJump }: ViewProps) {
  const styles = useStyles();
  const table = useRef<HTMLTableElement>(null);
  const columns = [...matrix.causes, ...matrix.measures];
  const at = (cell: Cell | null) =>
    cell ? { r: matrix.rows.indexOf(cell.problem), c: columns.indexOf(cell.target) } : { r: -1, c: -1 };
  const focus = at(selected);
  const tabStop = focus.r >= 0 && focus.c >= 0 ? focus : { r: 0, c: 0 };
  const move = (e: KeyboardEvent<HTMLTableElement>) => {
    const el = e.target as HTMLElement;
    const r = Number(el.dataset.row);
    const c = Number(el.dataset.col);
    if (Number.isNaN(r) || Number.isNaN(c)) return;
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const d = step[e.key];
    if (!d) return;
    e.preventDefault();
    const nr = Math.min(matrix.rows.length - 1, Math.max(0, r + d[0]));
    const nc = Math.min(columns.length - 1, Math.max(0, c + d[1]));
    table.current?.querySelector<HTMLButtonElement>(`button[data-row="${nr}"][data-col="${nc}"]`)?.focus();
  };
  if (matrix.rows.length === 0 || columns.length === 0) {
    return (
      <Text size={200} className={styles.muted}>
        {matrix.rows.length === 0 ? "这份材料没有找到问题的分组。" : "这份材料没有找到原因或措施的分组。"}
      </Text>
    );
  }
  return (
    <div className={styles.scroll}>
      <table className={styles.table} ref={table} onKeyDown={move} role="grid" aria-label="问题与原因、措施的对应矩阵" data-testid="correspondence-matrix">
        <thead>
          <tr>
            <th className={styles.corner} rowSpan={2} scope="col">
              问题
            </th>
            {matrix.causes.length > 0 && (
              <th colSpan={matrix.causes.length} className={styles.partHead} scope="colgroup">
                原因
              </th>
            )}
            {matrix.measures.length > 0 && (
              <th colSpan={matrix.measures.length} className={styles.partHead} scope="colgroup">
                措施
              </th>
            )}
          </tr>
          <tr>
            {columns.map((g) => (
              <th key={g.id} className={styles.colHead} scope="col" data-group={g.id}>
                <button
                  type="button"
                  className={styles.colButton}
                  onClick={() => onJump(g)}
                  title={`${PART_NAMES[g.part]}：${g.title}（点击跳转）`}
                  aria-label={`${PART_NAMES[g.part]}${g.index + 1}：${g.title}，跳转到原文`}
                >
                  <span>{columnLabel(g)}</span>
                  <span className={styles.vertical}>{groupName(g, 6)}</span>
                </button>
                <GapBadges gaps={gaps.get(g.id)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.id} data-group={row.id}>
              <th className={styles.rowHead} scope="row">
                <button type="button" className={styles.rowButton} onClick={() => onJump(row)} title={`${row.title}（点击跳转）`}>
                  {groupName(row, 14)}
                </button>
                <GapBadges gaps={gaps.get(row.id)} />
              </th>
              {matrix.cells[r].map((cell, c) => {
                const isSelected = selected === cell;
                const text = CELL_TEXT[cell.state.kind];
                return (
                  <td key={cell.target.id}>
                    <button
                      type="button"
                      className={mergeClasses(styles.cell, styles[cell.state.kind], isSelected && styles.selected)}
                      tabIndex={r === tabStop.r && c === tabStop.c ? 0 : -1}
                      data-row={r}
                      data-col={c}
                      data-state={cell.state.kind}
                      aria-label={describeCell(cell)}
                      aria-pressed={isSelected}
                      title={describeCell(cell)}
                      onClick={() => onSelect({ problem: cell.problem.id, target: cell.target.id })}
                    >
                      {text.symbol}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The list for narrow panes: each problem with the causes and measures that answer it. */
function ListView({ matrix, gaps, selected, onSelect, onJump, details }: ViewProps & { details: ReactNode }) {
  const styles = useStyles();
  const unanswering = matrix.measures.filter((g) => gaps.get(g.id)?.some((x) => x.rule === "measure-without-problem"));
  return (
    <ul className={styles.cards} data-testid="correspondence-list">
      {matrix.rows.map((row, r) => {
        const cells = matrix.cells[r];
        const shown = (part: "causes" | "measures") => cells.filter((c) => c.target.part === part && c.state.kind !== "none");
        const addable = cells.filter((c) => c.state.kind === "none");
        return (
          <li key={row.id} className={styles.card} data-group={row.id}>
            <button type="button" className={styles.link} onClick={() => onJump(row)} title="跳转到原文">
              <b>{groupName(row, 30)}</b>
            </button>
            <GapBadges gaps={gaps.get(row.id)} />
            {(["causes", "measures"] as const).map((part) => (
              <div key={part} className={styles.chips}>
                <Text size={200}>{PART_NAMES[part]}：</Text>
                {shown(part).length === 0 && (
                  <Text size={200} className={styles.muted}>
                    无
                  </Text>
                )}
                {shown(part).map((cell) => (
                  <button
                    key={cell.target.id}
                    type="button"
                    className={mergeClasses(styles.chip, styles[cell.state.kind], selected === cell && styles.selected)}
                    aria-pressed={selected === cell}
                    aria-label={describeCell(cell)}
                    data-state={cell.state.kind}
                    onClick={() => onSelect({ problem: cell.problem.id, target: cell.target.id })}
                  >
                    {CELL_TEXT[cell.state.kind].symbol}
                    {CELL_TEXT[cell.state.kind].word} {groupName(cell.target, 10)}
                  </button>
                ))}
              </div>
            ))}
            {addable.length > 0 && (
              <select
                className={styles.picker}
                aria-label={`为“${groupName(row)}”添加对应的原因或措施`}
                value=""
                onChange={(e) => {
                  const target = e.target.value;
                  if (target) onSelect({ problem: row.id, target });
                }}
              >
                <option value="">查看或添加对应……</option>
                {addable.map((c) => (
                  <option key={c.target.id} value={c.target.id}>
                    {PART_NAMES[c.target.part]}：{groupName(c.target, 20)}
                  </option>
                ))}
              </select>
            )}
            {selected?.problem === row && details}
          </li>
        );
      })}
      {unanswering.length > 0 && (
        <li className={styles.card}>
          <Text size={200}>不回应任何问题的措施：</Text>
          {unanswering.map((g) => (
            <button key={g.id} type="button" className={styles.link} onClick={() => onJump(g)} title="跳转到原文">
              {groupName(g, 30)}
            </button>
          ))}
        </li>
      )}
    </ul>
  );
}
