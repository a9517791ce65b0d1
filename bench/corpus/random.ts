/**
 * A small seeded random source (mulberry32): the same seed gives the same
 * sequence on every machine and Node version, which is what makes a corpus
 * reproducible. Not for anything security-related.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `n` distinct items, in random order (all of them when n ≥ length). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const k = Math.min(n, copy.length);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, k);
  }

  /** A child source for one part of the corpus, so adding draws elsewhere does not shift it. */
  fork(label: string): Random {
    let h = this.state ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Random(h >>> 0);
  }
}

/**
 * Draws indexes 0…n-1 with probability ∝ 1/(rank+1)^s: a few very popular
 * items and a long tail, as organizations are in real reports.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(readonly n: number, readonly s: number) {
    if (n < 1) throw new RangeError('ZipfSampler needs at least one item');
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      this.cumulative[i] = sum;
    }
    for (let i = 0; i < n; i++) this.cumulative[i]! /= sum;
  }

  draw(rng: Random): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `k` distinct indexes (fewer if n < k). */
  drawDistinct(rng: Random, k: number, exclude: ReadonlySet<number> = new Set()): number[] {
    const out = new Set<number>();
    const want = Math.min(k, this.n - exclude.size);
    for (let tries = 0; out.size < want && tries < want * 50; tries++) {
      const i = this.draw(rng);
      if (!exclude.has(i)) out.add(i);
    }
    return [...out];
  }
}
