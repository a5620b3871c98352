// The package names tests, stories and test pages import, mapped to their sources, so nothing needs
// building first (the built output is checked by test:packages and test:pack). One list for Vitest,
// Storybook and the esbuild test pages; tsconfig.json's `paths` repeat it for the type checker, and
// source-aliases.test.ts holds the two together. More specific names come first: Vite matches
// aliases in order, by prefix.
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} package name → path from the repository root */
export const SOURCE_ENTRIES = {
  '@policykit/sdk/markdown': 'packages/sdk/src/markdown/index.ts',
  '@policykit/sdk/html': 'packages/sdk/src/html/index.ts',
  '@policykit/sdk/server/postgres': 'packages/sdk/src/server/postgres/index.ts',
  '@policykit/sdk/server': 'packages/sdk/src/server/index.ts',
  '@policykit/sdk/text': 'packages/sdk/src/text/index.ts',
  '@policykit/sdk/policy.schema.json': 'packages/sdk/policy.schema.json',
  '@policykit/sdk': 'packages/sdk/src/index.ts',
  '@policykit/react/styles.css': 'packages/react/src/styles.css',
  '@policykit/react': 'packages/react/src/index.ts',
};

/** The same map with absolute paths. */
export function sourceAliases() {
  return Object.fromEntries(
    Object.entries(SOURCE_ENTRIES).map(([name, path]) => [
      name,
      fileURLToPath(new URL(`../${path}`, import.meta.url)),
    ]),
  );
}
