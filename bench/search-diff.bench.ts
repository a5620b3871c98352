// Search and diff cost on generated 10/100/1000-section policies, in Node.
//
// search: one "keystroke" is one `searchPolicy(index, query)` call while typing a
// query character by character ('pribadi persetujuan' on the Indonesian document),
// median over every prefix. Baseline: the naive filter a component would write —
// fold every block's text (toLowerCase + NFD + strip marks) on every keystroke and
// test `includes`, no ranges. `searchPolicy` returns match ranges for every hit and cuts a
// snippet only when one is read (a viewer highlighting in place reads none). The budget is < 16 ms per
// keystroke over 1000 sections in the browser; this is the SDK's share of it.
//
// diff: `diffPolicies` of a document against a copy with every 10th section edited,
// one section removed and one added. Run: `npm run bench search-diff`.
import { blockText } from '../packages/sdk/src/text/inline-text';
import { diffPolicies } from '../packages/sdk/src/versions/diff-policies';
import type { PolicyDocument, Section } from '../packages/sdk/src/document/policy-types';
import { createSearchIndex, searchPolicy } from '../packages/sdk/src/text/search-policy';
import { generatePolicy } from '../test/fixtures/generate-policy';
import { median, report, sample } from './report';

const query = 'pribadi persetujuan';
const prefixes = Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));

function naiveSearch(doc: PolicyDocument, q: string): number {
  const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const needle = fold(q.trim());
  let hits = 0;
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      if (fold(s.title).includes(needle)) hits++;
      for (const b of s.blocks) if (fold(blockText(b)).includes(needle)) hits++;
      if (s.sections) visit(s.sections);
    }
  };
  visit(doc.sections);
  return hits;
}

for (const size of [10, 100, 1000]) {
  const doc = generatePolicy({ sections: size, locale: 'id-ID' });

  const build = median(sample(() => void createSearchIndex(doc), 20, 3));
  report({ group: `search ${size}`, name: 'createSearchIndex', median: build, unit: 'ms' });

  const index = createSearchIndex(doc);
  const keystrokes: number[] = [];
  const naive: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const q of prefixes) {
      let t = performance.now();
      searchPolicy(index, q);
      keystrokes.push(performance.now() - t);
      t = performance.now();
      naiveSearch(doc, q);
      naive.push(performance.now() - t);
    }
  }
  const base = median(naive);
  report({ group: `search ${size}`, name: 'naive filter (baseline)', median: base, unit: 'ms' });
  const ours = median(keystrokes);
  report({
    group: `search ${size}`,
    name: 'searchPolicy keystroke (match ranges; snippets cut when read)',
    median: ours,
    unit: 'ms',
    baseline: 'naive filter',
    ratio: ours / base,
    budget: size === 1000 ? '< 16 ms per keystroke (whole viewer)' : undefined,
  });

  const edited = structuredClone(doc);
  edited.sections.forEach((s, i) => {
    if (i % 10 === 0) s.blocks = [{ type: 'paragraph', text: `Edited ${i}` }];
  });
  edited.sections.splice(1, 1);
  edited.sections.push({ id: 'brand-new', title: 'New', blocks: [] });
  const diff = median(sample(() => void diffPolicies(doc, edited), 20, 3));
  report({ group: `diff ${size}`, name: 'diffPolicies', median: diff, unit: 'ms' });
}
