// @vitest-environment node
/**
 * The example host app (examples/host-app), as a developer would run it: built from the
 * built packages, served by its own Node server (static files + the SDK's rights-request
 * handler with the file store), driven in Chromium. One journey per product, step by step;
 * any console error or uncaught page error fails the step it happened in.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { resolveConfig } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@policykit/sdk';
import { axeViolations, launchChromium, watchPageErrors } from './support/browser';
import { APP_DIR, HOST_SERVER } from './support/paths';
import { startServerProcess, type ServerProcess } from './support/server-process';

const kitId = resources.id.policykit;
const kitEn = resources.en.policykit;

/** A day before CTT's announced change (effective 2027-01-01), so the notice shows. */
const NOW = new Date('2026-11-20T02:00:00Z');

interface StoredRecord {
  idempotencyKey: string;
  request: { name: string; right: string; policyId: string };
  receipt: { reference: string; dueBySource?: string };
}

async function readRegister(dataDir: string, product: string): Promise<StoredRecord[]> {
  const text = await readFile(join(dataDir, `${product}-rights-requests.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as StoredRecord);
}

/** Whether the element's top edge is inside the viewport (a deep link scrolled it there). */
const isInView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const { top } = element.getBoundingClientRect();
    return top >= 0 && top < window.innerHeight;
  });

let server: ServerProcess;
let browser: Browser;
let page: Page;
let dataDir: string;
let pageErrors: string[];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pk-host-app-'));
  [server, browser] = await Promise.all([
    startServerProcess(HOST_SERVER, { DATA_DIR: dataDir }),
    launchChromium(),
  ]);
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  // Each step waits for what it needs; 10 s is plenty even on a busy 2-core machine.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  pageErrors = watchPageErrors(page, () => false);
});

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  expect(server?.stderr()).toBe('');
  await rm(dataDir, { recursive: true, force: true });
});

describe("given the example host app's build configuration", () => {
  it('resolves @policykit/* and the stylesheet to the built packages, never to their sources', async () => {
    const config = await resolveConfig(
      { configFile: join(APP_DIR, 'vite.config.ts'), logLevel: 'silent' },
      'build',
    );
    const resolve = config.createResolver();
    const importer = join(APP_DIR, 'src/main.tsx');
    expect(await resolve('@policykit/react', importer)).toMatch(
      /\/packages\/react\/dist\/index\.js$/,
    );
    expect(await resolve('@policykit/sdk', importer)).toMatch(/\/packages\/sdk\/dist\/index\.js$/);
    expect(await resolve('@policykit/react/styles.css', importer)).toMatch(
      /\/packages\/react\/dist\/styles\.css$/,
    );
  });
});

describe('given the CTT dashboard, in Indonesian', () => {
  it('reads the policy: clicking a section heading opens that section', async () => {
    await page.goto(`${server.url}ctt/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Kebijakan Privasi' }).waitFor();

    const trigger = page.getByRole('button', { name: 'Keamanan Data', exact: true });
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    await trigger.click();

    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#keamanan-data').getAttribute('data-state')).toBe('open');
    await page.getByRole('heading', { name: 'Sertifikasi Keamanan' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens the section a deep link names and scrolls it into view, on load and from the contents', async () => {
    await page.goto(`${server.url}ctt/`);
    await page.goto(`${server.url}ctt/privacy#hak-anda`);

    await expect.poll(() => page.locator('#hak-anda').getAttribute('data-state')).toBe('open');
    await expect.poll(() => isInView(page, '#hak-anda')).toBe(true);

    await page
      .getByRole('navigation', { name: kitId.viewer.contents })
      .getByRole('link', { name: 'Privasi Anak' })
      .click();
    await expect.poll(() => page.locator('#privasi-anak').getAttribute('data-state')).toBe('open');
    await expect.poll(() => isInView(page, '#privasi-anak')).toBe(true);
    expect(new URL(page.url()).hash).toBe('#privasi-anak');
  });

  it("leaves the host's own strings and language alone when the reader switches the policy to English", async () => {
    await page.getByRole('combobox', { name: kitId.viewer.language }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Privacy Policy' }).waitFor();

    const mainNav = page.getByRole('navigation', { name: 'Utama' });
    expect(await mainNav.getByRole('link').allTextContents()).toEqual([
      'Dasbor',
      'Kebijakan privasi',
      'Hak data Anda',
      'Masuk',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.getByTestId('host-language').textContent()).toBe(
      'Bahasa aplikasi host (instans i18next miliknya sendiri): id',
    );

    await page.getByRole('combobox', { name: kitId.viewer.language }).selectOption('id-ID');
    await page.getByRole('heading', { level: 1, name: 'Kebijakan Privasi' }).waitFor();
  });

  it('sends a rights request and shows the receipt with the CTT reference the server recorded', async () => {
    await page
      .getByRole('navigation', { name: 'Utama' })
      .getByRole('link', { name: 'Hak data Anda' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Hak data Anda' }).waitFor();

    await page.getByRole('radio', { name: 'Akses' }).check();
    await page.getByRole('textbox', { name: kitId.rights.fields.name.label }).fill('Siti Rahma');
    await page
      .getByRole('textbox', { name: kitId.rights.fields.email.label })
      .fill('siti.rahma@example.co.id');
    await page
      .getByRole('textbox', { name: kitId.rights.fields.details.label })
      .fill('Mohon salinan data transaksi saya tahun 2025.');
    await page.getByRole('button', { name: kitId.rights.form.submit }).click();

    await page.getByRole('heading', { name: kitId.rights.receipt.title }).waitFor();
    const reference = await page.locator('.pk-RightsRequestForm-reference').textContent();
    expect(reference).toMatch(/^CTT-\d{4}-000001$/);

    const records = await readRegister(dataDir, 'ctt');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      request: { policyId: 'ctt-privacy', right: 'access', name: 'Siti Rahma' },
      receipt: { reference },
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks a returning person, once signed in, to acknowledge the updated policy and records it', async () => {
    await page
      .getByRole('navigation', { name: 'Utama' })
      .getByRole('link', { name: 'Masuk' })
      .click();
    await page.getByRole('button', { name: 'Masuk' }).click();

    // Modal: the page behind it (the dashboard) is hidden from assistive technology meanwhile.
    const dialog = page.getByRole('alertdialog');
    await dialog
      .getByRole('heading', { name: 'Kebijakan Privasi kami telah diperbarui' })
      .waitFor();
    // The person last accepted the 2023 version: what changed since is listed and linked.
    const added = dialog.locator('[data-change="added"]', {
      hasText: 'Transfer Data Internasional',
    });
    expect(await added.getByRole('link').getAttribute('href')).toBe(
      '/ctt/privacy#transfer-internasional',
    );
    expect(await dialog.locator('[data-change="removed"]').allTextContents()).toEqual([
      expect.stringContaining('Retensi Data'),
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: kitId.dialog.acknowledge }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('heading', { level: 1, name: 'Selamat datang kembali, Siti Rahma' })
      .waitFor();

    const stored = await page.evaluate(() => localStorage.getItem('policykit:ack:ctt-privacy'));
    expect(JSON.parse(stored ?? 'null')).toMatchObject({
      policyId: 'ctt-privacy',
      version: '2024-06-12',
      locale: 'id-ID',
      acknowledgedAt: NOW.toISOString(),
    });
    // The announced 2027 change is still to be noticed, outside the dialog (UU PDP Pasal 21(2)).
    await page.locator('.pk-UpcomingChangeNotice').waitFor();
  });

  it('after a reload keeps the dialog closed and the acknowledgement stored, and the sent draft is gone', async () => {
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Selamat datang kembali, Siti Rahma' })
      .waitFor();
    // The notice renders from the same component once it has read the store: by then the
    // dialog has decided whether to open.
    await page.locator('.pk-UpcomingChangeNotice').waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    const stored = await page.evaluate(() => localStorage.getItem('policykit:ack:ctt-privacy'));
    expect(JSON.parse(stored ?? 'null')).toMatchObject({ version: '2024-06-12' });

    await page
      .getByRole('navigation', { name: 'Utama' })
      .getByRole('link', { name: 'Hak data Anda' })
      .click();
    const name = page.getByRole('textbox', { name: kitId.rights.fields.name.label });
    await name.waitFor();
    expect(await name.inputValue()).toBe('');
    expect(
      await page.getByRole('textbox', { name: kitId.rights.fields.details.label }).inputValue(),
    ).toBe('');
    expect(await page.getByText(kitId.rights.form.restored).count()).toBe(0);
    expect(
      await page.evaluate(() =>
        Object.keys(sessionStorage).filter((key) => key.startsWith('policykit:rights-draft:')),
      ),
    ).toEqual([]);
  });
});

describe('given the BTN CX survey platform, in English', () => {
  it("switches product: the host's own English strings are intact and PolicyKit speaks English too", async () => {
    await page
      .getByRole('navigation', { name: 'Produk' })
      .getByRole('link', { name: 'BTN CX' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'BTN CX' }).waitFor();

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const mainNav = page.getByRole('navigation', { name: 'Main' });
    expect(await mainNav.getByRole('link').allTextContents()).toEqual([
      'Dashboard',
      'Privacy policy',
      'Your data rights',
      'Sign in',
    ]);
    expect(await page.getByTestId('host-language').textContent()).toBe(
      'Host app language (its own i18next instance): en',
    );

    await mainNav.getByRole('link', { name: 'Privacy policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy Policy' }).waitFor();
    await page.getByRole('navigation', { name: kitEn.viewer.contents }).waitFor();
    await page.getByRole('searchbox', { name: kitEn.viewer.search.label }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends a request for a custom right; the receipt carries a BTN reference and the 14-day service level', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Your data rights' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Your data rights' }).waitFor();

    await page.getByRole('radio', { name: /deactivat/i }).check();
    await page.getByRole('textbox', { name: kitEn.rights.fields.name.label }).fill('Alex Morgan');
    await page
      .getByRole('textbox', { name: kitEn.rights.fields.email.label })
      .fill('alex.morgan@example.com');
    await page.getByRole('button', { name: kitEn.rights.form.submit }).click();

    await page.getByRole('heading', { name: kitEn.rights.receipt.title }).waitFor();
    const reference = await page.locator('.pk-RightsRequestForm-reference').textContent();
    expect(reference).toMatch(/^BTN-\d{4}-000001$/);
    expect(await readRegister(dataDir, 'btn-cx')).toEqual([
      expect.objectContaining({
        request: expect.objectContaining({ right: 'x-account-deactivation' }),
        receipt: expect.objectContaining({ reference, dueBySource: 'service-level' }),
      }),
    ]);
  });

  it('switching back to CTT brings back its Indonesian strings', async () => {
    await page
      .getByRole('navigation', { name: 'Products' })
      .getByRole('link', { name: 'CTT' })
      .click();
    const mainNav = page.getByRole('navigation', { name: 'Utama' });
    await mainNav.waitFor();
    expect(await mainNav.getByRole('link').allTextContents()).toEqual([
      'Dasbor',
      'Kebijakan privasi',
      'Hak data Anda',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
  });
});
