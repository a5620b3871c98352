// `npm run fixtures`: imports every Markdown policy in test/fixtures/policies and writes the
// JSON beside it (`ctt-privacy.id.md` → `ctt-privacy.id.json`). The JSON is committed so tests,
// stories and benchmarks need no import step; `npm run fixtures -- --check` fails when a
// committed file differs from a fresh import (the fixtures test checks the same thing).
// Sections get their `topics` from test/fixtures/policies/section-topics.ts on the way: the
// Markdown dialect has no syntax for them.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatPolicyIssue, PolicyValidationError, type PolicyDocument } from '@policykit/sdk';
import { importMarkdown } from '@policykit/sdk/markdown';
import {
  SECTION_TOPICS,
  unusedSectionIds,
  withSectionTopics,
} from '../test/fixtures/policies/section-topics';

const directory = fileURLToPath(new URL('../test/fixtures/policies/', import.meta.url));
const check = process.argv.includes('--check');

/** The exact bytes written for a document: two-space JSON and a final newline. */
function fixtureJson(policy: unknown): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

let failed = 0;
const imported: PolicyDocument[] = [];
const sources = (await readdir(directory))
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort();
for (const source of sources) {
  const target = source.replace(/\.md$/, '.json');
  let json: string;
  try {
    const policy = withSectionTopics(importMarkdown(await readFile(directory + source, 'utf8')));
    imported.push(policy);
    json = fixtureJson(policy);
  } catch (error) {
    if (!(error instanceof PolicyValidationError)) throw error;
    for (const issue of error.issues) console.error(`${source}: ${formatPolicyIssue(issue)}`);
    failed += 1;
    continue;
  }
  if (check) {
    const committed = await readFile(directory + target, 'utf8').catch(() => undefined);
    if (committed !== json) {
      console.error(`${target}: differs from a fresh import of ${source} (run npm run fixtures)`);
      failed += 1;
    }
  } else {
    await writeFile(directory + target, json);
    console.log(`${source} → ${target}`);
  }
}
for (const policyId of Object.keys(SECTION_TOPICS)) {
  for (const id of unusedSectionIds(policyId, imported)) {
    console.error(`section-topics.ts: ${policyId} has no section "${id}" in any fixture`);
    failed += 1;
  }
}
if (failed > 0) process.exitCode = 1;
