// Package hygiene for every publishable package: publint --strict and
// are-the-types-wrong on the packed tarball. Run after `npm run build`.
import { execFileSync } from 'node:child_process';

const packages = ['packages/sdk', 'packages/react', 'packages/cli'];
// CSS and JSON subpaths are not modules with types; attw only judges the JS entries.
const attwEntrypoints = (dir) =>
  dir.endsWith('cli')
    ? ['--entrypoints', './package.json']
    : dir.endsWith('react')
      ? ['--exclude-entrypoints', './styles.css']
      : ['--exclude-entrypoints', './policy.schema.json'];
let failed = 0;
for (const dir of packages) {
  for (const [cmd, args] of [
    ['npx', ['--no-install', 'publint', '--strict', dir]],
    // The CLI has no importable entry: attw only checks it packs and resolves package.json.
    [
      'npx',
      ['--no-install', 'attw', '--pack', dir, '--format', 'table-flipped', ...attwEntrypoints(dir)],
    ],
  ]) {
    try {
      const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`✓ ${args[1]} ${dir}`);
      if (process.env.VERBOSE) console.log(out);
    } catch (error) {
      failed++;
      console.error(`✗ ${args[1]} ${dir}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}
if (failed) {
  console.error(`package checks: ${failed} failed`);
  process.exit(1);
}
console.log('package checks: all passed');
