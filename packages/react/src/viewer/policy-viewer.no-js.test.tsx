// @vitest-environment node
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyViewer } from '@policykit/react';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium-path.mjs';
import { cttId } from '../../../../test/fixtures/policies';

/*
 * Issue 16, progressive enhancement as GOV.UK's accordion does it ("when JavaScript is
 * unavailable"): the server HTML must be the readable policy on its own, with nothing claiming
 * a state it does not have. Two readers get only that HTML, in Chromium with the real
 * stylesheet: one with JavaScript switched off, one with JavaScript on whose bundle fails —
 * a 404 script and a script that throws. (With the bundle, hydration turns it into the
 * accordion: policy-viewer.browser.test.tsx and test/ssr/stories-hydration.browser.test.tsx.)
 */
const ORIGIN = 'https://policy.example';
/** Text of a section collapsed in the accordion ("Pembagian Data"), deep in the page. */
const COLLAPSED_TEXT = 'CTT tidak akan pernah menjual';

let browser: Browser;
let css: string;
let html: string;

beforeAll(async () => {
  const built = await build({
    entryPoints: [fileURLToPath(new URL('../styles.css', import.meta.url))],
    bundle: true,
    write: false,
    logLevel: 'silent',
  });
  css = built.outputFiles[0]!.text;
  html = renderToString(<PolicyViewer policy={cttId} search />);
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--headless'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The server's page at ORIGIN/policy, `script` in its head; the bundle's URL answers 404. */
async function serverPage(javaScriptEnabled: boolean, script: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname !== '/policy') return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body:
        `<!doctype html><html lang="id"><head><style>${css}</style>${script}</head>` +
        `<body>${html}</body></html>`,
    });
  });
  await page.goto(`${ORIGIN}/policy`);
  return page;
}

const readers: [string, boolean, string][] = [
  ['JavaScript off', false, '<script src="/assets/viewer.js"></script>'],
  ['JavaScript on, the bundle answering 404', true, '<script src="/assets/viewer.js"></script>'],
  [
    'JavaScript on, the bundle throwing',
    true,
    '<script>throw new Error("bundle failed before hydrating");</script>',
  ],
];

describe.each(readers)('given the server HTML, %s', (_, javaScriptEnabled, script) => {
  let page: Page;
  beforeAll(async () => {
    page = await serverPage(javaScriptEnabled, script);
  }, 60_000);
  afterAll(async () => {
    await page?.context().close();
  });

  it('shows the text of every section, collapsed ones included', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('[hidden]').length)).toBe(0);
    await expect(page.getByText(COLLAPSED_TEXT).isVisible()).resolves.toBe(true);
    const panels = await page.locator('.pk-PolicyViewer-content').all();
    expect(panels.length).toBeGreaterThan(3);
    for (const panel of panels) {
      expect(await panel.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(0);
    }
  });

  it('claims no state: no aria-expanded, no data-state="closed", no toggle over shown text', async () => {
    expect(
      await page.evaluate(
        () => document.querySelectorAll('[aria-expanded], [data-state="closed"]').length,
      ),
    ).toBe(0);
    // The headings are headings of text, as GOV.UK's are before its script adds the buttons.
    expect(await page.getByRole('heading', { name: 'Pembagian Data' }).count()).toBe(1);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
  });

  it('leaves out the controls that need JavaScript: search and show all', async () => {
    await expect(page.getByRole('searchbox').count()).resolves.toBe(0);
    await expect(
      page.getByRole('button', { name: 'Tampilkan semua bagian' }).count(),
    ).resolves.toBe(0);
  });

  it('keeps the table of contents, whose links land on visible text', async () => {
    const link = page.getByRole('link', { name: 'Hak-Hak Anda' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^#/);
    await link.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const land = () =>
      page.evaluate((id) => {
        const section = document.getElementById(id)!;
        const text = section.querySelector(
          '.pk-PolicyViewer-content p, .pk-PolicyViewer-content li',
        );
        const top = section.getBoundingClientRect().top;
        return {
          hash: window.location.hash,
          top,
          textVisible: text instanceof HTMLElement && text.checkVisibility(),
        };
      }, href!.slice(1));
    // Sections above skip layout until seen (content-visibility: auto): on a loaded machine the
    // page can still be settling when the scroll starts, so wait for the section to reach the top.
    await expect.poll(async () => Math.abs((await land()).top)).toBeLessThan(2);
    const landed = await land();
    expect(landed.hash).toBe(href);
    expect(Math.abs(landed.top)).toBeLessThan(2);
    expect(landed.textVisible).toBe(true);
  });
});

// window.find is Chromium's find-in-page on the page's text; calling it needs script, so it
// runs for the readers whose JavaScript is on (the bundle failed, the page's own script runs).
describe.each(readers.filter(([, javaScriptEnabled]) => javaScriptEnabled))(
  'given the server HTML, %s',
  (_, javaScriptEnabled, script) => {
    let page: Page;
    beforeAll(async () => {
      page = await serverPage(javaScriptEnabled, script);
    }, 60_000);
    afterAll(async () => {
      await page?.context().close();
    });

    it("lets the browser's find-in-page reach a collapsed section's text", async () => {
      // window.find is Chromium's find-in-page on the page's text (it needs script to call).
      const found = await page.evaluate((text) => {
        window.getSelection()?.removeAllRanges();
        const hit = (window as { find?: (s: string) => boolean }).find?.(text) ?? false;
        const node = window.getSelection()?.anchorNode?.parentElement;
        return { hit, visible: node?.checkVisibility() ?? false };
      }, COLLAPSED_TEXT);
      expect(found).toEqual({ hit: true, visible: true });
    });
  },
);
