// Global setup of the react18 projects: the React 18 copies are installed (they are not part of
// the root's `npm ci`) and are the versions test/react18/package.json pins.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function checkReact18Install() {
  const pins = readJson('./package.json').devDependencies as Record<string, string>;
  for (const [name, pinned] of Object.entries(pins)) {
    const manifest = `./node_modules/${name}/package.json`;
    const installed = existsSync(fileURLToPath(new URL(manifest, import.meta.url)))
      ? (readJson(manifest).version as string)
      : 'nothing';
    if (installed !== pinned) {
      throw new Error(
        `test/react18 has ${name} ${installed}, its package.json pins ${pinned}. ` +
          'Run `npm ci --prefix test/react18` (npm test does it first).',
      );
    }
  }
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));
}
