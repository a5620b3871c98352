import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';
import { sourceAliases } from './scripts/source-aliases.mjs';
import { REACT18_INLINE, react18Aliases } from './test/react18/vitest-aliases.mjs';

// Tests import the packages by name; the aliases point them at the sources.
const alias = sourceAliases();

// Real Chromium (the system one: browsers cannot be downloaded here) for every browser project.
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  }),
  instances: [{ browser: 'chromium' as const }],
});

// Which project a test file belongs to is decided by what it needs (test/README.md):
//   unit, unit-dom    *.test.ts in Node, *.test.tsx in jsdom: no Chromium, no child processes, quick
//   browser           *.browser.test.ts(x): real Chromium through Vitest's browser mode
//   hardening         Node tests that drive Chromium themselves (Playwright), spawn processes or
//                     take long: the files below
//   hardening-browser SSR hydration of every story in browser mode (test/ssr/*.browser.test.tsx)
//   storybook(-ctt-dark), e2e, react18(-browser): see their entries
const UNIT_INCLUDE = ['packages/**/*.test.ts', 'test/**/*.test.ts'];
const UNIT_DOM_INCLUDE = ['packages/**/*.test.tsx', 'test/**/*.test.tsx'];
const BROWSER_INCLUDE = ['packages/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'];
const HYDRATION_INCLUDE = ['test/ssr/**/*.browser.test.{ts,tsx}'];
const HARDENING_INCLUDE = [
  // Chromium driven by Playwright from Node: strict-CSP pages, heap counters, JavaScript off.
  'test/security/xss-csp.test.ts',
  'test/leaks/**/*.test.ts',
  '**/*.no-js.test.{ts,tsx}',
  // Real child processes: the built CLI bin, a server killed between write and reply.
  '**/*.spawn.test.ts',
  'packages/sdk/src/server/crash-between-write-and-reply.test.ts',
  // A real PostgreSQL server (test/support/postgres.ts) and store processes around it.
  '**/*.db.test.ts',
  // Five-megabyte documents and 100 000 levels of nesting.
  'test/limits/scale.test.ts',
];
const NOT_SOURCE = ['**/node_modules/**', '**/dist/**'];
const VISUAL_INCLUDE = ['test/visual/**/*.visual.test.{ts,tsx}'];
const NOT_UNIT = [
  '**/*.browser.test.{ts,tsx}',
  '**/*.e2e.test.ts',
  ...HARDENING_INCLUDE,
  ...VISUAL_INCLUDE,
];

// The React package's component tests again on React 18 (peer range ^18 || ^19): the copies in
// test/react18 (own lockfile, `npm ci --prefix test/react18`), every importer of React resolved
// to them (test/react18/vitest-aliases.mjs).
const REACT_INCLUDE = ['packages/react/src/**/*.test.tsx'];
const REACT_BROWSER_INCLUDE = ['packages/react/src/**/*.browser.test.{ts,tsx}'];
const react18CacheDir = fileURLToPath(
  new URL('./test/react18/node_modules/.vite', import.meta.url),
);

/** Pre-bundled up front so a first run never re-optimises mid-run and reloads the page. */
const BROWSER_DEPS = ['@radix-ui/react-accordion', '@radix-ui/react-dialog'];

const unitProject = (
  name: string,
  environment: 'node' | 'jsdom',
  include: string[],
  exclude: string[],
) =>
  ({
    extends: true,
    test: {
      name,
      environment,
      include,
      exclude: [...exclude, ...NOT_SOURCE],
      setupFiles: ['./test/setup-unit.ts'],
      testTimeout: 20_000,
    },
  }) satisfies TestProjectInlineConfiguration;

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    projects: [
      // A jsdom window costs ~1 s per file on two cores (more than most files' tests): `.test.ts`
      // files run in Node, `.test.tsx` ones in jsdom, and a `// @vitest-environment` line in a
      // file wins over both.
      unitProject('unit', 'node', UNIT_INCLUDE, NOT_UNIT),
      unitProject('unit-dom', 'jsdom', UNIT_DOM_INCLUDE, NOT_UNIT),
      {
        extends: true,
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'browser',
          include: BROWSER_INCLUDE,
          exclude: [...HYDRATION_INCLUDE, ...NOT_SOURCE],
          setupFiles: ['./test/setup-browser.ts'],
          // Not timing tests: typing a whole form key by key took 6–13 s in CI and 35 s once at
          // the busiest moment of a clean-clone run on 2 cores, over a 30 s limit.
          testTimeout: 120_000,
          browser: chromium(),
        },
      },
      {
        extends: true,
        optimizeDeps: { include: BROWSER_DEPS },
        // Visual regression (test/visual/, issue 16): screenshots compared with the committed
        // baselines in test/visual/__baselines__ (`npm run test:visual:update` rewrites them).
        // Font hinting off and sRGB, so glyph edges and colours do not depend on the machine.
        test: {
          name: 'visual',
          include: VISUAL_INCLUDE,
          exclude: NOT_SOURCE,
          setupFiles: ['./test/setup-browser.ts', './test/visual/setup-visual.ts'],
          testTimeout: 60_000,
          browser: {
            ...chromium(),
            // A failing comparison writes its own actual and diff images; no extra page shot.
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath(),
                args: [...chromiumArgs, '--font-render-hinting=none', '--force-color-profile=srgb'],
              },
              // Room for the largest test viewport (1280 × 800) at scale 1: a smaller page scales
              // the test iframe down, and the shots with it (blurred text, noisy diffs).
              contextOptions: { viewport: { width: 1300, height: 900 }, deviceScaleFactor: 1 },
            }),
            expect: {
              toMatchScreenshot: {
                // <component>/<brand>-<locale>-<scheme>-<viewport>.png. The tolerance test
                // compares deliberately changed renders with the dialog's own baselines.
                resolveScreenshotPath: ({ root, testFileName, arg, ext }) => {
                  const stem = testFileName.replace(/\.visual\.test\.tsx$/, '');
                  const folder = stem === 'tolerance' ? 'policy-updated-dialog' : stem;
                  return `${root}/test/visual/__baselines__/${folder}/${arg}${ext}`;
                },
              },
            },
          },
        },
      },
      unitProject('hardening', 'node', HARDENING_INCLUDE, []),
      {
        extends: true,
        // test/ssr imports every story file. Without these, Vite discovers their dependencies
        // mid-run and reloads the page, which can break whichever test file is loading then.
        optimizeDeps: {
          include: [
            '@storybook/react-vite',
            'storybook/test',
            'yaml',
            'mdast-util-from-markdown',
            'mdast-util-gfm-table',
            'micromark-extension-gfm-table',
            ...BROWSER_DEPS,
          ],
        },
        test: {
          name: 'hardening-browser',
          include: HYDRATION_INCLUDE,
          exclude: NOT_SOURCE,
          setupFiles: ['./test/setup-browser.ts'],
          // The Long story (hundreds of sections) renders to a string and hydrates in one test:
          // ~5 s on a quiet machine, 37 s once measured with the cores shared. Not a timing test.
          testTimeout: 120_000,
          browser: chromium(),
        },
      },
      {
        extends: true,
        resolve: { alias: react18Aliases() },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: REACT_INCLUDE,
          exclude: ['**/*.browser.test.{ts,tsx}', ...HARDENING_INCLUDE, ...NOT_SOURCE],
          globalSetup: ['./test/react18/check-install.ts'],
          setupFiles: ['./test/setup-react18.ts', './test/setup-unit.ts'],
          // Vite must resolve React inside these packages, or Node would hand them the root's
          // React 19 next to our React 18 ("Invalid hook call").
          server: { deps: { inline: REACT18_INLINE } },
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        cacheDir: react18CacheDir,
        resolve: { alias: react18Aliases() },
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'react18-browser',
          include: REACT_BROWSER_INCLUDE,
          exclude: NOT_SOURCE,
          globalSetup: ['./test/react18/check-install.ts'],
          setupFiles: ['./test/setup-react18.ts', './test/setup-browser.ts'],
          // The same tests as `browser`, on React 18: the same 120 s (see there).
          testTimeout: 120_000,
          browser: chromium(),
        },
      },
      {
        extends: true,
        // Every story in stories/ becomes a test: it renders, its `play` function runs,
        // and axe (addon-a11y, `parameters.a11y.test = 'error'`) fails it on any violation.
        // Project annotations (.storybook/preview.tsx) are applied by the plugin itself.
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'storybook',
          // The Long story's play and axe run over hundreds of sections: 33 s once on this 2-core
          // machine with every project running at once (a few seconds alone). Not a timing test.
          testTimeout: 120_000,
          browser: chromium(),
        },
      },
      {
        extends: true,
        // The same stories again under a brand theme in dark mode and the Indonesian UI
        // (toolbar globals; a story's own globals still win): contrast, focus rings and
        // longer strings are checked where they most often break. The static-build test
        // covers BTN CX in dark mode.
        plugins: [
          storybookTest({
            configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
            initialGlobals: { brand: 'ctt', scheme: 'dark', locale: 'id-ID' },
          }),
        ],
        test: {
          name: 'storybook-ctt-dark',
          testTimeout: 120_000,
          browser: chromium(),
        },
      },
      {
        // End-to-end: the example host app, built from the *built* packages, served by its
        // own Node server and driven in Chromium. Not `extends: true`: the source aliases
        // above must not apply. Runs alone, after every other project (groupOrder 1).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./test/e2e/support/build-host-app.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
