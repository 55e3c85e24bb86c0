import { apportion, Random } from './random';

/**
 * Area-level proportions are drawn as quotas over the whole national list rather than independently per area:
 * 150 areas then match a §5 figure exactly (88/10/2 of 150 is 132/15/3), while each area's draw still depends
 * only on the seed number and its code, so a run of the first N areas is a true subset of the national run.
 */
export class Quotas {
  constructor(
    private readonly seedNumber: number,
    private readonly codes: readonly string[],
  ) {}

  /** The first `count` codes of `among` in this stream's seeded order, codes in `forced` going first. */
  first(
    stream: string,
    count: number,
    among: readonly string[] = this.codes,
    forced?: ReadonlySet<string>,
  ): Set<string> {
    const order = this.order(stream, among);
    const ranked = forced ? [...order.filter((c) => forced.has(c)), ...order.filter((c) => !forced.has(c))] : order;
    return new Set(ranked.slice(0, Math.max(count, forced?.size ?? 0)));
  }

  chosen(
    stream: string,
    share: number,
    among: readonly string[] = this.codes,
    forced?: ReadonlySet<string>,
  ): Set<string> {
    return this.first(stream, Math.round(share * among.length), among, forced);
  }

  /** Each code of `among` gets one key, in counts proportional to the weights. */
  split<K extends string>(stream: string, weights: Readonly<Record<K, number>>, among: readonly string[] = this.codes) {
    const result = new Map<string, K>();
    const order = this.order(stream, among);
    let position = 0;
    for (const [key, count] of apportion(weights, among.length)) {
      for (const code of order.slice(position, position + count)) result.set(code, key);
      position += count;
    }
    return result;
  }

  /** Shuffling 150 codes is cheap, so orders are not cached; the same stream always gives the same order. */
  private order(stream: string, among: readonly string[]): string[] {
    return new Random(this.seedNumber, 'quota', stream).shuffle(among);
  }
}
