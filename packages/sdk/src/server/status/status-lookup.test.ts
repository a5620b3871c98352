// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRightsRequestAdminHandler } from '../admin/create-rights-request-admin-handler';
import { createRightsRequestHandler } from '../create-rights-request-handler';
import { createFileStore, type FileRightsRequestStore } from '../file-store';
import { dueSoon } from '../lifecycle/due-soon';
import type { RightsRequestLifecycleEvent } from '../lifecycle/lifecycle-events';
import { createMemoryStore } from '../memory-store';
import { hashStatusToken, statusTokenMatches } from './status-token';

const T0 = new Date('2026-03-02T02:00:00.000Z');
const PERSON = {
  policyId: 'ctt-privacy',
  policyVersion: '1',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
  phone: '+6281234567890',
  details: 'Nomor pelanggan 99-1234',
};

let dir: string | undefined;
let fileStore: FileRightsRequestStore | undefined;
afterEach(async () => {
  await fileStore?.close();
  fileStore = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

function setup(
  options: {
    store?: ReturnType<typeof createMemoryStore>;
    rateLimit?: (request: Request) => boolean;
  } = {},
) {
  let clock = T0;
  const now = () => clock;
  const store = options.store ?? createMemoryStore();
  const handler = createRightsRequestHandler({
    store,
    jurisdiction: 'id-pdp',
    now,
    reference: { prefix: 'CTT' },
    statusUrl: (reference, token) =>
      `https://ctt.id/privasi/status#ref=${reference}&token=${token}`,
    rateLimit: options.rateLimit,
  });
  const admin = createRightsRequestAdminHandler({
    store,
    now,
    authorize: () => ({ id: 'dpo-7@ctt.id' }),
  });
  const submit = async (key = 'k1') => {
    const response = await handler(
      new Request('http://127.0.0.1/api/rights-requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(PERSON),
      }),
    );
    return (await response.json()) as { reference: string; statusToken: string; statusUrl: string };
  };
  const lookUp = (reference: string | null, token?: string | null, lang?: string) => {
    const url = new URL('http://127.0.0.1/api/rights-requests/status');
    if (reference !== null) url.searchParams.set('reference', reference);
    if (lang) url.searchParams.set('lang', lang);
    return handler(
      new Request(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} }),
    );
  };
  const move = (reference: string, body: Record<string, unknown>) =>
    admin(
      new Request(
        `http://127.0.0.1/requests/${reference}/${'to' in body ? 'transitions' : 'notes'}`,
        {
          method: 'POST',
          body: JSON.stringify(body),
        },
      ),
    );
  return { store, handler, submit, lookUp, move, setNow: (d: Date) => (clock = d) };
}

describe('the status token', () => {
  it('is 256 random bits in base64url, in the first receipt and its status link only', async () => {
    const { submit, store } = setup();
    const receipt = await submit();
    expect(receipt.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(receipt.statusUrl).toBe(
      `https://ctt.id/privasi/status#ref=CTT-2026-000001&token=${receipt.statusToken}`,
    );
    const [record] = await store.list();
    expect(record?.statusTokenHash).toBe(await hashStatusToken(receipt.statusToken));
    expect(JSON.stringify(record)).not.toContain(receipt.statusToken);
    const other = await submit('k2');
    expect(other.statusToken).not.toBe(receipt.statusToken);
    const replay = await submit('k1');
    expect(replay).not.toHaveProperty('statusToken');
  });

  it('is never written to the file store, only its hash', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-status-'));
    const path = join(dir, 'rr.jsonl');
    fileStore = createFileStore(path);
    const { submit } = setup({ store: fileStore });
    const { statusToken } = await submit();
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(statusToken);
    expect(text).toContain(await hashStatusToken(statusToken));
  });

  it('matches only its own hash', async () => {
    const hash = await hashStatusToken('a'.repeat(43));
    expect(await statusTokenMatches('a'.repeat(43), hash)).toBe(true);
    expect(await statusTokenMatches('b'.repeat(43), hash)).toBe(false);
    expect(await statusTokenMatches(undefined, hash)).toBe(false);
    expect(await statusTokenMatches('a'.repeat(43), undefined)).toBe(false);
    expect(await statusTokenMatches('', await hashStatusToken(''))).toBe(false);
  });
});

describe('the status lookup', () => {
  it('answers the holder of the token with the status, received_at, expected_by and history', async () => {
    const { submit, lookUp } = setup();
    const { reference, statusToken } = await submit();
    const response = await lookUp(reference, statusToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({
      reference: 'CTT-2026-000001',
      right: 'access',
      status: 'received',
      status_label: 'Diterima',
      drp_status: 'in_progress',
      received_at: '2026-03-02T02:00:00.000Z',
      // UU PDP Pasal 32(2): 3 × 24 hours.
      expected_by: '2026-03-05T02:00:00.000Z',
      closed: false,
      language: 'id',
      history: [
        {
          kind: 'received',
          at: '2026-03-02T02:00:00.000Z',
          status: 'received',
          label: 'Permintaan diterima',
        },
      ],
    });
    const english = (await (await lookUp(reference, statusToken, 'en')).json()) as {
      status_label: string;
    };
    expect(english.status_label).toBe('Received');
  });

  it('shows moves and public notes, never the person’s data, the DPO or a private note', async () => {
    const { submit, lookUp, move, setNow } = setup();
    const { reference, statusToken } = await submit();
    setNow(new Date('2026-03-02T05:00:00.000Z'));
    await move(reference, { note: 'Called +62 812 3456 7890, no answer', version: 1 });
    await move(reference, {
      to: 'awaiting-requester',
      note: 'Mohon kirim salinan KTP',
      public: true,
      version: 2,
    });
    await move(reference, {
      to: 'rejected',
      reason: 'insufficient-verification',
      note: 'Internal: looked fake',
      version: 3,
    });
    const body = (await (await lookUp(reference, statusToken)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'rejected',
      drp_status: 'denied',
      reason: 'insufficient-verification',
      reason_label: 'Kami tidak dapat memastikan identitas Anda.',
      closed: true,
    });
    expect(body.history).toEqual([
      expect.objectContaining({ kind: 'received' }),
      {
        kind: 'status',
        at: '2026-03-02T05:00:00.000Z',
        status: 'awaiting-requester',
        label: 'Status berubah menjadi “Menunggu tanggapan Anda”',
        note: 'Mohon kirim salinan KTP',
      },
      expect.objectContaining({
        kind: 'status',
        status: 'rejected',
        label: 'Status berubah menjadi “Ditolak”',
      }),
    ]);
    const text = JSON.stringify(body);
    for (const secret of [
      PERSON.name,
      PERSON.email,
      PERSON.phone,
      PERSON.details,
      'dpo-7',
      '+62 812',
      'looked fake',
      'idempotency',
      'k1',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('gives one reply for an unknown reference, a wrong token, a missing one and a malformed one', async () => {
    const { submit, lookUp } = setup();
    const { reference, statusToken } = await submit();
    const { statusToken: otherToken } = await submit('k2');
    const replies = await Promise.all(
      [
        lookUp('CTT-2026-999999', statusToken), // unknown reference, a real token
        lookUp(reference, otherToken), // another request's token
        lookUp(reference, `${statusToken.slice(0, -1)}A`), // one character off
        lookUp(reference, null), // no token
        lookUp(reference, 'not a token!'), // malformed
        lookUp(null, statusToken), // no reference
        lookUp('x'.repeat(500), statusToken), // absurd reference
      ].map(async (pending) => {
        const response = await pending;
        return {
          status: response.status,
          headers: [...response.headers],
          body: await response.text(),
        };
      }),
    );
    expect(replies[0]).toEqual({
      status: 404,
      headers: [
        ['cache-control', 'no-store'],
        ['content-type', 'application/json; charset=utf-8'],
      ],
      body: JSON.stringify({
        error: { code: 'not-found', message: 'No request matches this reference and status token' },
      }),
    });
    for (const reply of replies) expect(reply).toEqual(replies[0]);
  });

  it('takes the token from the Authorization header only, never the query string', async () => {
    const { submit, handler } = setup();
    const { reference, statusToken } = await submit();
    const response = await handler(
      new Request(
        `http://127.0.0.1/api/rights-requests/status?reference=${reference}&token=${statusToken}`,
      ),
    );
    expect(response.status).toBe(404);
  });

  it('asks the rate limit first and answers 429 with Retry-After when it refuses', async () => {
    let allow = true;
    const seen: string[] = [];
    const { submit, lookUp } = setup({
      rateLimit: (request) => {
        seen.push(new URL(request.url).pathname);
        return allow;
      },
    });
    const { reference, statusToken } = await submit();
    expect((await lookUp(reference, statusToken)).status).toBe(200);
    allow = false;
    const limited = await lookUp(reference, statusToken);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(seen).toEqual(['/api/rights-requests/status', '/api/rights-requests/status']);
  });
});

describe('notifications', () => {
  it('announces received, and dueSoon lists due-soon and overdue requests for a scheduled job', async () => {
    const events: RightsRequestLifecycleEvent[] = [];
    const store = createMemoryStore();
    let clock = T0;
    const handler = createRightsRequestHandler({
      store,
      jurisdiction: 'id-pdp',
      now: () => clock,
      onEvent: (event) => void events.push(event),
    });
    const send = (key: string, right: string) =>
      handler(
        new Request('http://127.0.0.1/', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({ ...PERSON, right }),
        }),
      );
    await send('a', 'access'); // due 5 March 02:00
    clock = new Date('2026-03-03T02:00:00.000Z');
    await send('b', 'access'); // due 6 March 02:00
    await send('c', 'erasure'); // no due date
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.map((e) => [e.type, e.reference])).toEqual([
      ['received', 'REQ-2026-000001'],
      ['received', 'REQ-2026-000002'],
      ['received', 'REQ-2026-000003'],
    ]);
    events.length = 0;
    const now = new Date('2026-03-05T12:00:00.000Z');
    const found = await dueSoon(store, {
      within: { hours: 24 },
      now,
      onEvent: (e) => void events.push(e),
    });
    expect(found.overdue.map((d) => [d.reference, d.hoursLeft])).toEqual([
      ['REQ-2026-000001', -10],
    ]);
    expect(found.dueSoon.map((d) => [d.reference, d.hoursLeft])).toEqual([['REQ-2026-000002', 14]]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.map((e) => [e.type, e.reference])).toEqual([
      ['due-soon', 'REQ-2026-000002'],
      ['overdue', 'REQ-2026-000001'],
    ]);
    await expect(dueSoon(store, { within: { hours: -1 } })).rejects.toThrow(RangeError);
  });

  it('never fails a request when the hook throws', async () => {
    const errors: unknown[] = [];
    const handler = createRightsRequestHandler({
      store: createMemoryStore(),
      jurisdiction: 'id-pdp',
      onEvent: () => {
        throw new Error('smtp down');
      },
      onError: (error) => errors.push(error),
    });
    const response = await handler(
      new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(PERSON),
      }),
    );
    expect(response.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toHaveLength(1);
  });
});
