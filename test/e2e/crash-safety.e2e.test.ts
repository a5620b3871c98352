// @vitest-environment node
/**
 * Crash safety of rights requests, end to end: the example host app's form in Chromium,
 * the SDK's handler and file store in a real server process. Nothing a person typed is
 * lost, and a request is recorded exactly once, whether the server dies between writing
 * and replying, the network drops the reply or the request, or duplicates arrive at once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request as PlaywrightRequest } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resources, type RightsRequest, type RightsRequestReceipt } from '@policykit/sdk';
import { launchChromium, watchPageErrors } from './support/browser';
import { CRASHING_SERVER, HOST_SERVER } from './support/paths';
import { startServerProcess, type ServerProcess } from './support/server-process';

const kit = resources.id.policykit.rights;
const ENDPOINT = '/api/rights-requests/ctt';

interface StoredRecord {
  idempotencyKey: string;
  sequence: number;
  request: RightsRequest;
  receipt: RightsRequestReceipt;
}

/** The CTT register, line by line; a line that is not JSON fails the test here. */
async function readRegister(
  dataDir: string,
): Promise<{ lines: string[]; records: StoredRecord[] }> {
  const text = await readFile(join(dataDir, 'ctt-rights-requests.jsonl'), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  return { lines, records: lines.map((line) => JSON.parse(line) as StoredRecord) };
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let dataDir: string;
const servers: ServerProcess[] = [];

/** Every rights request the page sends, in order, as Chromium saw it. */
let sent: PlaywrightRequest[];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pk-crash-safety-'));
  context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  // Failed deliveries are the point of these tests: Chromium logs each one as a console
  // error about the endpoint. Any other console error still fails the test.
  pageErrors = watchPageErrors(
    page,
    (text, url) => text.startsWith('Failed to load resource: net::ERR_') && url.endsWith(ENDPOINT),
  );
  sent = [];
  page.on('request', (request) => {
    if (request.url().endsWith(ENDPOINT)) sent.push(request);
  });
});

afterEach(async () => {
  await context.close();
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  await rm(dataDir, { recursive: true, force: true });
  expect(pageErrors).toEqual([]);
});

async function start(script: string, env: Record<string, string> = {}) {
  const server = await startServerProcess(script, { DATA_DIR: dataDir, ...env });
  servers.push(server);
  return server;
}

/** Opens CTT's "Hak data Anda" page and fills in a request, without sending it. */
async function fillRequest(server: ServerProcess) {
  await page.goto(`${server.url}ctt/data-rights`);
  await page.getByRole('radio', { name: 'Koreksi' }).check();
  await page.getByRole('textbox', { name: kit.fields.name.label }).fill('Siti Rahma');
  await page
    .getByRole('textbox', { name: kit.fields.email.label })
    .fill('siti.rahma@example.co.id');
  await page
    .getByRole('textbox', { name: kit.fields.details.label })
    .fill('Alamat saya berubah menjadi Jl. Kemang Raya No. 5.');
}

/** The fields still hold what was typed (nothing lost to a failure or a reload). */
async function expectDraftIntact() {
  expect(await page.getByRole('radio', { name: 'Koreksi' }).isChecked()).toBe(true);
  expect(await page.getByRole('textbox', { name: kit.fields.name.label }).inputValue()).toBe(
    'Siti Rahma',
  );
  expect(await page.getByRole('textbox', { name: kit.fields.email.label }).inputValue()).toBe(
    'siti.rahma@example.co.id',
  );
  expect(await page.getByRole('textbox', { name: kit.fields.details.label }).inputValue()).toBe(
    'Alamat saya berubah menjadi Jl. Kemang Raya No. 5.',
  );
}

async function waitForRetryableFailure() {
  const failure = page.locator('.pk-RightsRequestForm-failure');
  await failure.getByRole('heading', { name: kit.failure.retryableTitle }).waitFor();
  expect(await failure.getAttribute('data-retryable')).toBe('true');
}

async function receiptReference(): Promise<string | null> {
  await page.getByRole('heading', { name: kit.receipt.title }).waitFor();
  return page.locator('.pk-RightsRequestForm-reference').textContent();
}

const idempotencyKeys = () => sent.map((request) => request.headers()['idempotency-key']);

describe('given a server that crashes after recording a request and before replying', () => {
  it('shows a retryable failure with the draft intact; after a restart "try again" returns the same receipt, recorded once', async () => {
    const crashing = await start(CRASHING_SERVER, { PK_CRASH_AFTER_WRITE: '1' });
    await fillRequest(crashing);

    await page.getByRole('button', { name: kit.form.submit }).click();

    expect(await crashing.exited).toBe(70);
    await waitForRetryableFailure();
    await expectDraftIntact();
    const before = await readRegister(dataDir);
    expect(before.lines).toHaveLength(1);

    // Back on the same port (the page's origin), without the crash.
    await start(CRASHING_SERVER, { PORT: String(crashing.port) });
    const replay = page.waitForResponse((response) => response.url().endsWith(ENDPOINT));
    await page.getByRole('button', { name: kit.failure.retry }).click();

    expect(await receiptReference()).toBe(before.records[0]?.receipt.reference);
    const response = await replay;
    expect(response.status()).toBe(200);
    expect(response.headers()['idempotent-replayed']).toBe('true');
    const after = await readRegister(dataDir);
    expect(after.lines).toEqual(before.lines);
    expect(new Set(idempotencyKeys())).toEqual(new Set([before.records[0]?.idempotencyKey]));
  });
});

describe('given the network cut mid-request', () => {
  it('when each reply is lost after the server recorded the request: the draft survives and "try again" gets the recorded receipt, once', async () => {
    const server = await start(HOST_SERVER);
    await fillRequest(server);
    const forwarded: number[] = [];
    // The request reaches the server; its reply never reaches the page.
    await page.route(`**${ENDPOINT}`, async (route) => {
      const response = await route.fetch();
      forwarded.push(response.status());
      await route.abort('connectionreset');
    });

    await page.getByRole('button', { name: kit.form.submit }).click();

    await waitForRetryableFailure();
    await expectDraftIntact();
    // The client retried on its own, each time with the same key: recorded once, then replayed.
    expect(forwarded[0]).toBe(201);
    expect(forwarded.slice(1).every((status) => status === 200)).toBe(true);
    expect(forwarded.length).toBeGreaterThan(1);

    await page.unroute(`**${ENDPOINT}`);
    await page.getByRole('button', { name: kit.failure.retry }).click();

    const { records } = await readRegister(dataDir);
    expect(records).toHaveLength(1);
    expect(await receiptReference()).toBe(records[0]?.receipt.reference);
    expect(new Set(idempotencyKeys())).toEqual(new Set([records[0]?.idempotencyKey]));
  });

  it('when the request never arrives: the draft survives a reload, and sending it then reuses its idempotency key', async () => {
    const server = await start(HOST_SERVER);
    await fillRequest(server);
    await page.route(`**${ENDPOINT}`, (route) => route.abort('internetdisconnected'));

    await page.getByRole('button', { name: kit.form.submit }).click();

    await waitForRetryableFailure();
    await expectDraftIntact();

    await page.reload();
    await page.getByText(kit.form.restored).waitFor();
    await expectDraftIntact();
    await page.unroute(`**${ENDPOINT}`);
    await page.getByRole('button', { name: kit.form.submit }).click();

    const reference = await receiptReference();
    const { records } = await readRegister(dataDir);
    expect(records).toHaveLength(1);
    expect(records[0]?.receipt.reference).toBe(reference);
    expect(records[0]?.request).toMatchObject({ right: 'rectification', name: 'Siti Rahma' });
    // Before and after the reload, every attempt carried the one key the draft remembers.
    expect(sent.length).toBeGreaterThan(1);
    expect(new Set(idempotencyKeys())).toEqual(new Set([records[0]?.idempotencyKey]));
  });
});

describe('given a burst of 200 concurrent requests, 50 of them repeating the key of another', () => {
  it('records exactly 150, one per key, with 150 distinct references in a register that parses line by line', async () => {
    const server = await start(HOST_SERVER);
    const rights = [
      'access',
      'rectification',
      'erasure',
      'portability',
      'restriction',
      'objection',
    ];
    const unique = Array.from({ length: 150 }, (_, i) => ({
      key: `burst-${i}-${randomUUID()}`,
      body: JSON.stringify({
        policyId: 'ctt-privacy',
        policyVersion: '2024-06-12',
        locale: 'id-ID',
        right: rights[i % rights.length],
        name: `Pemohon ${i}`,
        email: `pemohon${i}@example.co.id`,
      }),
    }));
    // The same request twice for the first 50 keys (a double click, a retry racing the
    // first attempt), interleaved so that duplicates are in flight together.
    const burst = unique.flatMap((request, i) => (i < 50 ? [request, request] : [request]));
    expect(burst).toHaveLength(200);

    const replies = await Promise.all(
      burst.map(async ({ key, body }) => {
        const response = await fetch(new URL(ENDPOINT, server.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body,
        });
        return {
          key,
          status: response.status,
          receipt: (await response.json()) as RightsRequestReceipt,
        };
      }),
    );

    expect(replies.filter((reply) => reply.status === 201)).toHaveLength(150);
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(50);
    const referenceByKey = new Map<string, string>();
    for (const { key, receipt } of replies) {
      expect(receipt.reference).toBe(referenceByKey.get(key) ?? receipt.reference);
      referenceByKey.set(key, receipt.reference);
    }
    expect(new Set(referenceByKey.values()).size).toBe(150);

    const { lines, records } = await readRegister(dataDir);
    expect(lines).toHaveLength(150);
    expect(new Set(records.map((record) => record.idempotencyKey))).toEqual(
      new Set(unique.map(({ key }) => key)),
    );
    expect(records.map((record) => record.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 150 }, (_, i) => i + 1),
    );
    for (const record of records) {
      expect(record.receipt.reference).toBe(referenceByKey.get(record.idempotencyKey));
    }

    // A restarted server reads the register back: a late duplicate still gets its receipt.
    await server.stop();
    const restarted = await start(HOST_SERVER);
    const late = unique[7];
    const response = await fetch(new URL(ENDPOINT, restarted.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': late?.key ?? '' },
      body: late?.body,
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as RightsRequestReceipt).reference).toBe(
      referenceByKey.get(late?.key ?? ''),
    );
    expect((await readRegister(dataDir)).lines).toEqual(lines);
  });
});

/** Raw bytes to the server; resolves with what it answered before closing (bounded). */
function rawExchange(port: number, text: string, destroyAfterMs?: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => socket.destroy(), destroyAfterMs ?? 5000);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.write(text);
  });
}

describe('given hostile requests to the example host server', () => {
  it('answers TRACE, unknown methods and aborted uploads on the API without exiting, then records the next request', async () => {
    const server = await start(HOST_SERVER);
    let exited = false;
    void server.exited.then(() => (exited = true));

    const trace = await rawExchange(
      server.port,
      `TRACE ${ENDPOINT} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    expect(trace).toMatch(/^HTTP\/1\.1 405/);
    const unknown = await rawExchange(
      server.port,
      `BREW ${ENDPOINT} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    expect(unknown).toMatch(/^HTTP\/1\.1 400/);
    // Half a body, then the client goes away.
    await rawExchange(
      server.port,
      `POST ${ENDPOINT} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"name":"Siti`,
      100,
    );

    const response = await fetch(new URL(ENDPOINT, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({
        policyId: 'ctt-privacy',
        policyVersion: '2024-06-12',
        locale: 'id-ID',
        right: 'access',
        name: 'Siti Rahma',
        email: 'siti.rahma@example.co.id',
      }),
    });
    expect(exited).toBe(false);
    expect(response.status).toBe(201);
    expect(server.stderr()).not.toMatch(/TypeError|Uncaught/);
  });

  it('refuses to start a second server on the same registers, naming the file and the PostgreSQL store', async () => {
    const first = await start(HOST_SERVER);
    const second = startServerProcess(HOST_SERVER, { DATA_DIR: dataDir });
    const error = (await second.catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(join(dataDir, 'ctt-rights-requests.jsonl'));
    expect(error.message).toContain('@policykit/sdk/server/postgres');
    const stillUp = await fetch(first.url);
    expect(stillUp.status).toBe(200);
  });
});
