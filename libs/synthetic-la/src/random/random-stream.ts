import { cyrb128, sfc32 } from './sfc32.js';

const TWO_POW_32 = 4294967296;

/**
 * A named, seeded stream of random numbers. `fork(label)` derives an independent stream from the key alone
 * (not from how many numbers this stream has handed out), which keeps every school and pupil stable when
 * something else in the LA changes.
 */
export class RandomStream {
  private readonly nextUint32: () => number;
  private spareNormal: number | null = null;

  private constructor(readonly key: string) {
    this.nextUint32 = sfc32(cyrb128(key));
  }

  static fromSeed(seed: number, label = 'synthetic-la'): RandomStream {
    return new RandomStream(`${seed}|${label}`);
  }

  fork(...labels: (string | number)[]): RandomStream {
    return new RandomStream(`${this.key}/${labels.join('/')}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  /** Uniform integer in [min, max], both inclusive. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Picks `count` distinct items, keeping their original order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const indexes = items.map((_, index) => index);
    for (let index = indexes.length - 1; index > 0; index -= 1) {
      const swapWith = this.int(index + 1);
      [indexes[index], indexes[swapWith]] = [indexes[swapWith] as number, indexes[index] as number];
    }
    return indexes
      .slice(0, Math.min(count, items.length))
      .sort((left, right) => left - right)
      .map((index) => items[index] as T);
  }

  /** Standard normal deviate (Marsaglia polar method). */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = this.next() * 2 - 1;
      v = this.next() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * factor;
    return u * factor;
  }

  /** Log-normal with median `median` and log-scale spread `sigma`. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Poisson count with the given mean (Knuth's method; the means used here are small). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count += 1;
      product *= this.next();
    }
    return count;
  }

  /** Number of trials up to and including the first success, at least 1. */
  geometric(successProbability: number): number {
    if (successProbability >= 1) return 1;
    return 1 + Math.floor(Math.log(1 - this.next()) / Math.log(1 - successProbability));
  }
}

/** Draws from a fixed discrete distribution; weights need not sum to 1. */
export class WeightedTable<T> {
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(private readonly entries: readonly (readonly [T, number])[]) {
    let running = 0;
    this.cumulative = entries.map(([, weight]) => {
      if (weight < 0) throw new Error('Weights must not be negative');
      running += weight;
      return running;
    });
    this.total = running;
    if (this.total <= 0) throw new Error('A weighted table needs a positive total weight');
  }

  draw(random: RandomStream): T {
    const target = random.next() * this.total;
    for (let index = 0; index < this.cumulative.length; index += 1) {
      if (target < (this.cumulative[index] as number))
        return (this.entries[index] as readonly [T, number])[0];
    }
    return (this.entries[this.entries.length - 1] as readonly [T, number])[0];
  }
}
