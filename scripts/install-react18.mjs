// Installs test/react18 (React 18 for the react18 Vitest projects) from its own lockfile when what
// is installed there is not what its package.json pins. A separate npm tree because React 18's
// react-dom requires react@^18.3.1, which cannot sit beside the root's React 19. Runs before
// `npm test` (pretest) and `npm run test:react18`; .ci/run installs it explicitly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../test/react18/', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(`${folder}${path}`, 'utf8'));

const pins = readJson('package.json').devDependencies;
const stale = Object.entries(pins).filter(([name, version]) => {
  const manifest = `node_modules/${name}/package.json`;
  return !existsSync(`${folder}${manifest}`) || readJson(manifest).version !== version;
});

if (stale.length > 0) {
  console.log(`react18: installing ${stale.map(([name, v]) => `${name}@${v}`).join(', ')}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', folder, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
