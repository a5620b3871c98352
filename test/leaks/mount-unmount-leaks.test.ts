// @vitest-environment node
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';
import { serveTestPages, type TestPages } from '../security/support/serve-test-pages';
import type { LeakSubject } from './page/leaks-page';

/*
 * Each component mounted, used as a person would, and unmounted 200 times in Chromium
 * (page/leaks-page.tsx, production React). Measured through the DevTools protocol after
 * forced garbage collections, once after 10 cycles (caches and lazily created things are
 * in place) and again after 200: the listeners on window and document
 * (DOMDebugger.getEventListeners), every DOM node and JS event listener still in memory,
 * detached ones included (Memory.getDOMCounters), and how many of the 200 rendered trees
 * are still reachable (a WeakRef to each). A leak of one listener or one small element per
 * mount shows up 190 times over.
 */

const WARM_UP = 10;
const CYCLES = 200;

/** Nodes one cycle may legitimately leave: far fewer than any component's tree (≥ 90 nodes). */
const NODE_TOLERANCE = 50;
/** JS event listeners (on any node) the same. */
const LISTENER_TOLERANCE = 5;
/**
 * Trees still reachable at the end that are not the components' doing: Chromium keeps the
 * last focused element as its "sequential focus navigation starting point", and
 * user-event's paste holds the first element it pasted into.
 */
const TOOLING_RETAINED = 2;

let pages: TestPages;
let browser: Browser;

beforeAll(async () => {
  pages = await serveTestPages({ leaks: 'test/leaks/page/leaks-page.tsx' }, { mode: 'production' });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

interface Measurement {
  nodes: number;
  jsEventListeners: number;
  window: string[];
  document: string[];
  alive: number;
}

async function openLeakPage() {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${pages.origin}/open/leaks.html`);
  await page.locator('html[data-pk-done]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp, problems };
}

async function listenersOn(cdp: CDPSession, expression: 'window' | 'document') {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const objectId = result.objectId!;
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId });
  await cdp.send('Runtime.releaseObject', { objectId });
  return listeners
    .map((listener) => `${listener.type}${listener.useCapture ? ' (capture)' : ''}`)
    .sort();
}

async function measure(page: Page, cdp: CDPSession): Promise<Measurement> {
  // Twice, with a pause: what the first collection finalizes (WeakRef targets, closures of
  // finished timers) is only reclaimed by the next.
  for (let round = 0; round < 2; round += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
  }
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return {
    nodes,
    jsEventListeners,
    window: await listenersOn(cdp, 'window'),
    document: await listenersOn(cdp, 'document'),
    alive: await page.evaluate(() => window.__pkLeaks.alive()),
  };
}

const run = (page: Page, subject: LeakSubject, cycles: number) =>
  page.evaluate(([name, count]) => window.__pkLeaks.run(name, count), [subject, cycles] as const);

describe.each([
  { subject: 'viewer', what: '<PolicyViewer>: a section opened, a search typed, Enter, show all' },
  {
    subject: 'form',
    what: '<RightsRequestForm>: a right chosen, name and e-mail typed, sent, receipt',
  },
  {
    subject: 'dialog',
    what: '<PolicyUpdatedDialog>: opened, then acknowledged — or unmounted while still open',
  },
] as const)(`given $what, mounted and unmounted ${CYCLES} times`, ({ subject }) => {
  it(`leaves window, document and memory as they were after ${WARM_UP} cycles, and nothing in the page`, async () => {
    const { page, cdp, problems } = await openLeakPage();
    const first = await run(page, subject, WARM_UP);
    const warm = await measure(page, cdp);
    const rest = await run(page, subject, CYCLES - WARM_UP);
    const after = await measure(page, cdp);
    const events = await page.evaluate(() => window.__pkRecorder.events);
    await page.close();

    expect([...first.leftovers, ...rest.leftovers]).toEqual([]);
    expect(after.window).toEqual(warm.window);
    expect(after.document).toEqual(warm.document);
    expect(after.jsEventListeners - warm.jsEventListeners).toBeLessThanOrEqual(LISTENER_TOLERANCE);
    expect(after.nodes - warm.nodes).toBeLessThanOrEqual(NODE_TOLERANCE);
    expect(after.alive).toBeLessThanOrEqual(TOOLING_RETAINED);
    expect(events).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);
});

describe('given a component that leaks on purpose (the control)', () => {
  it('shows up in every measurement: listeners on window, nodes, reachable trees', async () => {
    const { page, cdp } = await openLeakPage();
    await run(page, 'leaky', WARM_UP);
    const warm = await measure(page, cdp);
    await run(page, 'leaky', 40);
    const after = await measure(page, cdp);
    await page.close();

    expect(after.window.length - warm.window.length).toBe(40);
    expect(after.jsEventListeners - warm.jsEventListeners).toBe(40);
    expect(after.nodes - warm.nodes).toBeGreaterThanOrEqual(40);
    expect(after.alive).toBe(WARM_UP + 40);
  }, 60_000);
});
