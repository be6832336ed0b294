/** A run of ASCII asterisks, and whether Markdown would read it as emphasis (`**加粗**`). */
export interface StarRun {
  start: number;
  end: number;
  /** True when the run opens or closes an emphasis with another run of the same length. */
  paired: boolean;
}

/**
 * The asterisk runs of a paragraph, paired as Markdown pairs them: a run followed by text opens,
 * a run after text closes the last open run of the same length. A paired run is a bold (or
 * italic) remnant, which another rule reports; only an unpaired run can stand for masked words
 * (`**镇`, `毛**思想`). Two masks in one line (`**镇和**县`) read as a bold 镇和 and are left
 * alone: missing them is better than calling bold text a placeholder. Linear in the text.
 */
export function starRuns(text: string): StarRun[] {
  const runs: StarRun[] = [];
  if (!text.includes("*")) return runs;
  const open = new Map<number, StarRun>();
  for (const m of text.matchAll(/\*+/g)) {
    const run: StarRun = { start: m.index, end: m.index + m[0].length, paired: false };
    runs.push(run);
    const before = text[run.start - 1];
    const after = text[run.end];
    const length = run.end - run.start;
    const opener = open.get(length);
    if (opener && before !== undefined && !/\s/.test(before)) {
      opener.paired = run.paired = true;
      open.delete(length);
    } else if (after !== undefined && !/\s/.test(after)) {
      open.set(length, run);
    }
  }
  return runs;
}
