import { createHash } from 'node:crypto';

/** A 32-bit hash of the parts, so every stream of numbers is keyed by what it is for, not by call order. */
export function hash32(...parts: (string | number)[]): number {
  return createHash('sha1').update(parts.join('\u001f')).digest().readUInt32LE(0);
}

/**
 * mulberry32: small, fast and good enough for sample data. Math.random is never used, so the same seed number
 * always yields the same England.
 */
export class Random {
  private state: number;

  constructor(...key: (string | number)[]) {
    this.state = hash32(...key);
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** One key, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [key, weight] of entries) {
      target -= weight;
      if (target < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/** Whole counts for each key that sum to `total`, by largest remainder: 88/10/2 of 150 is exactly 132/15/3. */
export function apportion<K extends string>(weights: Readonly<Record<K, number>>, total: number): Map<K, number> {
  const entries = Object.entries(weights) as [K, number][];
  const sum = entries.reduce((acc, [, weight]) => acc + weight, 0);
  const exact = entries.map(([key, weight]) => ({ key, value: (weight / sum) * total }));
  const counts = new Map(exact.map(({ key, value }) => [key, Math.floor(value)]));
  let left = total - [...counts.values()].reduce((acc, count) => acc + count, 0);
  const byRemainder = [...exact].sort((a, b) => (b.value % 1) - (a.value % 1));
  for (const { key } of byRemainder) {
    if (left <= 0) break;
    counts.set(key, counts.get(key)! + 1);
    left -= 1;
  }
  return counts;
}
