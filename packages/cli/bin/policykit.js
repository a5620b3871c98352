#!/usr/bin/env node
// The `policykit` bin. It runs the build (dist/cli.js) — always, in the published package,
// where dist/ is all there is besides this file. In a source checkout it also works before
// anything is built: `npm install` links bins before any build could exist, so a bin that
// pointed straight at dist/ got no link at all, and `npx policykit` went looking for a
// package of that name on the public registry. There, with no build (or with
// POLICYKIT_CLI_SOURCE=1, to try an edit without rebuilding), it runs the TypeScript
// sources through tsx, with the workspace's tsconfig `paths` for @policykit/sdk's sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/cli.js', import.meta.url);
const source = new URL('../src/cli.ts', import.meta.url);
const workspaceTsconfig = new URL('../../../tsconfig.json', import.meta.url);

/** dist/cli.js imports the SDK's build; a checkout may have built the one and not the other. */
function buildIsComplete() {
  if (!existsSync(dist)) return false;
  try {
    return existsSync(fileURLToPath(import.meta.resolve('@policykit/sdk/markdown')));
  } catch {
    return false;
  }
}

const hasSource = existsSync(source) && existsSync(workspaceTsconfig);
if (hasSource && (process.env.POLICYKIT_CLI_SOURCE === '1' || !buildIsComplete())) {
  // tsx is a devDependency of the workspace, never of the published package: imported only here.
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(workspaceTsconfig) });
  await import(source.href);
} else if (existsSync(dist)) {
  await import(dist.href);
} else {
  process.stderr.write(
    'policykit: dist/cli.js is missing from @policykit/cli; reinstall the package.\n',
  );
  process.exitCode = 1;
}
