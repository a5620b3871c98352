// `npm run test:storybook-static`: the static Storybook a designer would be sent works.
//
// Builds Storybook into storybook-static/ (or reuses a build newer than every source it is
// made from), serves it on 127.0.0.1, opens every entry of its index.json (each story and each
// docs page) in one Chromium page and fails on any console error, page error, story error,
// failed play function or failed a11y report, under the BTN CX brand in dark mode. Stories are switched over Storybook's own
// channel, as the Storybook UI does, so the bundle is loaded once.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'storybook-static');
const TIME_LIMIT_MS = 5 * 60_000;
// The toolbar globals every entry is shown under (a story's own globals still win). The
// Vitest projects cover the default theme and CTT dark; this pass covers BTN CX dark.
const GLOBALS = process.env.STORYBOOK_GLOBALS ?? 'brand:btn-cx;scheme:dark';
const ENTRY_TIMEOUT_MS = 30_000;

const deadline = setTimeout(() => {
  console.error(`storybook-static: gave up after ${TIME_LIMIT_MS / 60_000} minutes`);
  process.exit(1);
}, TIME_LIMIT_MS);
deadline.unref();

/** Newest modification time under a path (files only, node_modules and dist skipped). */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

function buildIsFresh() {
  const built = newestMtime(join(outDir, 'index.json'));
  if (!built) return false;
  const sources = ['.storybook', 'stories', 'packages/sdk/src', 'packages/react/src']
    .concat(['packages/sdk/policy.schema.json', 'test/fixtures', 'package-lock.json'])
    .map((path) => newestMtime(join(root, path)));
  return built > Math.max(...sources);
}

if (buildIsFresh() && !process.env.STORYBOOK_REBUILD) {
  console.log('storybook-static: build is newer than its sources, reusing it');
} else {
  console.log('storybook-static: building…');
  const build = spawnSync('npx', ['--no-install', 'storybook', 'build', '-o', outDir, '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('storybook-static: `storybook build` failed');
    process.exit(1);
  }
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const server = createServer((request, response) => {
  let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  // Chromium asks any top-level page for /favicon.ico; iframe.html names no icon of its own.
  if (pathname === '/favicon.ico') pathname = '/favicon.svg';
  const file = normalize(join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (relative(outDir, file).startsWith(`..${sep}`) || !existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const base = `http://127.0.0.1:${port}`;

const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' || entry.type === 'docs',
);
if (entries.length === 0) {
  console.error('storybook-static: index.json lists no stories');
  process.exit(1);
}

// Storybook reports each render on its channel. The channel is captured the moment the
// preview creates it, so even the first entry's events (which start with page load) are seen.
const EVENTS = [
  'storyFinished',
  'docsRendered',
  'storyErrored',
  'storyThrewException',
  'playFunctionThrewException',
  'storyMissing',
  'storyRenderPhaseChanged',
];
function recordChannelEvents(names) {
  const log = [];
  let channel;
  Object.defineProperty(window, '__pkChannelLog', { value: log });
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of names) {
        value.on(name, (payload) => {
          // Keep only what the check reads: a11y reports carry whole axe results.
          const summary =
            name === 'storyFinished'
              ? {
                  storyId: payload.storyId,
                  status: payload.status,
                  failed: payload.reporters
                    .filter((report) => report.status === 'failed')
                    .map((report) => report.type),
                }
              : name === 'storyRenderPhaseChanged'
                ? { storyId: payload.storyId, phase: payload.newPhase }
                : typeof payload === 'object' && payload
                  ? { name: payload.name, message: payload.message, storyId: payload.storyId }
                  : payload;
          log.push({ name, payload: summary, at: performance.now() });
        });
      }
    },
  });
}

/**
 * Waits for the entry's final event and says what went wrong, if anything. A docs page
 * renders its stories after `docsRendered`; switching away while one of them is still
 * rendering makes Storybook reload the page, so every render started must have finished,
 * and the channel must have been quiet for a moment (a slow machine starts the last of a
 * page's stories well after the first ones finished).
 */
async function outcomeOf(page, entry, from) {
  const done = await page
    .waitForFunction(
      ({ id, from, quietMs }) => {
        const log = window.__pkChannelLog.slice(from);
        const last = log.at(-1);
        if (!last || performance.now() - last.at < quietMs) return false;
        const lastPhase = new Map();
        for (const { name, payload } of log) {
          if (name === 'storyRenderPhaseChanged') lastPhase.set(payload.storyId, payload.phase);
        }
        const settled = [...lastPhase.values()].every((phase) =>
          ['finished', 'aborted'].includes(phase),
        );
        return (
          settled &&
          log.some(
            ({ name, payload }) =>
              (name === 'storyFinished' && payload.storyId === id) ||
              (name === 'docsRendered' && payload === id) ||
              name === 'storyErrored' ||
              name === 'storyThrewException' ||
              name === 'storyMissing',
          )
        );
      },
      { id: entry.id, from, quietMs: entry.type === 'docs' ? 500 : 100 },
      { timeout: ENTRY_TIMEOUT_MS, polling: 25 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!done) return [`did not finish rendering within ${ENTRY_TIMEOUT_MS} ms`];
  const log = await page.evaluate((from) => window.__pkChannelLog.slice(from), from);
  return log.flatMap(({ name, payload }) => {
    switch (name) {
      case 'storyFinished':
        return payload.status === 'success'
          ? []
          : [
              `story ${payload.storyId} failed${payload.failed.length ? ` (${payload.failed.join(', ')} report)` : ''}`,
            ];
      case 'docsRendered':
      case 'storyRenderPhaseChanged':
        return [];
      default:
        return [`${name}: ${payload?.name ?? ''} ${payload?.message ?? ''}`.trim()];
    }
  });
}

/**
 * Docs pages may show stories in their own iframes (`docs.story.inline: false`, used for
 * modals). Each frame runs a whole preview; leaving before they finish would abort them
 * (and their failures count too).
 */
async function framedStoryOutcomes(page) {
  const problems = [];
  // Frames below the fold load lazily, when scrolled to; those not started are skipped.
  const started = page
    .frames()
    .filter((frame) => frame !== page.mainFrame() && frame.url().includes('iframe.html'));
  for (const frame of started) {
    const finished = await frame
      .waitForFunction(
        () => window.__pkChannelLog?.find(({ name }) => name === 'storyFinished')?.payload,
        undefined,
        { timeout: ENTRY_TIMEOUT_MS, polling: 25 },
      )
      .then(
        (handle) => handle.jsonValue(),
        () => null,
      );
    if (!finished) problems.push(`framed story ${frame.url()} did not finish rendering`);
    else if (finished.status !== 'success')
      problems.push(`framed story ${finished.storyId} failed`);
  }
  return problems;
}

/**
 * Markdown the docs page shows as text instead of rendering it: a paragraph that is a pipe
 * table (MDX without GFM renders `| a | b |` rows as one paragraph).
 */
async function rawMarkdownTables(page) {
  const raw = await page.$$eval('#storybook-docs p', (paragraphs) =>
    paragraphs
      .map((p) => p.textContent.trim())
      .filter((text) => /^\|.*\|/.test(text) && text.includes('---')),
  );
  return raw.map((text) => `a Markdown table shown as text: ${text.slice(0, 60)}…`);
}

/** Docs pages link to each other as `?path=/docs/<id>` or `?path=/story/<id>`: every id must exist. */
async function brokenStoryLinks(page) {
  const hrefs = await page.$$eval('#storybook-docs a[href^="?path="]', (links) =>
    links.map((link) => link.getAttribute('href')),
  );
  return hrefs
    .filter((href) => !index.entries[href.replace(/^\?path=\/(docs|story)\//, '')])
    .map((href) => `link to a missing entry: ${href}`);
}

/** A 640 × 240 picture standing in for a policy's remote diagram. */
const PLACEHOLDER_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="240" viewBox="0 0 640 240">' +
  '<rect width="640" height="240" fill="#e8eef7"/><g fill="#0b4ea2">' +
  '<rect x="40" y="90" width="140" height="60" rx="8"/><rect x="250" y="90" width="140" height="60" rx="8"/>' +
  '<rect x="460" y="90" width="140" height="60" rx="8"/></g><g stroke="#0b4ea2" stroke-width="4">' +
  '<path d="M180 120h70M390 120h70"/></g></svg>';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const failures = [];
try {
  const page = await browser.newPage();
  await page.addInitScript(recordChannelEvents, EVENTS);
  /** @type {string[]} */
  let problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => {
    const where = (error.stack ?? '').split('\n').slice(1, 4).join(' ← ').trim();
    problems.push(`page error: ${error.message}${where ? ` (${where})` : ''}`);
  });
  // Image blocks load only https: sources, and a policy's diagrams live on its host's own
  // domain (the stories name BTN's and CTT's), which this offline check cannot reach. Answer
  // them with a placeholder picture, so an entry fails for our pages and not for DNS; any
  // other request to the outside still fails the entry.
  await page.route(
    (url) => url.protocol === 'https:',
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE })
        : route.continue(),
  );
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // Moving on removes a docs page's lazily loading story frames, aborting their requests.
    if (reason === 'net::ERR_ABORTED' && request.frame() !== page.mainFrame()) return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  for (const [position, entry] of entries.entries()) {
    const name = `${entry.title} › ${entry.name} (${entry.id})`;
    let from = 0;
    if (position === 0) {
      await page.goto(
        `${base}/iframe.html?id=${entry.id}&viewMode=${entry.type}&globals=${encodeURIComponent(GLOBALS)}`,
      );
    } else {
      problems = [];
      from = await page.evaluate(() => window.__pkChannelLog.length);
      await page.evaluate(
        ({ storyId, viewMode }) => {
          // Each entry starts as if opened on its own: a deep link (#section-id) a previous
          // story navigated to must not carry over into the next one.
          history.replaceState(null, '', location.pathname + location.search);
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode });
        },
        { storyId: entry.id, viewMode: entry.type },
      );
    }
    const outcome = await outcomeOf(page, entry, from);
    if (entry.type === 'docs') {
      outcome.push(...(await framedStoryOutcomes(page)));
      outcome.push(...(await brokenStoryLinks(page)));
      outcome.push(...(await rawMarkdownTables(page)));
    }
    // Errors logged just after the render (effects, late requests) belong to this entry too.
    await page.waitForTimeout(50);
    const all = [...outcome, ...problems];
    if (all.length > 0) failures.push({ entry: name, problems: all });
    console.log(`${all.length ? '✗' : '✓'} ${name}`);
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`\nstorybook-static: ${failures.length} of ${entries.length} entries failed`);
  for (const { entry, problems } of failures) {
    console.error(`\n✗ ${entry}`);
    for (const problem of problems) console.error(`    ${problem}`);
  }
  process.exit(1);
}
console.log(`storybook-static: all ${entries.length} entries rendered without errors`);
