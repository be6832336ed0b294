import { IntBuffer } from "./buffers";

/**
 * Slots of the table of first pairs: a hash of the first two code units of every term. Small, so
 * that it stays in the processor's cache: a few hundred terms fill a few hundred of its slots.
 */
const PAIR_SLOTS = 1 << 16;
const pairSlot = (c1: number, c2: number) => ((c1 * 31) ^ c2) & (PAIR_SLOTS - 1);

/**
 * Finds many fixed terms in a text in one left-to-right pass, linear in the text's length. Two
 * tables say where no term can start: one of first code units, one (hashed) of first pairs;
 * Chinese text passes the first at most places and the second at few, and only there is the trie
 * walked. At each place the longest term wins and the scan goes on after it, so 党性修养 is read
 * once, not also as 党性.
 *
 * The trie lives in typed arrays (a node's child for a code unit found in one open-addressing
 * table), so that a scan touches a few small arrays rather than objects spread over the heap.
 */
export class TermMatcher {
  /** The trie node of each first code unit, or -1. */
  private readonly firsts = new Int16Array(65536).fill(-1);
  /** 1 where some term starts with these two code units (hashed). */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
  /** Code units that are a whole term by themselves. */
  private readonly singles = new Uint8Array(65536);
  /** The term that ends at each node, or -1. */
  private readonly ends: Int32Array;
  /** Children: key (node × 65536 + code unit) and child node, by open addressing. */
  private readonly keys: Int32Array;
  private readonly children: Int32Array;
  private readonly mask: number;
  /** The terms, by the index `scan` reports. */
  readonly terms: readonly string[];

  constructor(terms: readonly string[]) {
    this.terms = terms;
    // Nodes first as maps (node 0 unused), then into the arrays.
    const next: Map<number, number>[] = [new Map()];
    const ends: number[] = [-1];
    terms.forEach((t, index) => {
      if (!t) return;
      const c0 = t.charCodeAt(0);
      let node = this.firsts[c0];
      if (node < 0) {
        node = next.length;
        next.push(new Map());
        ends.push(-1);
        this.firsts[c0] = node;
      }
      if (t.length === 1) this.singles[c0] = 1;
      else this.pairs[pairSlot(c0, t.charCodeAt(1))] = 1;
      for (let k = 1; k < t.length; k++) {
        const c = t.charCodeAt(k);
        let child = next[node].get(c);
        if (child === undefined) {
          child = next.length;
          next.push(new Map());
          ends.push(-1);
          next[node].set(c, child);
        }
        node = child;
      }
      ends[node] = index;
    });
    if (next.length >= 32767) throw new Error("too many terms for the matcher");
    this.ends = Int32Array.from(ends);
    let edges = 0;
    for (const m of next) edges += m.size;
    let size = 64;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.children = new Int32Array(size);
    next.forEach((m, node) => {
      for (const [c, child] of m) {
        const key = node * 65536 + c;
        let s = Math.imul(key, 0x9e3779b1) >>> 0;
        while (this.keys[s & this.mask] !== -1) s++;
        this.keys[s & this.mask] = key;
        this.children[s & this.mask] = child;
      }
    });
  }

  /** The child of a node for a code unit, or -1. */
  private child(node: number, c: number): number {
    const key = node * 65536 + c;
    for (let s = Math.imul(key, 0x9e3779b1) >>> 0; ; s++) {
      const k = this.keys[s & this.mask];
      if (k === key) return this.children[s & this.mask];
      if (k === -1) return -1;
    }
  }

  /** Calls `hit(term, start)` for each term found in text[from, to), leftmost-longest, without overlaps. */
  scan(text: string, from: number, to: number, hit: (term: number, start: number) => void): void {
    const found = new IntBuffer(16);
    this.scanInto(text, from, to, found);
    for (let k = 0; k < found.length; k += 2) hit(found.data[k], found.data[k + 1]);
  }

  /** The terms found in text[from, to), as `scan` finds them: term, start, … pushed onto `out`. */
  scanInto(text: string, from: number, to: number, out: IntBuffer): void {
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      const first = this.firsts[c];
      if (first < 0 || (!this.singles[c] && (i + 1 >= to || !this.pairs[pairSlot(c, text.charCodeAt(i + 1))]))) {
        i++;
        continue;
      }
      let node = first;
      let found = this.ends[first];
      let length = 1;
      for (let j = i + 1; j < to; j++) {
        node = this.child(node, text.charCodeAt(j));
        if (node < 0) break;
        if (this.ends[node] >= 0) {
          found = this.ends[node];
          length = j - i + 1;
        }
      }
      if (found < 0) {
        i++;
        continue;
      }
      out.push(found);
      out.push(i);
      i += length;
    }
  }
}
