import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';
import { sourceAliases } from './scripts/source-aliases.mjs';

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

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: [
            '**/*.browser.test.{ts,tsx}',
            '**/*.e2e.test.ts',
            '**/node_modules/**',
            '**/dist/**',
          ],
          setupFiles: ['./test/setup-unit.ts'],
          testTimeout: 20_000,
        },
      },
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
            // Pre-bundled up front so a first run never re-optimises mid-run and reloads the page.
            '@radix-ui/react-accordion',
            '@radix-ui/react-dialog',
          ],
        },
        test: {
          name: 'browser',
          include: ['packages/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./test/setup-browser.ts'],
          testTimeout: 30_000,
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
          testTimeout: 30_000,
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
          testTimeout: 30_000,
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
