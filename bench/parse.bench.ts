// Parse throughput of `parsePolicy` on a ~22 KB generated policy, next to baselines
// measured in the same process: zod 4 with `jitless: true` (what a CSP without
// 'unsafe-eval' gets), zod 4 default (compiles parsers with `new Function`), and our
// valibot schema alone (without the nesting walk, the document-wide rules and the
// issue conversion that `parsePolicy` adds). The zod schemas carry the same per-value
// rules (patterns, calendar-date and URL refinements); none of the baselines checks
// unique ids, dangling #links or depth limits. Run: `npm run bench parse`.
import * as v from 'valibot';
import { z } from 'zod';
import { safeParsePolicy } from '../packages/sdk/src/document/parse-policy';
import { policySchemas } from '../packages/sdk/src/document/policy-schema';
import type { PolicyDocument } from '../packages/sdk/src/document/policy-types';
import { generatePolicy } from '../test/fixtures/generate-policy';
import { median, report, sample } from './report';
import { makeZodSchema } from './zod-policy-schema';

// zod reads `jitless` when a schema is built, so one of each can live side by side.
z.config({ jitless: true });
const zodJitless = makeZodSchema();
z.config({ jitless: false });
const zodDefault = makeZodSchema();

/**
 * Median operations per second of each candidate. The candidates take turns, one
 * short batch of ~`roundMs` each per round, so a neighbour process stealing the CPU for a
 * while slows all of them alike instead of whichever happened to run then.
 */
function compare(
  candidates: Record<string, () => unknown>,
  rounds = 41,
  roundMs = 20,
): Record<string, number> {
  const batches: Record<string, number> = {};
  for (const [name, fn] of Object.entries(candidates)) {
    let batch = 1;
    for (;;) {
      const start = performance.now();
      for (let i = 0; i < batch; i++) fn();
      const elapsed = performance.now() - start;
      if (elapsed > roundMs / 4) {
        batches[name] = Math.max(1, Math.round((batch * roundMs) / elapsed));
        break;
      }
      batch *= 2;
    }
  }
  const samples: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(candidates)) {
      const batch = batches[name]!;
      const start = performance.now();
      for (let i = 0; i < batch; i++) fn();
      (samples[name] ??= []).push((batch * 1000) / (performance.now() - start));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
}

/** The valid document, broken in many places: every few sections a bad id, link, date or block. */
function breakDocument(doc: PolicyDocument): unknown {
  const broken = structuredClone(doc) as unknown as Record<string, unknown>;
  broken.lastUpdated = '2023-02-29';
  const sections = broken.sections as Record<string, unknown>[];
  sections.forEach((section, i) => {
    if (i % 2 === 0) section.id = `Section ${i}`;
    const blocks = section.blocks as Record<string, unknown>[];
    if (i % 3 === 0)
      blocks[0] = {
        type: 'paragraph',
        text: ['x', { type: 'link', href: 'javascript:alert(1)', text: 'x' }],
      };
    if (i % 4 === 0) blocks.push({ type: 'table' });
  });
  return broken;
}

function checkAgreement(doc: unknown, expectValid: boolean): number {
  const ours = safeParsePolicy(doc);
  const zj = zodJitless.safeParse(doc);
  if (
    ours.success !== expectValid ||
    zj.success !== expectValid ||
    zodDefault.safeParse(doc).success !== expectValid
  ) {
    throw new Error(`baselines disagree on validity (ours ${ours.success}, zod ${zj.success})`);
  }
  return ours.success ? 0 : ours.issues.length;
}

const TARGET = 'ratio ≥ 1× zod jitless';
const valid = generatePolicy({ sections: 17, seed: 22 });
const json = JSON.stringify(valid);
const invalid = breakDocument(valid);
checkAgreement(valid, true);
const issueCount = checkAgreement(invalid, false);

report({ group: 'parse', name: 'document size', median: json.length / 1024, unit: 'KB' });

for (const [label, doc] of [
  ['valid', valid],
  [`invalid (${issueCount} issues)`, invalid],
] as const) {
  const group = `parse ${label}`;
  const ops = compare({
    zodJitless: () => zodJitless.safeParse(doc),
    zodDefault: () => zodDefault.safeParse(doc),
    valibot: () => v.safeParse(policySchemas().document, doc),
    ours: () => safeParsePolicy(doc),
  });
  const {
    zodJitless: zodJitlessOps,
    zodDefault: zodDefaultOps,
    valibot: valibotOps,
    ours: oursOps,
  } = ops as Record<'zodJitless' | 'zodDefault' | 'valibot' | 'ours', number>;
  report({ group, name: 'zod 4 jitless (CSP-safe)', median: zodJitlessOps, unit: 'ops/s' });
  report({
    group,
    name: 'zod 4 default (new Function)',
    median: zodDefaultOps,
    unit: 'ops/s',
    baseline: 'zod 4 jitless',
    ratio: zodDefaultOps / zodJitlessOps,
  });
  report({
    group,
    name: 'valibot schema alone',
    median: valibotOps,
    unit: 'ops/s',
    baseline: 'zod 4 jitless',
    ratio: valibotOps / zodJitlessOps,
  });
  report({
    group,
    name: 'parsePolicy',
    median: oursOps,
    unit: 'ops/s',
    baseline: 'zod 4 jitless',
    ratio: oursOps / zodJitlessOps,
    budget: TARGET,
  });
  report({
    group,
    name: 'parsePolicy vs valibot alone',
    median: oursOps,
    unit: 'ops/s',
    baseline: 'valibot schema alone',
    ratio: oursOps / valibotOps,
  });
}

// What the viewer pays to validate its largest benchmark document before rendering.
const large = generatePolicy({ sections: 1000, seed: 1000 });
checkAgreement(large, true);
report({
  group: 'parse 1000 sections',
  name: `parsePolicy (${(JSON.stringify(large).length / 1024 / 1024).toFixed(1)} MB)`,
  median: median(sample(() => safeParsePolicy(large), 15, 3)),
  unit: 'ms',
});
