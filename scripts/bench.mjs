// `npm run bench`: runs every benchmark in bench/ (each a standalone script) and prints one
// table of medians and ratios. A benchmark reports rows by printing lines of the form
//   BENCH {"group":"parse","name":"parsePolicy","median":0.012,"unit":"ms","baseline":"zod jitless","ratio":0.41}
// Benchmarks are never pass/fail: budgets are reported next to the measurement.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync('bench')
  .filter((f) => /\.bench\.(ts|mts|mjs)$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();
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
      median: `${Number(row.median).toPrecision(4)} ${row.unit}`,
      baseline: row.baseline ?? '',
      ratio: row.ratio == null ? '' : `${Number(row.ratio).toFixed(2)}×`,
      budget: row.budget ?? '',
    });
  }
}
console.table(rows);
