// React 18 for the react18 and react18-browser Vitest projects. Every module that imports React
// must get these copies, or hooks crash with "Invalid hook call" (two Reacts, two dispatchers):
// our sources and the test files through the aliases; Radix, react-i18next and Testing Library
// through the aliases too, because the react18 project has Vite inline them (REACT18_INLINE)
// instead of letting Node resolve `react` from the root node_modules (React 19). In the browser
// projects Vite resolves every module, so the aliases alone suffice.
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Where `npm ci --prefix test/react18` puts React 18. */
export const REACT18_MODULES = here('./node_modules');

/**
 * `react`, `react-dom` and their subpaths (`react/jsx-runtime`, `react/jsx-dev-runtime`,
 * `react-dom/client`, `react-dom/server`, `react-dom/test-utils`), and react-i18next's
 * `use-sync-external-store/shim` (CommonJS: loaded from here, it requires this React).
 */
export function react18Aliases() {
  return [
    ...['react', 'react-dom', 'use-sync-external-store'].map((name) => ({
      find: new RegExp(`^${name}(/.*)?$`),
      replacement: `${REACT18_MODULES}/${name}$1`,
    })),
    // Its `main` is CommonJS (Node would resolve its `require('react')`); the ESM build imports.
    {
      find: /^@testing-library\/react$/,
      replacement: fileURLToPath(
        new URL(
          '../../node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
          import.meta.url,
        ),
      ),
    },
  ];
}

/** Packages that import React and must therefore go through Vite (and the aliases) in jsdom. */
export const REACT18_INLINE = [
  /\/node_modules\/@radix-ui\//,
  /\/node_modules\/react-remove-scroll/,
  /\/node_modules\/react-style-singleton\//,
  /\/node_modules\/use-callback-ref\//,
  /\/node_modules\/use-sidecar\//,
  /\/node_modules\/react-i18next\//,
  /\/node_modules\/@testing-library\/react\//,
];
