/**
 * What the 对应关系 panel shows, made from an Analysis without React: the matrix of each material
 * (problem groups as rows, causes and measures as columns), each cell's state, and the gaps the
 * rules found, placed on their rows and columns. Pure, so that it is tested without a browser.
 */
import type { Correspondence, CorrespondenceGroup, CorrespondenceLink, WriterLinkState } from "../../core/correspondence";
import { pairKey, shortTitle } from "../../core/correspondence";
import type { Finding, Severity } from "../../core/types";

/** A cell: the link as it stands (the writer's word over the engine's), or none. */
export type CellState =
  | { kind: "strong" | "weak"; source: "auto" }
  | { kind: "confirmed"; auto: "strong" | "weak" | null }
  | { kind: "rejected"; auto: "strong" | "weak" | null }
  | { kind: "none" };

export interface Cell {
  problem: CorrespondenceGroup;
  target: CorrespondenceGroup;
  state: CellState;
  /** The link shown (its evidence); null for none and for a rejected link. */
  link: CorrespondenceLink | null;
}

/** A gap a rule found, on the group it is about. */
export interface Gap {
  rule: string;
  severity: Severity;
  /** A word for the row or column head: 无措施, 无对应 … */
  label: string;
  message: string;
}

export interface Matrix {
  /** Which material of the document (0 for most; more when one file holds several). */
  block: number;
  rows: CorrespondenceGroup[];
  causes: CorrespondenceGroup[];
  measures: CorrespondenceGroup[];
  /** cells[row][column], the causes' columns first. */
  cells: Cell[][];
}

/** The word a symbol stands for, so that colour never carries the meaning alone. */
export const CELL_TEXT: Record<CellState["kind"], { symbol: string; word: string }> = {
  strong: { symbol: "●", word: "强" },
  weak: { symbol: "◐", word: "弱" },
  confirmed: { symbol: "✔", word: "已确认" },
  rejected: { symbol: "✕", word: "已否定" },
  none: { symbol: "", word: "无" },
};

/** The rules of the correspondence, and the word each puts on its row or column. */
const GAP_LABELS: Record<string, string> = {
  "problem-without-measure": "无措施",
  "problem-without-cause": "无原因",
  "measure-without-problem": "无对应",
  "cause-restates-problem": "与问题重复",
  "causes-without-roots": "原因不深",
};

const isProblem = (g: CorrespondenceGroup) => g.part === "problems" || g.part === "case";

/** One matrix per material of the document. */
export function buildMatrices(c: Correspondence): Matrix[] {
  const links = new Map(c.links.map((l) => [pairKey(l.problem, l.target), l]));
  const writer = new Map<string, WriterLinkState>();
  for (const w of c.writer) if (w.applied) writer.set(pairKey(w.problem, w.target), w);
  const byBlock = new Map<number, Matrix>();
  for (const g of c.groups) {
    let m = byBlock.get(g.block);
    if (!m) byBlock.set(g.block, (m = { block: g.block, rows: [], causes: [], measures: [], cells: [] }));
    if (isProblem(g)) m.rows.push(g);
    else if (g.part === "causes") m.causes.push(g);
    else m.measures.push(g);
  }
  const out = [...byBlock.values()].filter((m) => m.rows.length > 0 || m.causes.length > 0 || m.measures.length > 0);
  for (const m of out) {
    m.cells = m.rows.map((problem) =>
      [...m.causes, ...m.measures].map((target) => {
        const key = pairKey(problem.id, target.id);
        const link = links.get(key) ?? null;
        return { problem, target, state: cellState(link, writer.get(key)), link };
      }),
    );
  }
  return out;
}

function cellState(link: CorrespondenceLink | null, writer: WriterLinkState | undefined): CellState {
  if (writer) return writer.linked ? { kind: "confirmed", auto: writer.auto } : { kind: "rejected", auto: writer.auto };
  if (link) return { kind: link.strength, source: "auto" };
  return { kind: "none" };
}

/** The gaps of each group (by id), from the findings of the correspondence rules. */
export function gapsByGroup(c: Correspondence, findings: readonly Finding[]): Map<string, Gap[]> {
  const byHeading = new Map<number, CorrespondenceGroup[]>();
  for (const g of c.groups) {
    const list = byHeading.get(g.heading.paragraph);
    if (list) list.push(g);
    else byHeading.set(g.heading.paragraph, [g]);
  }
  const out = new Map<string, Gap[]>();
  for (const f of findings) {
    const label = GAP_LABELS[f.rule];
    if (!label) continue;
    const candidates = byHeading.get(f.paragraph) ?? [];
    // Problem rules land on problem groups, the others on causes or measures.
    const wantProblem = f.rule.startsWith("problem-");
    const group = candidates.find((g) => isProblem(g) === wantProblem) ?? candidates[0];
    if (!group) continue;
    const gaps = out.get(group.id) ?? [];
    gaps.push({ rule: f.rule, severity: f.severity, label, message: f.message });
    out.set(group.id, gaps);
  }
  return out;
}

/** A group's name in the matrix: its short title. */
export const groupName = (g: CorrespondenceGroup, max = 16) => shortTitle(g.title, max);

/** What a group is, in words: 问题, 原因, 措施. */
export const PART_NAMES: Record<CorrespondenceGroup["part"], string> = {
  problems: "问题",
  case: "案例剖析",
  causes: "原因",
  measures: "措施",
};

/** The column head's label: 因1, 措2 … (the full title is its accessible name). */
export const columnLabel = (g: CorrespondenceGroup) => `${g.part === "causes" ? "因" : "措"}${g.index + 1}`;

/** The cell in words, for its accessible name and its title. */
export function describeCell(cell: Cell): string {
  const s = cell.state;
  const what = `${PART_NAMES[cell.problem.part]}“${groupName(cell.problem)}”与${PART_NAMES[cell.target.part]}“${groupName(cell.target)}”`;
  const auto = (a: "strong" | "weak" | null) => (a ? `自动判断为${CELL_TEXT[a].word}对应` : "自动判断为无对应");
  switch (s.kind) {
    case "strong":
    case "weak":
      return `${what}：${CELL_TEXT[s.kind].word}对应（自动判断）`;
    case "confirmed":
      return `${what}：已确认对应（${auto(s.auto)}）`;
    case "rejected":
      return `${what}：已否定对应（${auto(s.auto)}）`;
    case "none":
      return `${what}：无对应`;
  }
}
