// @vitest-environment node
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';
import type { ControlReport } from './page/control-page';
import type { RecordedEvent } from './page/page-recorder';
import type { XssReport } from './page/xss-page';
import { STRICT_CSP, serveTestPages, type TestPages } from './support/serve-test-pages';
import { TEST_IMAGE_ORIGIN } from './xss-documents';
import { XSS_PAYLOADS } from './xss-payloads';

/** A 1×1 transparent PNG, what the image host answers. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/*
 * The XSS corpus (xss-payloads.ts) in every text field and every link of a policy, as JSON
 * and as Markdown, rendered by <PolicyViewer> (search typed), <RightsRequestForm> (fields
 * typed, a refusal and a receipt carrying the payload) and <PolicyUpdatedDialog> (changed
 * sections and the review bar), in Chromium, on a page served with a strict CSP. The page
 * (page/xss-page.tsx) checks the DOM and the text; here we add what only the browser sees:
 * console errors, failed requests, uncaught errors.
 */

/** Payloads per page load: many documents per navigation, a test per chunk. */
const CHUNK = 24;
const chunks: { from: number; to: number; ids: number[] }[] = [];
for (let start = 0; start < XSS_PAYLOADS.length; start += CHUNK) {
  const ids = XSS_PAYLOADS.slice(start, start + CHUNK).map(({ id }) => id);
  chunks.push({ from: ids[0]!, to: ids[ids.length - 1]!, ids });
}

let pages: TestPages;
let browser: Browser;

beforeAll(async () => {
  // Production React, as readers run it: the viewer validates documents only in development,
  // so this is where an unvalidated hostile link meets the components' own link checks.
  // (React's development warnings are the SSR specs' business: test/ssr.)
  pages = await serveTestPages(
    { xss: 'test/security/page/xss-page.tsx', control: 'test/security/page/control-page.ts' },
    { mode: 'production' },
  );
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

/** Opens `path` in a fresh page and collects what the browser itself reports. */
async function open(path: string) {
  const page = await browser.newPage();
  const browserProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      browserProblems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => browserProblems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    browserProblems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  // The image blocks' one allowed host (see STRICT_CSP), answered here: nothing leaves the machine.
  await page.route(`${TEST_IMAGE_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: ONE_PIXEL_PNG }),
  );
  const response = await page.goto(`${pages.origin}${path}`);
  await page.locator('html[data-pk-done]').waitFor({ timeout: 60_000 });
  const events = await page.evaluate(() => window.__pkRecorder.events);
  return { page, response, events, browserProblems };
}

const describeEvents = (events: RecordedEvent[]) =>
  events.map((event) => `${event.kind} in ${event.case}: ${event.detail}`);

describe('given the XSS corpus on a page served with a strict Content-Security-Policy', () => {
  describe('when the detectors are tested on HTML planted on purpose', () => {
    it('serves the page with the CSP header, which blocks the planted event handler and reports it', async () => {
      const { page, response, events } = await open('/csp/control.html');
      expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
      expect(STRICT_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(events.filter((event) => event.kind === 'tripwire')).toEqual([]);
      expect(events.filter((event) => event.kind === 'csp-violation').length).toBeGreaterThan(0);
      await page.close();
    });

    it('trips the tripwire when nothing blocks the planted handler (no CSP)', async () => {
      const { page, events } = await open('/open/control.html');
      expect(events).toContainEqual({
        kind: 'tripwire',
        case: 'planted HTML',
        detail: 'payload #0 ran',
      });
      await page.close();
    });

    it('finds the planted image, frame and javascript: link in the DOM', async () => {
      const { page } = await open('/open/control.html');
      const report = (await page.evaluate(() => window.__pkControlReport)) as ControlReport;
      expect(report.domProblems).toEqual(
        expect.arrayContaining([
          // An <img> is an element PolicyKit renders (image blocks), but never from a non-https source.
          '<img> has src="/missing.png"',
          expect.stringMatching(/^<img> has an event-handler attribute onerror=/),
          expect.stringMatching(/^<a> links to a forbidden URL: "javascript:/),
          'unexpected element <iframe>',
          expect.stringMatching(/^<iframe> has srcdoc=/),
        ]),
      );
      await page.close();
    });
  });

  describe.each(chunks)('when payloads #$from–#$to are rendered', ({ ids }) => {
    it(
      'runs none of them, reports no violation, links nowhere but https/http/mailto/tel/#, ' +
        'adds no element of its own and shows every string as written',
      async () => {
        const { page, events, browserProblems } = await open(`/csp/xss.html?ids=${ids.join(',')}`);
        const report = (await page.evaluate(() => window.__pkXssReport)) as XssReport;
        await page.close();
        expect(describeEvents(events)).toEqual([]);
        expect(browserProblems).toEqual([]);
        expect(report.problems).toEqual([]);
        // Every payload got at least its JSON document on screen, in all three components.
        expect(report.rendered).toBeGreaterThanOrEqual(ids.length);
      },
      60_000,
    );
  });
});
