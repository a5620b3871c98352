// Markdown import cost: `importMarkdown` on the CTT seed (~6 KB of Markdown) and on a
// ~23 KB policy made of four copies of its sections under fresh ids, next to the parts it
// is built on, measured in the same process and interleaved run by run (so a neighbour
// process stealing the CPU slows all of them alike): micromark with the GFM table extension
// (exactly the parse the importer does), `yaml` on the front matter, and `parsePolicy` on
// the resulting document. What is left is the importer's own work: conversion, ids and
// the line map. Run: `npm run bench import-markdown`.
import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseDocument } from 'yaml';
import { importMarkdown } from '../packages/sdk/src/markdown/index';
import { parsePolicy } from '../packages/sdk/src/document/parse-policy';
import { median, report } from './report';

const seed = readFileSync(
  new URL('../test/fixtures/policies/ctt-privacy.id.md', import.meta.url),
  'utf8',
);
const [, frontMatter = '', yaml = '', body = ''] =
  /^(---\n([\s\S]*?)\n---\n)([\s\S]*)$/.exec(seed) ?? [];
const copies = [1, 2, 3, 4].map((n) =>
  body.replace(/\{#([a-z0-9-]+)\}/g, `{#$1-${n}}`).replace(/\(#([a-z0-9-]+)\)/g, `(#$1-${n})`),
);
const large = frontMatter + copies.join('\n');

/** Runs each candidate once per round, in turn; returns the median milliseconds of each. */
function interleaved(candidates: Record<string, () => unknown>, rounds = 80, warmup = 15) {
  const times: Record<string, number[]> = {};
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [name, fn] of Object.entries(candidates)) {
      const start = performance.now();
      fn();
      const elapsed = performance.now() - start;
      if (round >= warmup) (times[name] ??= []).push(elapsed);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
}

for (const [label, source] of [
  ['CTT seed', seed],
  ['~23 KB policy', large],
] as const) {
  const kb = Math.round(Buffer.byteLength(source) / 102.4) / 10;
  const document = importMarkdown(source);
  const result = interleaved({
    importMarkdown: () => importMarkdown(source),
    micromark: () =>
      fromMarkdown(source, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }),
    yaml: () => parseDocument(yaml, { schema: 'core' }),
    parsePolicy: () => parsePolicy(document),
  });
  const group = `importMarkdown, ${label} (${kb} KB)`;
  const micromark = result.micromark!;
  report({
    group,
    name: 'importMarkdown',
    median: result.importMarkdown!,
    unit: 'ms',
    baseline: 'micromark parse alone',
    ratio: result.importMarkdown! / micromark,
  });
  report({
    group,
    name: 'micromark + GFM tables (fromMarkdown) alone',
    median: micromark,
    unit: 'ms',
  });
  report({ group, name: 'yaml front matter alone', median: result.yaml!, unit: 'ms' });
  report({ group, name: 'parsePolicy on the result', median: result.parsePolicy!, unit: 'ms' });
}
