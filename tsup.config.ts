import { buildSync, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// One config, an entry group per package. Every bare import stays external: the
// packages' own dependencies and peers are installed beside them, and
// @policykit/react imports @policykit/sdk at run time instead of bundling a copy.
// (tsup would only read the root package.json to decide, which lists none of them.)
const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  external: [/^[^./]/],
};

export default defineConfig([
  {
    ...shared,
    entry: {
      index: 'packages/sdk/src/index.ts',
      markdown: 'packages/sdk/src/markdown/index.ts',
      html: 'packages/sdk/src/html/index.ts',
      server: 'packages/sdk/src/server/index.ts',
      'server/postgres': 'packages/sdk/src/server/postgres/index.ts',
      text: 'packages/sdk/src/text/index.ts',
    },
    outDir: 'packages/sdk/dist',
    // 'node' makes esbuild annotate the CommonJS output with its export names, so Node's
    // `import()` of the .cjs file sees named exports. Every import is external, so nothing
    // else about the output depends on the platform.
    platform: 'node',
  },
  {
    ...shared,
    // One output file per source module (dist/ mirrors src/), not one flat file: a host's
    // bundler then drops whole modules the import it makes does not reach (the package is
    // `sideEffects`-free), instead of weighing each top-level statement of one big file. In
    // the flat file esbuild kept the `import … from 'react'` lines of every component and
    // any top-level call not marked pure, ~0.3–0.5 KB min+gzip on each component's budget.
    entry: reachableModules('packages/react/src/index.ts'),
    dts: { entry: { index: 'packages/react/src/index.ts' } },
    esbuildPlugins: [preserveModules()],
    splitting: false, // the modules are the files already; no shared chunks on top
    outDir: 'packages/react/dist',
    platform: 'node', // see above: named exports for import() of the CommonJS build
    // Next.js App Router needs the directive at the top of the built file.
    banner: { js: '"use client";' },
    onSuccess: 'node scripts/build-css.mjs',
  },
  {
    ...shared,
    entry: { cli: 'packages/cli/src/cli.ts' },
    outDir: 'packages/cli/dist',
    format: ['esm'],
    dts: false,
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);

/** The source modules `entry` imports, itself included (tests and stories are never reached). */
function reachableModules(entry: string): string[] {
  const { metafile } = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    jsx: 'automatic',
    tsconfigRaw: '{}', // the `paths` would pull @policykit/sdk's sources in
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs);
}

/**
 * Keeps each relative import as an import of the sibling output file (`./viewer/x.js`, or
 * `.cjs` in the CommonJS build) instead of bundling it: with every reachable module an entry
 * (`reachableModules`), each compiles to its own file.
 */
function preserveModules(): Plugin {
  return {
    name: 'preserve-modules',
    setup(build) {
      const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const base = resolve(args.resolveDir, args.path);
        const file = ['.ts', '.tsx', '/index.ts', '/index.tsx']
          .map((suffix) => base + suffix)
          .find((candidate) => existsSync(candidate));
        if (!file) return undefined; // not a source module: let esbuild resolve it as usual
        const path = relative(dirname(args.importer), file).replace(/\.tsx?$/, extension);
        return { path: path.startsWith('.') ? path : `./${path}`, external: true };
      });
    },
  };
}
