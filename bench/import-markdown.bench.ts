// Markdown import cost on real-shaped policies (bench/real-shaped-policy.ts: sections dense with
// bold and links, `*` bullets with nested items, a cookie table per section, rules, images,
// anchors) of 256 KB, 512 KB, 1 MB and 2 MB: `importMarkdown` whole, and markdown-it's parse
// alone, with the growth from each size to the next as a ratio (linear: 2× input → ≤ 2.2×
// time). micromark (mdast-util-from-markdown with GFM), the parser the importer used before,
// is measured beside markdown-it at 128 KB and 256 KB: it grew ~4.6× per doubling of one long
// paragraph and ~3× per doubling of a nested list here, the reason it was replaced.
// Run: `npm run bench import-markdown`.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { importMarkdown } from '../packages/sdk/src/markdown/index';
import { parseMarkdown } from '../packages/sdk/src/markdown/parse-markdown';
import { realShapedPolicy } from './real-shaped-policy';
import { report, sample, spread, versus } from './report';

const KB = 1024;
const sizes = [256 * KB, 512 * KB, 1024 * KB, 2048 * KB];
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

/** Per-run CPU milliseconds of this process (user + system): what a loaded machine's wall clock hides. */
function cpuSample(fn: () => void, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}

let previous: ReturnType<typeof spread> | undefined;
let previousCpu: ReturnType<typeof spread> | undefined;
for (const size of sizes) {
  const source = realShapedPolicy(size);
  const label = `${Math.round(source.length / KB)} KB`;
  const whole = spread(
    sample(
      () => importMarkdown(source, { onWarning: () => {}, maxLength: 4 * 1024 * KB }),
      rounds,
      2,
    ),
  );
  const parse = spread(sample(() => parseMarkdown(source), rounds, 2));
  report({
    group: 'importMarkdown, real-shaped policy',
    name: `importMarkdown ${label}`,
    ...whole,
    unit: 'ms',
    ...(previous
      ? { baseline: 'the size before (half as large)', ...versus(whole, previous) }
      : {}),
    ...(previous
      ? { budget: '≤ 2.2× for 2× input', budgetLimit: 2.2, budgetOf: 'ratio' as const }
      : {}),
    ...(size === 1024 * KB
      ? { budget: '< 1000 ms for 1 MB', budgetLimit: 1000, budgetOf: 'median' as const }
      : {}),
  });
  report({
    group: 'importMarkdown, real-shaped policy',
    name: `markdown-it parse ${label}`,
    ...parse,
    unit: 'ms',
  });
  const cpu = spread(
    cpuSample(
      () => importMarkdown(source, { onWarning: () => {}, maxLength: 4 * 1024 * KB }),
      rounds,
      1,
    ),
  );
  report({
    group: 'importMarkdown, real-shaped policy (CPU time)',
    name: `importMarkdown ${label}, CPU ms`,
    ...cpu,
    unit: 'ms',
    ...(previousCpu
      ? { baseline: 'the size before (half as large)', ...versus(cpu, previousCpu) }
      : {}),
  });
  previous = whole;
  previousCpu = cpu;
}

let micromarkPrevious: ReturnType<typeof spread> | undefined;
for (const size of [128 * KB, 256 * KB]) {
  const source = realShapedPolicy(size);
  const label = `${Math.round(source.length / KB)} KB`;
  const micromark = spread(
    sample(
      () => fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
      3,
      1,
    ),
  );
  const markdownIt = spread(sample(() => parseMarkdown(source), 3, 1));
  report({
    group: 'parsers, real-shaped policy',
    name: `micromark + GFM ${label}`,
    ...micromark,
    unit: 'ms',
    baseline: 'markdown-it, same input',
    ...versus(micromark, markdownIt),
  });
  if (micromarkPrevious) {
    report({
      group: 'parsers, real-shaped policy',
      name: `micromark growth ${label} vs half`,
      median: micromark.median / micromarkPrevious.median,
      unit: 'ms',
    });
  }
  micromarkPrevious = micromark;
}
