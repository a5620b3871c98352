/** One benchmark row, printed in the form `scripts/bench.mjs` collects into its table. */
export interface BenchRow {
  group: string;
  name: string;
  median: number;
  unit: 'ms' | 'µs' | 'ops/s' | 'KB' | 'req/s';
  /** The spread of the samples: first and third quartile (same unit as `median`). */
  q1?: number;
  q3?: number;
  baseline?: string;
  /** This measure divided by the baseline's (lower is better for times, higher for ops/s). */
  ratio?: number;
  /**
   * How far the ratio can move with the noise of the two measures: the ratio of the quartiles
   * taken against each other (this one's q1 over the baseline's q3, and q3 over q1).
   */
  ratioRange?: [number, number];
  /** The target from the issue, in words, e.g. "≤ 0.5× raw Radix". */
  budget?: string;
  /**
   * The budget as a number, compared with `ratio` when `budgetOf` is 'ratio' and with `median`
   * otherwise; with it the table says whether the budget is met, missed, or within the noise.
   */
  budgetLimit?: number;
  budgetOf?: 'ratio' | 'median';
}

export function report(row: BenchRow): void {
  console.log(`BENCH ${JSON.stringify(row)}`);
}

/** The q-quantile of sorted samples, interpolated linearly between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Median of a list of samples. */
export function median(samples: readonly number[]): number {
  return quantile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
}

/** Median and quartiles of a list of samples. */
export interface Spread {
  median: number;
  q1: number;
  q3: number;
}

export function spread(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/**
 * The row fields for `ours` measured against `base`: the ratio of medians and the range the
 * ratio spans within the two measures' quartiles (so a reader sees when a claimed gain is
 * smaller than the noise).
 */
export function versus(ours: Spread, base: Spread): Pick<BenchRow, 'ratio' | 'ratioRange'> {
  return { ratio: ours.median / base.median, ratioRange: [ours.q1 / base.q3, ours.q3 / base.q1] };
}

/** Runs `fn` `rounds` times after `warmup` untimed runs; returns per-run milliseconds. */
export function sample(fn: () => void, rounds = 30, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}
