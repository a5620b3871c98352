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
 * GOV.UK's accordion is tested "when JavaScript is unavailable": the server HTML must be
 * readable on its own. Here the real stylesheet and the server HTML go into a Chromium page
 * with JavaScript switched off — as for a reader whose script failed to load or is blocked.
 */
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const css = await build({
    entryPoints: [fileURLToPath(new URL('../styles.css', import.meta.url))],
    bundle: true,
    write: false,
    logLevel: 'silent',
  });
  const html = renderToString(<PolicyViewer policy={cttId} search />);
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--headless'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="id"><head><style>${css.outputFiles[0]!.text}</style></head>` +
      `<body>${html}</body></html>`,
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('given the server HTML and no JavaScript', () => {
  it('shows the text of every section, collapsed ones included', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('[hidden]').length)).toBeGreaterThan(
      0,
    );
    await expect(page.getByText('CTT tidak akan pernah menjual').isVisible()).resolves.toBe(true);
    for (const panel of await page.locator('.pk-PolicyViewer-content').all()) {
      expect(await panel.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(0);
    }
  });

  it('hides the controls that need JavaScript: search and show all', async () => {
    await expect(page.getByRole('searchbox').isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('button', { name: 'Tampilkan semua bagian' }).isVisible(),
    ).resolves.toBe(false);
  });

  it('keeps the table of contents, whose links work without JavaScript', async () => {
    await expect(page.getByRole('link', { name: 'Hak-Hak Anda' }).isVisible()).resolves.toBe(true);
  });
});
