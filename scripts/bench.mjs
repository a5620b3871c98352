// `npm run bench`: runs every benchmark in bench/ (each a standalone script) and prints one
// table of medians, quartiles and ratios. A benchmark reports rows by printing lines of the form
//   BENCH {"group":"parse","name":"parsePolicy","median":0.012,"unit":"ms","baseline":"zod jitless","ratio":0.41}
// Benchmarks are never pass/fail: budgets are reported next to the measurement, with a verdict
// that says "within noise" when the quartiles straddle the budget, so no gain smaller than the
// noise is ever read as met (or missed).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync('bench')
  .filter((f) => /\.bench\.(ts|mts|mjs)$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();
const number = (value) => Number(value).toPrecision(4);

/** met / missed / within noise, comparing the budget with the measure's quartile range. */
function verdict(row) {
  if (row.budgetLimit == null) return '';
  const [low, value, high] =
    row.budgetOf === 'ratio'
      ? [row.ratioRange?.[0] ?? row.ratio, row.ratio, row.ratioRange?.[1] ?? row.ratio]
      : [row.q1 ?? row.median, row.median, row.q3 ?? row.median];
  // Lower is better for times and ratios of times; higher for throughput.
  const higherIsBetter = row.unit === 'ops/s' || row.unit === 'req/s';
  const meets = (x) => (higherIsBetter ? x >= row.budgetLimit : x <= row.budgetLimit);
  if (meets(low) && meets(high)) return 'met';
  if (!meets(low) && !meets(high)) return 'missed';
  return meets(value) ? 'met, within noise' : 'missed, within noise';
}

const rows = [];
for (const file of files) {
  console.error(`bench: ${file} …`);
  const run = spawnSync('npx', ['--no-install', 'tsx', `bench/${file}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(`bench: ${file} failed\n${run.stderr}`);
    process.exitCode = 1;
  }
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('BENCH ')) continue;
    const row = JSON.parse(line.slice(6));
    rows.push({
      bench: file.replace(/\.bench\.\w+$/, ''),
      group: row.group,
      measure: row.name,
      median: `${number(row.median)} ${row.unit}`,
      IQR: row.q1 == null ? '' : `${number(row.q1)}–${number(row.q3)}`,
      baseline: row.baseline ?? '',
      ratio: row.ratio == null ? '' : `${Number(row.ratio).toFixed(2)}×`,
      'ratio range': row.ratioRange
        ? `${row.ratioRange[0].toFixed(2)}–${row.ratioRange[1].toFixed(2)}×`
        : '',
      budget: row.budget ?? '',
      verdict: verdict(row),
    });
  }
}
console.table(rows);
