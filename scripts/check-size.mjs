// Size budgets, min+gzip, checked in CI against the built packages (run after `npm run build`).
// Each budget bundles what a host app would pull in for one import, with the host's own
// framework (react, react-dom, i18next, react-i18next) left out, exactly as the issues define them.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const hostFramework = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next'];
const KB = 1024;

/** @type {{ name: string; code?: string; file?: string; limit: number }[]} */
export const budgets = [
  {
    name: '@policykit/sdk (browser entry, everything)',
    code: "export * from '@policykit/sdk';",
    limit: 8 * KB,
  },
  { name: '@policykit/react/styles.css', file: 'packages/react/dist/styles.css', limit: 5 * KB },
  {
    // Build tools, the CLI and the Storybook playground only: the YAML parser is ~30 KB of it,
    // micromark ~18 KB. Kept out of the browser entry above by being a separate subpath.
    name: '@policykit/sdk/markdown (importMarkdown: micromark, yaml, validation)',
    code: "export { importMarkdown } from '@policykit/sdk/markdown';",
    limit: 72 * KB,
  },
  {
    name: '<PolicyViewer> (host framework external)',
    code: "export { PolicyViewer } from '@policykit/react';",
    limit: 18 * KB,
  },
  {
    // What a page pays to validate or fetch a policy (valibot included: ~2.5 KB of it).
    name: '@policykit/sdk validation & loading (parsePolicy, loadPolicy)',
    code: "export { parsePolicy, safeParsePolicy, PolicyValidationError, loadPolicy, PolicyLoadError, LIMITS } from '@policykit/sdk';",
    limit: 7 * KB,
  },
  {
    // What a form page pays to send rights requests (client, validation, e-mail, deadlines).
    name: '@policykit/sdk rights requests (client, validation, mailto, deadlines)',
    code: "export { createRightsRequestClient, RightsRequestError, validateRightsRequest, mailtoTransport, responseDeadline } from '@policykit/sdk';",
    limit: 6 * KB,
  },
  {
    // What a page pays for diff, in-policy search, translation choice and policy dates.
    name: '@policykit/sdk diff, search, translations, dates',
    code: "export { diffPolicies, searchPolicy, createSearchIndex, findMatches, splitByMatches, inlineText, selectTranslation, availableLocales, localeDisplayName, formatPolicyDate, relativeTimeFromNow } from '@policykit/sdk';",
    limit: 5.5 * KB,
  },
  {
    // What a page pays to remember acknowledgements and announce upcoming changes.
    name: '@policykit/sdk acknowledgements (store, upcoming-change notice, audit record)',
    code: "export { createAcknowledgementStore, acknowledgementAuditRecord, policyChangeNotice, acknowledgeUpcomingNotice, needsUpcomingNotice, acknowledgementDue, loadAcknowledgements } from '@policykit/sdk';",
    limit: 3.5 * KB,
  },
  {
    name: '<RightsRequestForm> (host framework external)',
    code: "export { RightsRequestForm } from '@policykit/react';",
    limit: 10 * KB,
  },
  {
    name: '<PolicyUpdatedDialog> (with Radix dialog, host framework external)',
    code: "export { PolicyUpdatedDialog } from '@policykit/react';",
    limit: 16 * KB,
  },
];

async function measure(budget) {
  if (budget.file) return gzipSync(readFileSync(budget.file)).length;
  const result = await build({
    stdin: { contents: budget.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: hostFramework,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Ignore tsconfig `paths` (they point at sources): measure the built packages,
    // resolved through node_modules as a host app would.
    tsconfigRaw: '{}',
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

let failed = 0;
const rows = [];
for (const budget of budgets) {
  const size = await measure(budget);
  const ok = size <= budget.limit;
  if (!ok) failed++;
  rows.push({
    entry: budget.name,
    'min+gzip': `${(size / KB).toFixed(2)} KB`,
    budget: `${(budget.limit / KB).toFixed(0)} KB`,
    ok: ok ? 'yes' : 'OVER',
  });
}
console.table(rows);
if (failed) {
  console.error(`size: ${failed} budget(s) exceeded`);
  process.exit(1);
}
console.log('size: every budget met');
