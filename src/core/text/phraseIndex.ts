/** A node of the trie: the phrase that ends here, and the nodes for the next code unit. */
interface TrieNode {
  word: string | null;
  next: Map<number, TrieNode> | null;
}

const NONE: readonly string[] = Object.freeze([]);

/** The first two code units of a phrase, hashed into a table (a Bloom filter of one hash). */
const PAIR_SLOTS = 1 << 20;
const pairSlot = (c1: number, c2: number) => ((c1 << 10) ^ c2) & (PAIR_SLOTS - 1);

/**
 * Finds a fixed set of phrases in a text in one pass, linear in its length: tables say which
 * characters (and pairs of characters) start some phrase, and from those a trie (one node per code
 * unit) is walked as far as the text follows some phrase. Faster than one RegExp of a few hundred alternatives, which
 * tries them in turn at many positions. Phrases are matched as they are (no folding, no patterns).
 */
export class PhraseIndex {
  /** 1 where a phrase starts with this UTF-16 code unit: most positions go no further. */
  private readonly starts = new Uint8Array(65536);
  /** 1 where some phrase may start with these two code units (or is one unit long): most of the rest stop here. */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
  private readonly singles = new Uint8Array(65536);
  private readonly root: TrieNode = { word: null, next: new Map() };

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      if (p.length === 0) continue;
      this.starts[p.charCodeAt(0)] = 1;
      if (p.length === 1) this.singles[p.charCodeAt(0)] = 1;
      else this.pairs[pairSlot(p.charCodeAt(0), p.charCodeAt(1))] = 1;
      let node = this.root;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        node.next ??= new Map();
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { word: null, next: null }));
        node = child;
      }
      node.word = p;
    }
  }

  /** The phrases that stand at `i` in `text`, longest first. */
  at(text: string, i: number): readonly string[] {
    const c = text.charCodeAt(i);
    if (!this.starts[c] || (!this.singles[c] && !this.pairs[pairSlot(c, text.charCodeAt(i + 1))])) return NONE;
    let found: string[] | null = null;
    let node: TrieNode | undefined = this.root;
    for (let j = i; j < text.length && node.next; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.word !== null) (found ??= []).unshift(node.word);
    }
    return found ?? NONE;
  }

  /**
   * Calls `hit` at each position where some phrase starts, left to right, with the phrases there
   * (longest first). `hit` returns where to go on: the end of what it took, or -1 to go on at the
   * next character (none of them counted there).
   */
  scan(text: string, hit: (phrases: readonly string[], start: number) => number): void {
    const { starts } = this;
    for (let i = 0; i < text.length; ) {
      if (!starts[text.charCodeAt(i)]) {
        i++;
        continue;
      }
      const found = this.at(text, i);
      if (found.length === 0) {
        i++;
        continue;
      }
      const next = hit(found, i);
      i = next > i ? next : i + 1;
    }
  }
}
