/**
 * Copies the seed policies (test/fixtures/policies/*.json, the repository's one source of
 * example documents) into public/policies/, so the app loads them over HTTP with
 * `loadPolicy` — the way a real host serves the policy its legal team publishes — and the
 * server reads the same files to check requests against the policy's rights.
 *
 * A copy, not an import of the fixtures: the app must build like an outside app, from its
 * own folder and the published packages, with no path into the kit's sources.
 */
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const from = new URL('../../../test/fixtures/policies/', import.meta.url);
const to = new URL('../public/policies/', import.meta.url);

const files = (await readdir(from)).filter((name) => name.endsWith('.json'));
if (files.length === 0) {
  throw new Error(`No policy documents (*.json) found in ${fileURLToPath(from)}`);
}
await rm(to, { recursive: true, force: true });
await mkdir(to, { recursive: true });
await Promise.all(files.map((name) => copyFile(new URL(name, from), new URL(name, to))));
console.log(`Copied ${files.length} policies to ${fileURLToPath(to)}`);
