import { hashAt, mix, outgoingWeight, roll } from "./hash";
import type { NormalDraft } from "./normalize";

/**
 * The fingerprints of a draft by winnowing (Schleimer, Wilkerson and Aiken, 2003): of every
 * window of `window` consecutive k-grams, the one with the smallest hash (the rightmost of equal
 * ones) is kept, once. Grams never cross a paragraph's end (lines broken inside a sentence are
 * joined first) or touch stock text: each run of the writer's own characters inside a paragraph
 * (a segment) is fingerprinted on its own, and a segment shorter than a window keeps its
 * smallest gram.
 *
 * Guarantee: two drafts that share a run of at least window + k - 1 consecutive characters that
 * are their own (not stock) in both share the window of grams inside it, and both keep its
 * smallest gram at the same place in the run; so every such run yields a common fingerprint.
 * Noise below k characters never does. About 2 / (window + 1) of the grams are kept.
 *
 * Pushes hash, position (of the gram's first character), … onto `out`.
 */
export function fingerprints(draft: NormalDraft, mask: Uint8Array, k: number, window: number, out: number[]): void {
  const { chars, blockStart } = draft;
  const weight = outgoingWeight(k);
  const hashes: number[] = [];
  // The monotone queue of the window: positions (into `hashes`) whose hashes increase.
  const queue = new Int32Array(window + 1);
  for (let p = 0; p + 1 < blockStart.length; p++) {
    const end = blockStart[p + 1];
    for (let from = blockStart[p]; from < end; ) {
      // The next segment: a run of own characters.
      while (from < end && mask[from]) from++;
      let to = from;
      while (to < end && !mask[to]) to++;
      if (to - from >= k) segment(from, to);
      from = to;
    }
  }

  function segment(from: number, to: number): void {
    hashes.length = 0;
    let h = hashAt(chars, from, k);
    hashes.push(mix(h));
    for (let i = from + k; i < to; i++) {
      h = roll(h, chars.charCodeAt(i - k), weight, chars.charCodeAt(i));
      hashes.push(mix(h));
    }
    const grams = hashes.length;
    let head = 0;
    let tail = 0; // queue[head, tail) as a ring of window + 1 slots
    const size = window + 1;
    let last = -1;
    for (let g = 0; g < grams; g++) {
      // Drop larger or equal hashes from the back: the newer equal one is the rightmost minimum.
      while (tail !== head && hashes[queue[(tail - 1 + size) % size]] >= hashes[g]) tail = (tail - 1 + size) % size;
      queue[tail] = g;
      tail = (tail + 1) % size;
      if (queue[head] <= g - window) head = (head + 1) % size;
      // A full window (or the whole of a short segment, at its end) keeps its minimum.
      if (g >= window - 1 || g === grams - 1) {
        const best = queue[head];
        if (best !== last) {
          out.push(hashes[best], from + best);
          last = best;
        }
      }
    }
  }
}
