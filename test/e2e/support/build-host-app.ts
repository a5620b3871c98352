/**
 * Global setup of the `e2e` project: builds the example host app from the *built* packages,
 * with the app's own build script (the one `npm run demo` runs), so the tests drive what a
 * developer would get. The packages themselves must be built first (`npm run build`;
 * `npm test` does that before running vitest).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { APP_DIR } from './paths';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const BUILT_ENTRIES = [
  'packages/sdk/dist/index.js',
  'packages/sdk/dist/server.js',
  'packages/react/dist/index.js',
  'packages/react/dist/styles.css',
];

export default async function buildHostApp(): Promise<void> {
  const missing = BUILT_ENTRIES.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests use the built packages, and these are missing: ${missing.join(', ')}. ` +
        'Run `npm run build` first (or `npm run test:e2e`, which does).',
    );
  }
  try {
    await promisify(execFile)('npm', ['run', 'build', '--silent'], {
      cwd: APP_DIR,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Building the example host app failed:\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
}
