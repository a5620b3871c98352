// Size budgets, min+gzip, checked in CI against the built packages (run after `npm run build`).
// Each line bundles what a host app would pull in for one import statement — esbuild,
// minified, the packages resolved through node_modules from their `dist/` — with the host's
// own framework (react, react-dom, i18next, react-i18next) left out, as the issues define it.
// The table prints, per line, the size, the budget, the headroom left and where the number
// comes from.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const hostFramework = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next'];
const KB = 1024;

/**
 * @typedef {object} Budget
 * @property {string} name  what is measured, as the table shows it
 * @property {string} source  where the limit comes from (an issue, or why it is what it is)
 * @property {string} [code]  the host's import statement, bundled
 * @property {string} [file]  a file measured as it ships (gzip only)
 * @property {number} limit  bytes, min+gzip: CI fails above it
 * @property {number} [target]  bytes: the budget where the shipped feature set does not
 *   fit it yet. The table shows it and the gap, so the miss stays visible, while `limit` holds
 *   the measured size as a ratchet (lower it as bytes are won back, never raise it silently).
 */

/** @type {Budget[]} */
export const budgets = [
  // --- @policykit/react: one line per component, each with the SDK code and strings it uses.
  {
    // Over issue 3's 18 KB: Radix Accordion's Root, Item and Trigger alone are 7.73 KB (mostly
    // react-collection), which leaves our code 10.3 KB against the 13.2 KB it is: the viewer's
    // en+id strings, search index, diff and dates are ~5.5 KB of it. 1.5 KB of Radix's share is
    // code nothing uses, kept by the top-level `__name(...)` calls in Radix's published build
    // (with those statements stripped the viewer is 19.4 KB); a host cannot drop them either.
    // Without Radix the viewer measured 13.5 KB; the issue requires Radix. Duplicated helpers
    // removed and Radix's Header dropped: 21.13 -> 20.93 KB. Ratchet at measured + 0.3 KB.
    // Issue 12's blocks (tables with caption, th scope and block cells; images; list items
    // holding blocks; line breaks and link titles; search marks in cells): 21.01 -> 21.27 KB
    // (+0.26 KB of the 2 KB issue 12 allows; measured at a569b34 and 0c1bb9d), so the
    // ratchet moves to 21.27 + 0.3 KB.
    name: '<PolicyViewer> (with Radix accordion)',
    // Issue 11 then rebuilt the viewer's store on the SDK's createStore + useSelector and moved the
    // submission/draft/prompt logic into the SDK (21.27 -> 21.83 KB at 0c1bb9d..HEAD of that
    // session, not yet split by cause): ratchet at measured + 0.3 KB.
    source:
      'issue 3 (target 18 KB, not met); issue 12 +0.26 KB; issue 11 +0.56 KB; issue 16 +0.15 KB (folding contents, word-start search); issues 15 + 16 +0.94 KB (layered summary, server HTML readable before the script)',
    code: "export { PolicyViewer } from '@policykit/react';",
    limit: 23.7 * KB,
    target: 18 * KB,
  },
  {
    // Over issue 4's 10 KB: ~2.9 KB are its own en+id strings and ~2.5 KB the SDK code it
    // needs (request validation, reply-by deadline, idempotency keys); lazy-loading the
    // receipt and identity step would win ~1.5 KB back. Ratchet at measured + margin.
    name: '<RightsRequestForm>',
    source:
      'issue 4 (target 10 KB, not met); issues 14 + 16 +0.65 KB (translation sets through selectTranslation, the receipt’s status code and link)',
    code: "export { RightsRequestForm } from '@policykit/react';",
    limit: 13.3 * KB,
    target: 10 * KB,
  },
  {
    // Issue 11 moved the prompt rules into the SDK (createPolicyPromptState on createStore) and
    // the dialog reads them with useSelector: 15.99 -> 16.40 KB. Ratchet at measured + 0.3 KB.
    name: '<PolicyUpdatedDialog> (with Radix dialog)',
    source:
      'issue 5 (16 KB, missed); issue 11 +0.4 KB; issue 16 +0.78 KB (translation sets, Shift+Tab wrap, returnFocusTo, portal theming); issue 15 +3.72 KB (the receipt view: summary, copy, download, verify with SHA-256 canonical JSON — a lazy chunk would win most of it back)',
    code: "export { PolicyUpdatedDialog } from '@policykit/react';",
    limit: 21.6 * KB,
    target: 16 * KB,
  },
  {
    // What a host that uses all three pays: the shared SDK code, strings and Radix counted once.
    // Measured 48.25 KB at this line's introduction: the SDK code and en+id strings are ~41 KB
    // minified (strings ~13 KB of it), Radix's accordion + dialog ~38 KB minified, the three
    // components ~55 KB minified. The 32 KB needs lazy chunks (the form's receipt and
    // identity step, the dialog's receipt view) and strings per language.
    name: 'the kit: <PolicyViewer> + <RightsRequestForm> + <PolicyUpdatedDialog>',
    source: 'issue 16 (target 32 KB, not met)',
    code: "export { PolicyViewer, RightsRequestForm, PolicyUpdatedDialog } from '@policykit/react';",
    limit: 48.6 * KB,
    target: 32 * KB,
  },
  {
    name: '@policykit/react/styles.css (gzip)',
    source:
      'issue 3 (5 KB, missed by 0.28 KB); issue 12 tables and figures +0.5 KB; issue 14 status page +0.3 KB; issues 15 + 16 +0.23 KB (receipt view, type/spacing tokens)',
    file: 'packages/react/dist/styles.css',
    limit: 5.4 * KB,
    target: 5 * KB,
  },

  // --- @policykit/sdk
  {
    // Issue 2's budget, for the surface issue 2 defined. (Issue 2 gave it to "the browser
    // entry, everything except markdown" when that entry held nothing else; see the
    // whole-entry line below for what it holds now.)
    // Not met: validation with every issue path (valibot ~2.1 KB, schema ~1.8 KB, document-wide
    // rules and the iterative depth guard ~1.2 KB), the accent-insensitive search index with
    // highlight ranges the viewer's keystroke budget needs (~2.2 KB), moved-section diff and
    // streamed size limit on load. Ratchet at measured + margin.
    // Issue 12's table, image, rich-item, break and topic schemas and rules: +0.46 KB.
    name: '@policykit/sdk foundation: parse, load, diff, search',
    source: 'issue 2 (target 8 KB, not met); issue 12 +0.46 KB',
    code: "export { parsePolicy, safeParsePolicy, PolicyValidationError, loadPolicy, PolicyLoadError, diffPolicies, searchPolicy } from '@policykit/sdk';",
    limit: 11.26 * KB,
    target: 8 * KB,
  },
  {
    // What a page pays to validate or fetch a policy (valibot is ~2 KB of it).
    // Issue 12's new block schemas and document rules: 7.67 KB measured.
    name: '@policykit/sdk validation & loading',
    source: 'area budget; issue 12 measured 7.67 + 0.3',
    code: "export { parsePolicy, safeParsePolicy, PolicyValidationError, loadPolicy, PolicyLoadError, LIMITS } from '@policykit/sdk';",
    limit: 7.97 * KB,
  },
  {
    // What a form page pays to send rights requests (client, validation, e-mail, deadlines).
    name: '@policykit/sdk rights requests (client, validation, mailto, deadlines)',
    source: 'area budget',
    code: "export { createRightsRequestClient, RightsRequestError, validateRightsRequest, mailtoTransport, responseDeadline } from '@policykit/sdk';",
    limit: 6 * KB,
  },
  {
    // What a page pays for diff, in-policy search, translation choice and policy dates.
    name: '@policykit/sdk diff, search, translations, dates',
    source: 'area budget',
    code: "export { diffPolicies, searchPolicy, createSearchIndex, selectTranslation, availableLocales, localeDisplayName, formatPolicyDate, relativeTimeFromNow } from '@policykit/sdk'; export { findMatches, splitByMatches, inlineText } from '@policykit/sdk/text';",
    limit: 5.5 * KB,
  },
  {
    // What a page pays to remember acknowledgements and announce upcoming changes.
    name: '@policykit/sdk acknowledgements (store, upcoming-change notice, audit record)',
    source: 'area budget',
    code: "export { createAcknowledgementStore, acknowledgementAuditRecord, policyChangeNotice, acknowledgeUpcomingNotice, needsUpcomingNotice, acknowledgementDue, loadAcknowledgements } from '@policykit/sdk';",
    limit: 3.5 * KB,
  },
  {
    // Every export at once — nobody ships this (a bundler keeps only what is imported, and
    // the lines above are what each use costs), but it must not grow unnoticed. Issue 2's
    // 8 KB was set when this entry held only the document model, loading, diff and search
    // (the foundation line above); the fixed SPEC surface has since added acknowledgements,
    // the rights-request client, statutory deadlines, translations, dates and every
    // component's UI strings in two languages (~4.8 KB of it) to this same entry. So the
    // limit here is the size measured when that surface was complete, 24.0 KB, plus a
    // 0.5 KB margin: raise it only together with the feature that needs the bytes.
    // Issue 11 moved the request submission, draft store and prompt state into the SDK and added
    // the store primitive; issue 12 the new block schemas; issue 14 the request lifecycle and the
    // working-day clock: 28.46 KB measured.
    name: '@policykit/sdk whole browser entry (export *)',
    source:
      'issue 2 (target 8 KB, not met); measured 28.46 + 0.5; issue 15 +3.7 KB lintPolicy, +2.3 KB receipts; issue 14 status client and strings; +6.46 KB this stop: the server acknowledgement adapter (issue 15), the receipt view’s summary/file/verify messages (issue 15), the layered summary (issue 15), the DPO inbox’s admin client, inbox view and inbox strings (issue 14)',
    code: "export * from '@policykit/sdk';",
    limit: 42.3 * KB,
    target: 8 * KB,
  },
  {
    // Build tools, the CLI and the Storybook playground only: the YAML parser is ~30 KB of it,
    // markdown-it (with its entity tables, linkify-it and punycode) ~35 KB. markdown-it replaced
    // micromark (~18 KB) in issue 12: micromark was quadratic on long lists and emphasis-dense
    // paragraphs of real policies. Kept out of the browser entry by being a separate subpath.
    name: '@policykit/sdk/markdown (importMarkdown: markdown-it, yaml, validation)',
    source:
      'area budget; issue 12 measured 89.9 + 2; the table, image and rich-item converters 92.28 + 0.5',
    code: "export { importMarkdown } from '@policykit/sdk/markdown';",
    limit: 92.8 * KB,
  },

  // --- Tree-shaking guards: one small import must cost only itself. If one of these fails,
  // some module's top level does work a bundler must keep (a call not marked
  // `/* @__PURE__ */`, a computed key, a property read while building a constant), and
  // every import of the package pays for it: in PolicyKit's builds that was all UI strings
  // in every SDK import (+4.7 KB) and the viewer in every component (+3.5 KB).
  {
    name: 'tree-shaking: one SDK constant (LIMITS)',
    source: 'guard',
    code: "export { LIMITS } from '@policykit/sdk';",
    limit: 0.5 * KB,
  },
  {
    name: 'tree-shaking: <PolicyKitProvider> alone',
    source: 'guard',
    code: "export { PolicyKitProvider } from '@policykit/react';",
    limit: 1 * KB,
  },
];

/** min+gzip bytes of what `budget` measures. */
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

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

let failed = 0;
const missedTargets = [];
const rows = [];
for (const budget of budgets) {
  const size = await measure(budget);
  const ok = size <= budget.limit;
  if (!ok) failed++;
  rows.push({
    entry: budget.name,
    'min+gzip': kb(size),
    budget: kb(budget.limit),
    headroom: ok ? kb(budget.limit - size) : `-${kb(size - budget.limit)}`,
    source: budget.source,
    ok: ok
      ? budget.target && size > budget.target
        ? `yes (target ${kb(budget.target)})`
        : 'yes'
      : 'OVER',
  });
  if (budget.target && size > budget.target)
    missedTargets.push(`${budget.name}: ${kb(size)} > ${kb(budget.target)}`);
}
console.table(rows);
if (failed) {
  console.error(`size: ${failed} budget(s) exceeded`);
  process.exit(1);
}
if (missedTargets.length) {
  console.log(
    `size: issue targets not yet met (reported, ratcheted):\n  ${missedTargets.join('\n  ')}`,
  );
}
console.log('size: every CI limit met');
