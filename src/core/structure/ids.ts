/**
 * Ids that the writer's choices are saved against (a confirmed link between a problem and a
 * measure, later): made from the group's heading words, so that adding, removing or moving
 * other groups keeps them; the position only tells apart two groups with the same words.
 */

/** Words of a heading that identify it: no spaces, punctuation, Markdown or closing 方面. */
export function headingKey(title: string): string {
  return title
    .normalize("NFKC")
    .replace(/[\s\u3000*#]/g, "")
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(/方面$/, "")
    .slice(0, 40);
}

/** Makes unique ids `prefix:key`, `prefix:key#2` … in document order. */
export function stableIds(): (prefix: string, title: string) => string {
  const seen = new Map<string, number>();
  return (prefix, title) => {
    const base = `${prefix}:${headingKey(title)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
}
