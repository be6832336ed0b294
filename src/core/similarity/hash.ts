/*
 * Hashing of k-grams (runs of k compared characters): a polynomial rolling hash modulo 2^32, so
 * that each next gram costs one step, then mixed (MurmurHash3's finaliser) so that the minimum of
 * a window is a fair pick, not biased to characters with small codes.
 */

const BASE = 0x01000193;

/** BASE^(k-1) modulo 2^32: what the outgoing character weighs. */
export function outgoingWeight(k: number): number {
  let w = 1;
  for (let i = 1; i < k; i++) w = Math.imul(w, BASE);
  return w;
}

/** The hash after `c` comes in (and `out` leaves, weighted by outgoingWeight). */
export function roll(h: number, out: number, outWeight: number, c: number): number {
  return (Math.imul(h - Math.imul(out, outWeight), BASE) + c) | 0;
}

/** The hash of text[from, from + k). */
export function hashAt(text: string, from: number, k: number): number {
  let h = 0;
  for (let i = from; i < from + k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A set of 32-bit hashes, by open addressing: Set<number> boxes numbers past 2^30. */
export class HashSet {
  private slots: Int32Array;
  private used: Uint8Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.used = new Uint8Array(size);
  }

  get size(): number {
    return this.count;
  }

  add(h: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      if (!this.used[s]) {
        this.used[s] = 1;
        this.slots[s] = h;
        this.count++;
        return;
      }
      if (this.slots[s] === (h | 0)) return;
    }
  }

  has(h: number): boolean {
    const mask = this.slots.length - 1;
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      if (!this.used[s]) return false;
      if (this.slots[s] === (h | 0)) return true;
    }
  }

  private grow(): void {
    const { slots, used } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.used = new Uint8Array(slots.length * 2);
    this.count = 0;
    for (let s = 0; s < slots.length; s++) if (used[s]) this.add(slots[s]);
  }
}
