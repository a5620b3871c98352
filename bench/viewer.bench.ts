// `<PolicyViewer>` side by side with raw Radix Accordion and native `<details>` on the same
// generated documents (10 / 100 / 1000 sections: a title, a summary, a ~300-character
// paragraph and 5 bullets each, every 5th with two subsections) and on the seed policies,
// in one run. Not a test and not a CI gate: medians, ratios and the budgets.
//
//  1. renderToString in Node: the viewer (every word of every collapsed section in the HTML)
//     vs raw Radix with `forceMount` (the only way Radix puts closed text in the HTML) —
//     budget ≤ 0.8× — and vs Radix without it, `<details>` and the Radix-items floor (below).
//  2. Mount in Chromium: `flushSync(root.render(…))` — render, commit, layout effects and
//     the synchronous work they cause — vs raw Radix (closed items out of the DOM, and
//     `forceMount`) and `<details>`; budget ≤ 0.45× raw Radix at 1000 (0.5× with room for new
//     block types), and growth from 100 to 1000 ≤ 11× (native `<details>` grows ~10×). At 1000 also the same plus the browser's style and
//     layout, and until React's scheduler is idle (follow-up renders, e.g. Radix registering
//     triggers in its collections). "Radix items only" is a floor, not an alternative: the
//     Radix parts the viewer is made of (Item, Trigger; 16 sections per Root) with no
//     text at all.
//  3. Click, opening one of 30 or 1000 sections, at a seeded point within a frame (as a
//     reader's click lands): `button.click()` until the DOM shows it open, draining microtasks
//     first (React commits a click's update in one) — budget < 8 ms at 1000 — and until the
//     next frame is painted, what the reader sees — budget < 16 ms (one frame) at 1000, < 8 ms
//     at 30.
//  4. Search keystroke over 1000 sections, typing "consent" a key at a time 60 ms apart: input
//     event → committed, median — budget < 16 ms — vs the naive filter an app would write (raw
//     Radix items or `<details>`, all re-rendered on every key); for the viewer also all the
//     work one key causes including the slices it defers (32 sections per task), and the time
//     until the last of them is committed.
//
// Both halves are bundled with esbuild as production code (process.env.NODE_ENV
// "production": React's production build, the viewer without development validation). The
// Node half (bench/viewer/ssr.tsx) loads React, Radix and i18next as packages, as a server
// does. The browser half (bench/viewer/page.tsx: viewer, baselines and the real stylesheet in
// one bundle) is served on 127.0.0.1 and driven by Playwright. Candidates take turns within
// each round, the order rotating, so background load on a shared machine hits all of them
// alike; warm-up rounds are thrown away. Every row has its quartiles, every ratio the range it
// spans within them, and every budget a verdict that says when the noise is larger than the
// margin (scripts/bench.mjs).
//
// "1000 rich" is the 1000-section document with the blocks real policies have (generatePolicy
// `richBlocks`: 700 tables, lists three deep with items of two paragraphs, 140 images), and
// the baselines render them as an app would (caption, th scope, block cells, figures), so
// its ratios (budget ≤ 0.5× raw Radix for mount, issue 12) compare the same content.
//
// Run: `npm run bench viewer` (about five minutes). VIEWER_BENCH=mount,click runs only those
// parts (ssr, mount, click, search); VIEWER_BENCH_DOCS="1000,1000 rich" only those documents.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path.mjs';
import { report, spread, versus } from './report';
import type { Candidate, SearchCandidate } from './viewer/candidates';
import type * as SsrModule from './viewer/ssr';
import type { KeystrokeTimes, MountTimes } from './viewer/page';

const SIZES = ['10', '100', '1000'] as const;
/** 1000 sections with tables, rich list items and images (generatePolicy `richBlocks`). */
const RICH = '1000 rich';
const quartiles = (samples: readonly number[]) => {
  const { median: m, q1, q3 } = spread(samples);
  return { median: m, q1, q3 };
};
const SEEDS = ['seed: CTT (id)', 'seed: BTN CX (en)'] as const;
const LABEL: Record<Candidate | SearchCandidate, string> = {
  viewer: 'PolicyViewer',
  radix: 'raw Radix',
  'radix-force': 'raw Radix forceMount',
  details: 'native <details>',
  'radix-items': 'Radix items only, no text (floor)',
  'naive-radix': 'naive filter, raw Radix',
  'naive-details': 'naive filter, <details>',
};
const INSTANT = 'instant (< 16 ms)';
const parts = new Set((process.env.VIEWER_BENCH ?? 'ssr,mount,click,search').split(','));
/** VIEWER_BENCH_DOCS="1000,1000 rich" measures only those documents in renderToString and mount. */
const onlyDocs = process.env.VIEWER_BENCH_DOCS?.split(',');
const docsOf = (docs: readonly string[]) =>
  onlyDocs ? docs.filter((doc) => onlyDocs.includes(doc)) : docs;
const production = { 'process.env.NODE_ENV': '"production"' };
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Rounds of `candidates` taking turns (order rotating each round); per-candidate samples. */
async function interleave<C extends string, T>(
  candidates: readonly C[],
  rounds: number,
  run: (candidate: C) => Promise<T>,
  warmup = 1,
): Promise<Record<C, T[]>> {
  const samples = Object.fromEntries(candidates.map((c) => [c, [] as T[]])) as Record<C, T[]>;
  for (let round = 0; round < warmup + rounds; round++) {
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[(round + i) % candidates.length]!;
      const result = await run(candidate);
      if (round >= warmup) samples[candidate].push(result);
    }
  }
  return samples;
}

// ——— 1. renderToString in Node ———
if (parts.has('ssr')) {
  // Inside the repository, so Node finds the packages the bundle leaves out.
  const dir = source('../node_modules/.cache/policykit-viewer-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `ssr-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [source('./viewer/ssr.tsx')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      jsx: 'automatic',
      define: production,
      external: ['react', 'react-dom', 'react-dom/*', '@radix-ui/*', 'i18next', 'react-i18next'],
      logLevel: 'error',
    });
    process.env.NODE_ENV = 'production'; // for React, loaded by the bundle below
    const ssr = (await import(pathToFileURL(outfile).href)) as typeof SsrModule;
    const candidates = ['viewer', 'radix-force', 'radix', 'details', 'radix-items'] as const;
    for (const doc of docsOf([...SIZES, RICH, ...SEEDS])) {
      // Every word of the policy must be in the viewer's HTML, or the comparison is moot.
      const html = ssr.html('viewer', doc);
      const last = ssr.documents[doc]!.sections.at(-1)!;
      if (!html.includes(last.title) || !html.includes(last.summary ?? '')) {
        throw new Error(`renderToString ${doc}: the last section is missing from the HTML`);
      }
      const big = doc === '1000' || doc === RICH;
      if (doc === RICH) {
        // …and the new blocks must be rendered as what they are, in both candidates compared.
        for (const candidate of ['viewer', 'radix-force'] as const) {
          const out = candidate === 'viewer' ? html : ssr.html(candidate, doc);
          for (const tag of ['scope="row"', '<caption', '<figcaption', '<li><p']) {
            if (!out.includes(tag)) {
              throw new Error(`renderToString ${doc}: ${candidate} has no ${tag}`);
            }
          }
        }
      }
      const rounds = big ? 12 : doc === '100' ? 30 : 100;
      const times = await interleave(
        candidates,
        rounds,
        async (candidate) => ssr.renderTime(candidate, doc),
        3,
      );
      const group = `renderToString ${doc}`;
      const base = quartiles(times['radix-force']);
      const ours = quartiles(times.viewer);
      report({
        group,
        name: LABEL.viewer,
        ...ours,
        unit: 'ms',
        baseline: LABEL['radix-force'],
        ...versus(ours, base),
        ...(big
          ? { budget: '≤ 0.8× raw Radix forceMount', budgetLimit: 0.8, budgetOf: 'ratio' as const }
          : {}),
      });
      report({ group, name: LABEL['radix-force'], ...base, unit: 'ms' });
      report({
        group,
        name: `${LABEL.radix} (closed text not in HTML)`,
        ...quartiles(times.radix),
        unit: 'ms',
      });
      report({ group, name: LABEL.details, ...quartiles(times.details), unit: 'ms' });
      const floor = quartiles(times['radix-items']);
      report({
        group,
        name: LABEL['radix-items'],
        ...floor,
        unit: 'ms',
        baseline: LABEL['radix-force'],
        ...versus(floor, base),
      });
    }
  } finally {
    rmSync(outfile, { force: true });
  }
}

// ——— 2–4. Chromium ———
if (parts.has('mount') || parts.has('click') || parts.has('search')) {
  const outdir = mkdtempSync(join(tmpdir(), 'pk-viewer-bench-'));
  const server = createServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--headless'],
  });
  try {
    await build({
      entryPoints: [source('./viewer/page.tsx')],
      outdir,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: production,
      logLevel: 'error',
    });
    const files: Record<string, [string, string]> = {
      '/': [
        'text/html',
        '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
          '<link rel="stylesheet" href="/page.css">' +
          // Raw Radix with forceMount keeps closed content in the DOM: hide it as its docs do.
          '<style>.rx-content[data-state="closed"]{display:none}</style>' +
          '</head><body><script type="module" src="/page.js"></script></body></html>',
      ],
      '/page.js': ['text/javascript', readFileSync(join(outdir, 'page.js'), 'utf8')],
      '/page.css': ['text/css', readFileSync(join(outdir, 'page.css'), 'utf8')],
    };
    server.on('request', (request, response) => {
      const file = files[request.url ?? ''];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
      response.end(file?.[1] ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'viewerBench' in window);

    const mount = (candidate: Candidate, doc: string) =>
      page.evaluate(([c, d]) => window.viewerBench.mount(c, d), [candidate, doc] as const);
    const click = (candidate: Candidate, doc: string, indexes: number[]) =>
      page.evaluate(([c, d, i]) => window.viewerBench.click(c, d, i), [
        candidate,
        doc,
        indexes,
      ] as const);
    const search = (candidate: SearchCandidate, doc: string, query: string, gap: number) =>
      page.evaluate(([c, d, q, g]) => window.viewerBench.search(c, d, q, g), [
        candidate,
        doc,
        query,
        gap,
      ] as const);
    const sectionCount = (doc: string) =>
      page.evaluate((d) => window.viewerBench.sectionCount(d), doc);

    // ——— 2. mount ———
    const mountCandidates = ['viewer', 'radix', 'radix-force', 'details', 'radix-items'] as const;
    const commits: Record<string, Record<Candidate, ReturnType<typeof quartiles>>> = {};
    for (const doc of parts.has('mount') ? docsOf([...SIZES, RICH, ...SEEDS]) : []) {
      // Medians of many rounds: a mount of 1000 sections sometimes meets a major GC of the
      // previous rounds' garbage (a bimodal spread of ±20%), and a median of 7 moved with it.
      const rounds = 15;
      const times = await interleave(mountCandidates, rounds, (c) => mount(c, doc), 2);
      const pick = (c: Candidate, key: keyof MountTimes) => quartiles(times[c].map((t) => t[key]));
      const commit = Object.fromEntries(
        mountCandidates.map((c) => [c, pick(c, 'commit')]),
      ) as Record<Candidate, ReturnType<typeof quartiles>>;
      commits[doc] = commit;
      const group = `mount ${doc}`;
      const isSeed = doc.startsWith('seed');
      for (const c of mountCandidates) {
        report({
          group,
          name: `${LABEL[c]} (commit)`,
          ...commit[c],
          unit: 'ms',
          ...(c === 'radix' ? {} : { baseline: LABEL.radix, ...versus(commit[c], commit.radix) }),
          ...(c === 'viewer' && doc === '1000'
            ? { budget: '≤ 0.45× raw Radix', budgetLimit: 0.45, budgetOf: 'ratio' as const }
            : {}),
          // Issue 12: tables, rich items and images must keep the viewer within 0.5×.
          ...(c === 'viewer' && doc === RICH
            ? { budget: '≤ 0.5× raw Radix', budgetLimit: 0.5, budgetOf: 'ratio' as const }
            : {}),
          ...(c === 'viewer' && isSeed ? { budget: INSTANT, budgetLimit: 16 } : {}),
        });
      }
      if (doc !== '1000' && doc !== RICH) continue;
      for (const key of ['layout', 'idle'] as const) {
        const base = pick('radix', key);
        for (const c of ['viewer', 'radix', 'radix-force', 'details'] as const) {
          const value = pick(c, key);
          report({
            group,
            name: `${LABEL[c]} (${key === 'layout' ? '+ style/layout' : 'until React idle'})`,
            ...value,
            unit: 'ms',
            ...(c === 'radix' ? {} : { baseline: LABEL.radix, ...versus(value, base) }),
          });
        }
      }
    }
    if (commits['100'] && commits['1000']) {
      for (const c of mountCandidates) {
        report({
          group: 'mount growth 100 → 1000',
          name: LABEL[c],
          ...commits['1000'][c],
          unit: 'ms',
          baseline: `${LABEL[c]} at 100`,
          ...versus(commits['1000'][c], commits['100'][c]),
          ...(c === 'viewer'
            ? {
                budget: '≤ 11× (native <details> ~10×)',
                budgetLimit: 11,
                budgetOf: 'ratio' as const,
              }
            : {}),
        });
      }
    }

    // ——— 3. click → commit, click → next frame ———
    const clickCandidates = ['viewer', 'radix', 'radix-force', 'details'] as const;
    for (const doc of parts.has('click') ? ['30', '1000', ...SEEDS] : []) {
      const count = await sectionCount(doc);
      let round = 0;
      const times = await interleave(clickCandidates, 5, (c) => {
        // Eight sections spread over the document, others each round; the same for every candidate.
        const offset = Math.floor(round++ / clickCandidates.length) * 3;
        const indexes = [0.05, 0.18, 0.31, 0.44, 0.57, 0.7, 0.83, 0.96].map(
          (f) => (Math.floor(f * count) + offset) % count,
        );
        return click(c, doc, [...new Set(indexes)]);
      });
      for (const key of ['commit', 'frame'] as const) {
        const group = `click → ${key === 'commit' ? 'commit' : 'next frame'} ${doc}`;
        const base = quartiles(times.radix.flat().map((t) => t[key]));
        const limit =
          key === 'commit'
            ? doc === '1000'
              ? 8
              : 16
            : doc === '1000'
              ? 16
              : doc === '30'
                ? 8
                : 16;
        for (const c of clickCandidates) {
          const value = quartiles(times[c].flat().map((t) => t[key]));
          report({
            group,
            name: LABEL[c],
            ...value,
            unit: 'ms',
            ...(c === 'radix' ? {} : { baseline: LABEL.radix, ...versus(value, base) }),
            ...(c === 'viewer' ? { budget: `< ${limit} ms`, budgetLimit: limit } : {}),
          });
        }
      }
    }

    // ——— 4. search keystroke ———
    const searchCandidates = ['viewer', 'naive-radix', 'naive-details'] as const;
    const searches = [
      ['1000', 'consent'],
      [SEEDS[0], 'data'],
      [SEEDS[1], 'data'],
    ] as const;
    for (const [doc, query] of parts.has('search') ? searches : []) {
      const times = await interleave(searchCandidates, doc === '1000' ? 4 : 6, (c) =>
        search(c, doc, query, 60),
      );
      const pick = (c: SearchCandidate, key: keyof KeystrokeTimes) =>
        quartiles(times[c].flatMap((t) => t[key]));
      const group = `search keystroke ${doc} ("${query}")`;
      const base = pick('naive-radix', 'keystroke');
      for (const c of searchCandidates) {
        const value = pick(c, 'keystroke');
        report({
          group,
          name: LABEL[c],
          ...value,
          unit: 'ms',
          ...(c === 'naive-radix'
            ? {}
            : { baseline: LABEL['naive-radix'], ...versus(value, base) }),
          ...(c === 'viewer'
            ? { budget: doc === '1000' ? '< 16 ms' : INSTANT, budgetLimit: 16 }
            : {}),
        });
      }
      report({
        group,
        name: `${LABEL.viewer}: key + its deferred slices (all work)`,
        ...pick('viewer', 'work'),
        unit: 'ms',
      });
      report({
        group,
        name: `${LABEL.viewer}: key → last slice committed`,
        ...pick('viewer', 'settled'),
        unit: 'ms',
      });
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outdir, { recursive: true, force: true });
  }
}
