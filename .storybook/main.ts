import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';
import { sourceAliases } from '../scripts/source-aliases.mjs';

/**
 * Stories import the packages by name, exactly as a host app would; the aliases (one list with
 * vitest.config.ts, scripts/source-aliases.mjs) point the names at the sources, so `npm start`
 * works on a fresh clone without building anything first.
 */
const aliases = sourceAliases();

// Radix ships its modules with a `"use client"` directive for React Server Components.
// Bundling them for the browser drops the directive and warns once per module; the
// warning says nothing about our code, so it is filtered (and only that one).
const isUseClientDirectiveWarning = (warning: { code?: string; message?: string }) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message ?? '');

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: [
    {
      // MDX is CommonMark without GitHub's tables: the Introduction's tables showed as raw
      // `| … |` text. remark-gfm adds them (and strikethrough, task lists, autolinks).
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    // Controls and autodocs tables come from the components' TypeScript props and JSDoc.
    reactDocgen: 'react-docgen-typescript',
    // Only components have props tables; the preview's own files need none.
    reactDocgenTypescriptOptions: {
      include: ['packages/react/src/**/*.tsx', 'stories/**/*.tsx'],
      exclude: ['**/*.test.tsx', '**/*.stories.tsx'],
    },
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { alias: aliases },
      build: {
        // Storybook's preview bundle (React, the docs renderer, axe) is big by design and
        // only ever served locally or as a static site: the 500 kB web-app warning is noise.
        chunkSizeWarningLimit: 2048,
        rolldownOptions: {
          onwarn(warning, defaultHandler) {
            if (isUseClientDirectiveWarning(warning)) return;
            defaultHandler(warning);
          },
        },
      },
    }),
};

export default config;
