import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_ENTRIES } from '../scripts/source-aliases.mjs';

// The type checker cannot read scripts/source-aliases.mjs, so tsconfig.json repeats it; a
// subpath added to one and not the other would type-check against one file and run another.
describe('the source aliases', () => {
  it('are the same in tsconfig.json as for Vitest, Storybook and the test pages', () => {
    const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const modules = Object.entries(SOURCE_ENTRIES).filter(([, path]) => /\.tsx?$/.test(path));
    const fromTsconfig = Object.entries(tsconfig.compilerOptions.paths)
      .filter(([, [path]]) => /\.tsx?$/.test(path ?? ''))
      .map(([name, [path]]) => [name, path?.replace(/^\.\//, '')]);
    expect(Object.fromEntries(fromTsconfig)).toEqual(Object.fromEntries(modules));
  });

  it('name every subpath the SDK package exports', () => {
    const manifest = JSON.parse(readFileSync('packages/sdk/package.json', 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const subpaths = Object.keys(manifest.exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? '@policykit/sdk' : `@policykit/sdk/${key.slice(2)}`));
    expect(
      Object.keys(SOURCE_ENTRIES)
        .filter((name) => name.startsWith('@policykit/sdk'))
        .sort(),
    ).toEqual(subpaths.sort());
  });
});
