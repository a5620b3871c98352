// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRightsRequestHandler } from '../create-rights-request-handler';
import type { RightsRequestLifecycleEvent } from '../lifecycle/lifecycle-events';
import { createMemoryStore } from '../memory-store';
import {
  createRightsRequestAdminHandler,
  type AdminActor,
  type AdminAuditEntry,
} from './create-rights-request-admin-handler';
import { csvCell, toCsv } from './csv';

// A real memory store, the real public handler to record requests, and the admin handler on top.
const T0 = new Date('2026-03-02T02:00:00.000Z');
const BASE = 'http://127.0.0.1/admin/rr';

function setup(
  authorize: (request: Request) => AdminActor | null | false = () => ({ id: 'dpo@ctt.id' }),
) {
  let clock = T0;
  const now = () => clock;
  const store = createMemoryStore();
  const events: RightsRequestLifecycleEvent[] = [];
  const audits: AdminAuditEntry[] = [];
  const submit = createRightsRequestHandler({
    store,
    jurisdiction: 'id-pdp',
    now,
    reference: { prefix: 'CTT' },
    onEvent: (event) => void events.push(event),
  });
  const admin = createRightsRequestAdminHandler({
    store,
    authorize,
    now,
    basePath: '/admin/rr',
    jurisdiction: 'id-pdp',
    onEvent: (event) => void events.push(event),
    onAudit: (entry) => audits.push(entry),
  });
  const receive = async (fields: Record<string, string>, key: string) => {
    const response = await submit(
      new Request('http://127.0.0.1/rights-requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({
          policyId: 'ctt-privacy',
          policyVersion: '1',
          locale: 'id-ID',
          right: 'access',
          name: 'Siti Rahma',
          email: 'siti@example.co.id',
          ...fields,
        }),
      }),
    );
    return (await response.json()) as { reference: string; statusToken: string };
  };
  const call = (path: string, init: RequestInit = {}) => admin(new Request(`${BASE}${path}`, init));
  const post = (path: string, body: unknown) =>
    call(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  return {
    store,
    submit,
    admin,
    call,
    post,
    receive,
    events,
    audits,
    setNow: (d: Date) => (clock = d),
  };
}

const ROUTES: [string, string, unknown?][] = [
  ['GET', '/requests'],
  ['GET', '/requests?overdue=true'],
  ['GET', '/requests.csv'],
  ['GET', '/requests/CTT-2026-000001'],
  ['POST', '/requests/CTT-2026-000001/transitions', { to: 'fulfilled', version: 1 }],
  ['POST', '/requests/CTT-2026-000001/notes', { note: 'x', version: 1 }],
  [
    'POST',
    '/requests',
    { reference: 'REQ-20260302-3B241101', receivedAt: T0.toISOString(), request: {} },
  ],
  ['GET', '/no-such-route'],
  ['DELETE', '/requests/CTT-2026-000001'],
];

describe('createRightsRequestAdminHandler without authorization', () => {
  it('cannot be made without authorize: a type error and a TypeError', () => {
    const store = createMemoryStore();
    // @ts-expect-error authorize is required
    expect(() => createRightsRequestAdminHandler({ store })).toThrow(TypeError);
    expect(() =>
      // @ts-expect-error authorize must be a function
      createRightsRequestAdminHandler({ store, authorize: true }),
    ).toThrow(/authorize\(request\) is required/);
  });

  for (const [verdict, status, code] of [
    [null, 401, 'unauthorized'],
    [false, 403, 'forbidden'],
  ] as const) {
    it(`answers every route ${status} when authorize says ${String(verdict)}, and changes nothing`, async () => {
      const { call, receive, store } = setup(() => verdict);
      await receive({}, 'k1');
      const before = JSON.stringify(await store.list());
      const replies = await Promise.all(
        ROUTES.map(async ([method, path, body]) => {
          const response = await call(path, {
            method,
            ...(body
              ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }
              : {}),
          });
          return `${response.status} ${await response.text()}`;
        }),
      );
      expect(new Set(replies)).toEqual(new Set([`${status} ${replies[0]?.slice(4)}`]));
      expect(JSON.parse(replies[0]?.slice(4) ?? '')).toMatchObject({ error: { code } });
      expect(JSON.stringify(await store.list())).toBe(before);
    });
  }

  it('asks authorize with the incoming request on every route', async () => {
    const seen: string[] = [];
    const { call } = setup((request) => {
      seen.push(new URL(request.url).pathname);
      return request.headers.get('Authorization') === 'Bearer dpo-session' ? { id: 'dpo' } : null;
    });
    expect((await call('/requests')).status).toBe(401);
    expect(
      (await call('/requests', { headers: { Authorization: 'Bearer dpo-session' } })).status,
    ).toBe(200);
    expect(seen).toEqual(['/admin/rr/requests', '/admin/rr/requests']);
  });

  it('answers 500 when authorize throws, and never lets the call through', async () => {
    const { call } = setup(() => {
      throw new Error('session store down');
    });
    const response = await call('/requests');
    expect(response.status).toBe(500);
  });
});

describe('given an authorized DPO', () => {
  it('lists requests with their clocks, most urgent first, and filters the overdue ones', async () => {
    const { call, receive, setNow, audits } = setup();
    await receive({}, 'k1'); // access: UU PDP Pasal 32(2), 3 × 24 hours → due 5 March 02:00
    setNow(new Date('2026-03-03T02:00:00.000Z'));
    await receive({ right: 'rectification' }, 'k2'); // Pasal 30(2): due 6 March 02:00
    await receive({ right: 'erasure' }, 'k3'); // no statutory period found: no due date
    setNow(new Date('2026-03-05T12:00:00.000Z'));
    const all = (await (await call('/requests')).json()) as {
      items: { reference: string; hoursLeft: number | null; overdue: boolean }[];
      total: number;
    };
    expect(all.total).toBe(3);
    expect(all.items.map((r) => [r.reference, r.hoursLeft, r.overdue])).toEqual([
      ['CTT-2026-000001', -10, true],
      ['CTT-2026-000002', 14, false],
      ['CTT-2026-000003', null, false],
    ]);
    const overdue = (await (await call('/requests?overdue=true')).json()) as {
      items: { reference: string }[];
    };
    expect(overdue.items.map((r) => r.reference)).toEqual(['CTT-2026-000001']);
    const erasure = (await (
      await call('/requests?right=erasure,rectification&sort=received&order=desc')
    ).json()) as { items: { reference: string }[] };
    expect(erasure.items.map((r) => r.reference)).toEqual(['CTT-2026-000003', 'CTT-2026-000002']);
    expect(audits.map((a) => a.action)).toEqual(['list', 'list', 'list']);
    expect(audits[0]).toMatchObject({
      actor: { id: 'dpo@ctt.id' },
      references: ['CTT-2026-000001', 'CTT-2026-000002', 'CTT-2026-000003'],
    });
  });

  it('refuses a bad filter with 400 naming the parameter, not echoing it', async () => {
    const { call } = setup();
    for (const query of [
      'status=lost',
      'limit=0',
      'overdue=maybe',
      'dueBefore=siti@example.co.id',
      'sort=name',
    ]) {
      const response = await call(`/requests?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid-query');
      expect(body.error.message).not.toContain('siti');
    }
  });

  it('shows one request with its history and the moves it allows', async () => {
    const { call, receive } = setup();
    await receive({}, 'k1');
    const detail = (await (await call('/requests/CTT-2026-000001')).json()) as Record<
      string,
      unknown
    >;
    expect(detail).toMatchObject({
      reference: 'CTT-2026-000001',
      status: 'received',
      version: 1,
      email: 'siti@example.co.id',
      dueBy: '2026-03-05T02:00:00.000Z',
      history: [{ type: 'received', actor: { kind: 'system' }, at: T0.toISOString() }],
    });
    // UU PDP: no extension provision found, so no `extended` button.
    expect(detail.allowedTransitions).not.toContain('extended');
    expect(detail.allowedTransitions).toContain('in-progress');
    expect((await call('/requests/CTT-2026-999999')).status).toBe(404);
  });

  it('moves a request, records who and when, and announces it', async () => {
    const { post, receive, setNow, events } = setup();
    await receive({}, 'k1');
    const at = new Date('2026-03-03T04:00:00.000Z');
    setNow(at);
    const response = await post('/requests/CTT-2026-000001/transitions', {
      to: 'in-progress',
      version: 1,
      note: 'Searching the CRM',
    });
    expect(response.status).toBe(200);
    const moved = (await response.json()) as {
      status: string;
      version: number;
      history: unknown[];
    };
    expect(moved).toMatchObject({ status: 'in-progress', version: 2 });
    expect(moved.history.at(-1)).toEqual({
      at: at.toISOString(),
      actor: { kind: 'controller', id: 'dpo@ctt.id' },
      type: 'status',
      from: 'received',
      to: 'in-progress',
      note: 'Searching the CRM',
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.map((e) => e.type)).toEqual(['received', 'status-changed']);
    expect(events[1]).toMatchObject({
      from: 'received',
      to: 'in-progress',
      actor: { id: 'dpo@ctt.id' },
    });
  });

  it('refuses an illegal move with 409 and the typed code, and writes nothing', async () => {
    const { post, call, receive } = setup();
    await receive({}, 'k1');
    const extend = await post('/requests/CTT-2026-000001/transitions', {
      to: 'extended',
      version: 1,
      note: 'busy',
    });
    expect(extend.status).toBe(409);
    expect(await extend.json()).toMatchObject({
      error: { code: 'no-extension', from: 'received', to: 'extended' },
    });
    const reject = await post('/requests/CTT-2026-000001/transitions', {
      to: 'rejected',
      version: 1,
    });
    expect(await reject.json()).toMatchObject({ error: { code: 'reason-required' } });
    await post('/requests/CTT-2026-000001/transitions', { to: 'fulfilled', version: 1 });
    const again = await post('/requests/CTT-2026-000001/transitions', {
      to: 'in-progress',
      version: 2,
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'final' } });
    const detail = (await (await call('/requests/CTT-2026-000001')).json()) as {
      version: number;
      history: unknown[];
    };
    expect(detail).toMatchObject({ version: 2 });
    expect(detail.history).toHaveLength(2);
  });

  it('refuses a move based on a stale version with 409 version-conflict: two DPOs, one move', async () => {
    const { post, receive } = setup();
    await receive({}, 'k1');
    const [a, b] = await Promise.all([
      post('/requests/CTT-2026-000001/transitions', { to: 'in-progress', version: 1 }),
      post('/requests/CTT-2026-000001/transitions', { to: 'verifying', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(await loser.json()).toMatchObject({ error: { code: 'version-conflict', version: 2 } });
    expect((await post('/requests/CTT-2026-000001/notes', { note: 'x' })).status).toBe(400);
  });

  it('adds notes, public or private, recorded with the actor', async () => {
    const { post, receive } = setup();
    await receive({}, 'k1');
    const noted = await post('/requests/CTT-2026-000001/notes', {
      note: 'Called +62 812 0000',
      version: 1,
    });
    const body = (await noted.json()) as {
      history: { public?: boolean; actor: unknown }[];
      version: number;
    };
    expect(body.history.at(-1)).toMatchObject({
      type: 'note',
      actor: { kind: 'controller', id: 'dpo@ctt.id' },
    });
    expect(body.history.at(-1)?.public).toBeUndefined();
    const published = await post('/requests/CTT-2026-000001/notes', {
      note: 'We found your data',
      public: true,
      version: 2,
    });
    expect(
      ((await published.json()) as { history: { public?: boolean }[] }).history.at(-1)?.public,
    ).toBe(true);
    expect((await post('/requests/CTT-2026-000001/notes', { note: '  ', version: 3 })).status).toBe(
      400,
    );
  });

  it('enters a mailto-fallback request by its reference, on the clock from when it arrived', async () => {
    const { post, call, setNow, events } = setup();
    setNow(new Date('2026-03-03T08:00:00.000Z'));
    const entry = {
      reference: 'REQ-20260302-3B241101',
      receivedAt: '2026-03-02T09:30:00.000Z',
      request: {
        policyId: 'ctt-privacy',
        policyVersion: '1',
        locale: 'id-ID',
        right: 'access',
        name: 'Budi',
        email: 'budi@example.co.id',
      },
    };
    const created = await post('/requests', entry);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      reference: 'REQ-20260302-3B241101',
      dueBy: '2026-03-05T09:30:00.000Z', // Pasal 32(2) from the e-mail's arrival
      receipt: { via: 'email' },
      history: [
        {
          type: 'received',
          actor: { kind: 'controller', id: 'dpo@ctt.id' },
          at: '2026-03-02T09:30:00.000Z',
        },
      ],
    });
    expect((await post('/requests', entry)).status).toBe(409);
    const listed = (await (await call('/requests?q=req-20260302')).json()) as { total: number };
    expect(listed.total).toBe(1);
    expect((await post('/requests', { ...entry, reference: 'A B' })).status).toBe(400);
    expect(
      (await post('/requests', { ...entry, reference: 'X-1', receivedAt: '2027-01-01T00:00:00Z' }))
        .status,
    ).toBe(400);
    expect(
      (
        await post('/requests', {
          ...entry,
          reference: 'X-2',
          request: { ...entry.request, email: 'nope' },
        })
      ).status,
    ).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.map((e) => e.type)).toEqual(['received']);
  });
});

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, RFC 4180 quoted, and escapes formula cells', async () => {
    const { call, receive } = setup();
    const hostile = [
      '=HYPERLINK("http://evil.example","klik")',
      '+62 812',
      '-1+1',
      '@SUM(A1)',
      '=1+1',
      '-@x',
    ];
    // (A leading tab or CR never survives validation's trimming; csvCell is tested on them below.)
    let i = 0;
    for (const name of hostile)
      await receive({ name: `${name}`, details: 'Baris satu\nbaris "dua", tiga' }, `k${i++}`);
    await receive({ name: 'Ñoño Ş. Ağustin', details: 'Data pribadi saya' }, 'k-last');
    const response = await call('/requests.csv?sort=received');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="rights-requests-2026-03-02\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(
      text.startsWith(
        '\uFEFFreference,status,right,received_at,due_by,hours_left,overdue,name,email,',
      ),
    ).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(8);
    const names = rows.slice(1).map((row) => row[7]);
    expect(names).toEqual([...hostile.map((name) => `'${name}`), 'Ñoño Ş. Ağustin']);
    // No cell of the export starts a formula.
    for (const row of rows.slice(1))
      for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-[^\d]/);
    expect(rows[1]?.[13]).toBe('Baris satu\nbaris "dua", tiga');
    expect(rows[1]?.[5]).toBe('72'); // hours left: a number, not escaped
  });
});

describe('csvCell', () => {
  it('escapes every formula start, quotes what RFC 4180 asks, and leaves numbers alone', () => {
    expect(['=1', '+1', '-1', '@1', '\t1', '\r1'].map(csvCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@1",
      "'\t1",
      `"'\r1"`,
    ]);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(-6.5)).toBe('-6.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(toCsv([['a'], ['b']])).toBe('\uFEFFa\r\nb\r\n');
  });
});

/** A strict RFC 4180 reader (CRLF rows, quoted fields), to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('the stored due date follows the clock', () => {
  it('moves with a GDPR Art. 12(3) extension, and is none while a paused clock stands still', async () => {
    const store = createMemoryStore();
    let clock = new Date('2026-03-02T02:00:00.000Z');
    const submit = createRightsRequestHandler({ store, jurisdiction: 'gdpr', now: () => clock });
    const admin = createRightsRequestAdminHandler({
      store,
      now: () => clock,
      authorize: () => ({ id: 'dpo@eu.example' }),
      rules: { pauseWhileAwaitingRequester: true },
    });
    for (const key of ['a', 'b']) {
      await submit(
        new Request('http://127.0.0.1/', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({
            policyId: 'p',
            policyVersion: '1',
            locale: 'en',
            right: 'erasure',
            name: 'Ann Lee',
            email: 'ann@example.com',
          }),
        }),
      );
    }
    const move = (reference: string, body: unknown) =>
      admin(
        new Request(`http://127.0.0.1/requests/${reference}/transitions`, {
          method: 'POST',
          body: JSON.stringify(body),
        }),
      );
    clock = new Date('2026-03-20T00:00:00.000Z');
    const extended = await move('REQ-2026-000001', {
      to: 'extended',
      note: 'Records in three systems',
      public: true,
      version: 1,
    });
    // One month (2 April) plus two further months.
    expect(await extended.json()).toMatchObject({ dueBy: '2026-06-02T02:00:00.000Z' });
    const waiting = await move('REQ-2026-000002', { to: 'awaiting-requester', version: 1 });
    expect(await waiting.json()).toMatchObject({ paused: true });
    expect((await store.getByReference('REQ-2026-000002'))?.lifecycle?.dueBy).toBeNull();
    expect((await store.getByReference('REQ-2026-000001'))?.lifecycle?.dueBy).toBe(
      '2026-06-02T02:00:00.000Z',
    );
    clock = new Date('2026-05-01T00:00:00.000Z');
    const overdue = (await (
      await admin(new Request('http://127.0.0.1/requests?overdue=true'))
    ).json()) as { total: number };
    expect(overdue.total).toBe(0);
  });
});
