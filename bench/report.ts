/** One benchmark row, printed in the form `scripts/bench.mjs` collects into its table. */
export interface BenchRow {
  group: string;
  name: string;
  median: number;
  unit: 'ms' | 'µs' | 'ops/s' | 'KB';
  baseline?: string;
  /** This measure divided by the baseline's (lower is better for times, higher for ops/s). */
  ratio?: number;
  /** The target from the issue, in words, e.g. "≤ 0.5× raw Radix". */
  budget?: string;
}

export function report(row: BenchRow): void {
  console.log(`BENCH ${JSON.stringify(row)}`);
}

/** Median of a list of samples. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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
