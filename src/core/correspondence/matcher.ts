import { IntBuffer } from "./buffers";

/** A node of the trie: the term that ends here (-1: none) and the nodes for the next code unit. */
interface TrieNode {
  term: number;
  next: Map<number, TrieNode> | null;
}

/** Slots of the table of first pairs: a hash of the first two code units of every term. */
const PAIR_SLOTS = 1 << 20;
const pairSlot = (c1: number, c2: number) => ((c1 << 10) ^ c2) & (PAIR_SLOTS - 1);

/**
 * Finds many fixed terms in a text in one left-to-right pass, linear in the text's length. Two
 * tables say where no term can start: one of first code units, one (hashed) of first pairs;
 * Chinese text passes the first at most places and the second at few, and only there is the trie
 * walked. At each place the longest term wins and the scan goes on after it, so 党性修养 is read
 * once, not also as 党性.
 */
export class TermMatcher {
  private readonly firsts: (TrieNode | undefined)[] = new Array(65536);
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
  /** Code units that are a whole term by themselves. */
  private readonly singles = new Uint8Array(65536);
  /** The terms, by the index `scan` reports. */
  readonly terms: readonly string[];

  constructor(terms: readonly string[]) {
    this.terms = terms;
    terms.forEach((t, index) => {
      if (!t) return;
      const c0 = t.charCodeAt(0);
      let node = (this.firsts[c0] ??= { term: -1, next: null });
      if (t.length === 1) this.singles[c0] = 1;
      else this.pairs[pairSlot(c0, t.charCodeAt(1))] = 1;
      for (let k = 1; k < t.length; k++) {
        const c = t.charCodeAt(k);
        node.next ??= new Map();
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { term: -1, next: null }));
        node = child;
      }
      node.term = index;
    });
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
      if (first === undefined || (!this.singles[c] && (i + 1 >= to || !this.pairs[pairSlot(c, text.charCodeAt(i + 1))]))) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = first;
      let found = first.term;
      let length = 1;
      for (let j = i + 1; j < to && node.next; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (!node) break;
        if (node.term >= 0) {
          found = node.term;
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
