import type { StorybookConfig } from '@storybook/react-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Stories import the packages by name, exactly as a host app would; these aliases
 * point the names at the sources (the same map as vitest.config.ts), so
 * `npm start` works on a fresh clone without building anything first.
 * More specific subpaths come first: Vite matches aliases in order.
 */
const sourceAliases = {
  '@policykit/sdk/markdown': src('../packages/sdk/src/markdown/index.ts'),
  '@policykit/sdk/server': src('../packages/sdk/src/server/index.ts'),
  '@policykit/sdk/policy.schema.json': src('../packages/sdk/policy.schema.json'),
  '@policykit/sdk': src('../packages/sdk/src/index.ts'),
  '@policykit/react/styles.css': src('../packages/react/src/styles.css'),
  '@policykit/react': src('../packages/react/src/index.ts'),
};

// Radix ships its modules with a `"use client"` directive for React Server Components.
// Bundling them for the browser drops the directive and warns once per module; the
// warning says nothing about our code, so it is filtered (and only that one).
const isUseClientDirectiveWarning = (warning: { code?: string; message?: string }) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message ?? '');

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
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
      resolve: { alias: sourceAliases },
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
