/*
 * Pairs of adjacent Chinese characters (字对) of one block of groups, with the groups each is in:
 * what the lexical side of the correspondence (the words a measure shares with a problem) and the
 * restatement check (a cause that says a problem again) read. An open-addressing table over
 * typed arrays, reused from one block and one analysis to the next (its size follows the largest
 * block), so that a long document costs no garbage.
 */

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** The key of the pair at `i` of a text (two Han characters), or -1. */
export function pairAt(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (!isHan(a) || !isHan(b)) return -1;
  return (a - 0x3400) * 0x6c00 + (b - 0x3400);
}

/** Characters that make a pair of characters no word: particles, pronouns, numerals, time and place words. */
const LOOSE = new Uint8Array(65536);
for (const c of "的了是在和与对把被等及或也都还又很不没有为以于之其这那个次一二三四五六七八九十两几上下中内外到给让向从将所而并且我们他她它自己年月日每各全本该此再才更最") LOOSE[c.charCodeAt(0)] = 1;

/** Whether a pair (its key) has a character that makes it no word (的是, 不够's 不): such pairs are not kept. */
export const loose = (key: number) => LOOSE[Math.floor(key / 0x6c00) + 0x3400] === 1 || LOOSE[(key % 0x6c00) + 0x3400] === 1;

/** Groups listed per pair: a pair in more groups than this is common in the block, and its list is cut. */
export const POSTINGS = 8;

export class PairTable {
  private capacity = 0;
  private mask = 0;
  private keys = new Int32Array(0);
  /** Generation in which a slot was filled: slots of an older one are empty. */
  private stamps = new Int32Array(0);
  private generation = 0;
  /** Per slot: the groups it is in (document frequency) and the head of its list in `pool`. */
  private dfs = new Int32Array(0);
  private heads = new Int32Array(0);
  /** Per slot: the group that added it last (groups are added one after another). */
  private lastGroups = new Int32Array(0);
  private pool = new Int32Array(0);
  private poolSize = 0;
  /** Per slot: the round in which it was last marked (see `mark`). */
  private marks = new Int32Array(0);
  private round = 0;

  /** Empties the table for a block of about `characters` characters. */
  reset(characters: number): void {
    let capacity = 1024;
    while (capacity < characters * 2) capacity *= 2;
    if (capacity > this.capacity) {
      this.capacity = capacity;
      this.mask = capacity - 1;
      this.keys = new Int32Array(capacity);
      this.stamps = new Int32Array(capacity);
      this.dfs = new Int32Array(capacity);
      this.heads = new Int32Array(capacity);
      this.lastGroups = new Int32Array(capacity);
      this.marks = new Int32Array(capacity);
      this.generation = 0;
    }
    if (this.pool.length < characters * 2 + 16) this.pool = new Int32Array(characters * 2 + 16);
    this.poolSize = 0;
    this.generation++;
  }

  private find(key: number): number {
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      const s = h & this.mask;
      if (this.stamps[s] !== this.generation || this.keys[s] === key) return s;
      h++;
    }
  }

  /** Records that `group` holds pair `key`; returns its slot, or -1 when the group had it already. */
  add(key: number, group: number): number {
    const s = this.find(key);
    if (this.stamps[s] !== this.generation) {
      this.stamps[s] = this.generation;
      this.keys[s] = key;
      this.dfs[s] = 0;
      this.heads[s] = -1;
    }
    // Groups are added one after the other: the group is new to the pair unless it is the last listed.
    const head = this.heads[s];
    if (this.dfs[s] > 0 && this.lastGroups[s] === group) return -1;
    this.lastGroups[s] = group;
    this.dfs[s]++;
    if (this.dfs[s] <= POSTINGS) {
      const p = this.poolSize;
      this.pool[p] = group;
      this.pool[p + 1] = head;
      this.heads[s] = p;
      this.poolSize += 2;
    }
    return s;
  }

  /** Starts a new round of marks: the slots of one sentence, say. */
  newRound(): void {
    this.round++;
  }

  /** Marks a slot in this round; false when it was marked in it already. */
  mark(slot: number): boolean {
    if (this.marks[slot] === this.round) return false;
    this.marks[slot] = this.round;
    return true;
  }

  /** Whether a slot was marked in this round. */
  marked(slot: number): boolean {
    return this.marks[slot] === this.round;
  }

  /** The slot of a pair, or -1 when no group of the block has it. */
  slotOf(key: number): number {
    const s = this.find(key);
    return this.stamps[s] === this.generation ? s : -1;
  }

  /** In how many groups of the block the pair of a slot is. */
  df(slot: number): number {
    return this.dfs[slot];
  }

  key(slot: number): number {
    return this.keys[slot];
  }

  /**
   * The groups listed for a slot (all of them when df ≤ POSTINGS), as a cursor:
   * `for (let c = t.first(slot); c >= 0; c = t.next(c)) t.group(c)`.
   */
  first(slot: number): number {
    return this.heads[slot];
  }

  next(cursor: number): number {
    return this.pool[cursor + 1];
  }

  group(cursor: number): number {
    return this.pool[cursor];
  }

  /** Whether `group` is listed for a slot. */
  has(slot: number, group: number): boolean {
    for (let p = this.heads[slot]; p >= 0; p = this.pool[p + 1]) if (this.pool[p] === group) return true;
    return false;
  }
}
