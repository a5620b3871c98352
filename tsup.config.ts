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
      server: 'packages/sdk/src/server/index.ts',
    },
    outDir: 'packages/sdk/dist',
    // 'node' makes esbuild annotate the CommonJS output with its export names, so Node's
    // `import()` of the .cjs file sees named exports. Every import is external, so nothing
    // else about the output depends on the platform.
    platform: 'node',
  },
  {
    ...shared,
    entry: { index: 'packages/react/src/index.ts' },
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
