/**
 * A growable array of 32-bit integers, reused from one analysis to the next: the correspondence
 * keeps what it reads of every group (terms found, sentences, character pairs) in a few of these
 * rather than in thousands of small arrays, so that a long document leaves little to collect.
 * Read `data` again after a push: growing replaces it.
 */
export class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** Empties the buffer and makes room for `capacity` numbers. */
  reset(capacity = 0): void {
    this.length = 0;
    if (capacity > this.data.length) this.data = new Int32Array(capacity);
  }

  push(x: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = x;
  }

  private grow(): void {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

/** The same for 64-bit floats, used at a fixed size (`reset` gives zeros). */
export class FloatBuffer {
  data = new Float64Array(1024);

  reset(size: number): void {
    if (size > this.data.length) this.data = new Float64Array(Math.max(size, this.data.length * 2));
    else this.data.fill(0, 0, size);
  }
}
