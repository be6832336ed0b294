import type { TextSpan } from "./types";
import { realParagraphs, realRanges, toReal, type JoinedLines } from "../text/lines";

/**
 * Positions found on the joined lines (joinBrokenLines) told in the real paragraphs, as
 * mapAnalysisToReal does for the rest of the analysis: a span that runs over a break is cut at the
 * end of the real line it starts in. The correspondence maps each position once, as it makes it,
 * rather than copying its result afterwards.
 */
export interface PositionMap {
  span(paragraph: number, start: number, end: number): TextSpan;
  at(paragraph: number, offset: number): { paragraph: number; offset: number };
  /** The last real paragraph of a logical one. */
  last(paragraph: number): number;
}

export const SAME_POSITIONS: PositionMap = {
  span: (paragraph, start, end) => ({ paragraph, start, end }),
  at: (paragraph, offset) => ({ paragraph, offset }),
  last: (paragraph) => paragraph,
};

/** The positions of `joined.paragraphs` in `joined.source`. */
export function realPositions(joined: JoinedLines): PositionMap {
  if (joined.paragraphs === joined.source) return SAME_POSITIONS;
  return {
    span(paragraph, start, end) {
      const [r] = realRanges(joined, paragraph, start, end);
      return { paragraph: r.paragraph, start: r.start, end: r.end };
    },
    at(paragraph, offset) {
      const r = toReal(joined, paragraph, offset);
      return { paragraph: r.paragraph, offset: r.offset };
    },
    last: (paragraph) => realParagraphs(joined, paragraph).last,
  };
}
