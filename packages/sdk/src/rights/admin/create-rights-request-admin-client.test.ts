// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRightsRequestAdminHandler } from '../../server/admin/create-rights-request-admin-handler';
import { createRightsRequestHandler } from '../../server/create-rights-request-handler';
import { createMemoryStore } from '../../server/memory-store';
import { createRightsRequestAdminClient } from './create-rights-request-admin-client';
import { RightsRequestAdminError } from './rights-request-admin-error';

// The client against the real admin handler on a real memory store: the handler is a Fetch
// function, so the client's `fetch` hands it the Request the browser would send.
const T0 = new Date('2026-03-02T02:00:00.000Z');

async function setup(options: { signedIn?: boolean } = {}) {
  let clock = T0;
  const store = createMemoryStore();
  const submit = createRightsRequestHandler({
    store,
    jurisdiction: 'id-pdp',
    now: () => clock,
    reference: { prefix: 'CTT' },
  });
  const admin = createRightsRequestAdminHandler({
    store,
    basePath: '/admin/rr',
    jurisdiction: 'id-pdp',
    now: () => clock,
    authorize: (request) =>
      options.signedIn === false
        ? null
        : request.headers.get('X-Session') === 'dpo'
          ? { id: 'dpo@ctt.id' }
          : false,
  });
  const sent: Request[] = [];
  const client = createRightsRequestAdminClient({
    endpoint: 'http://127.0.0.1/admin/rr/',
    headers: { 'X-Session': 'dpo' },
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push(request.clone());
      return admin(request);
    },
  });
  for (const [i, right, email] of [
    [1, 'access', 'siti@example.co.id'],
    [2, 'rectification', 'budi@example.co.id'],
    [3, 'erasure', 'ayu@example.co.id'],
  ] as const) {
    clock = new Date(T0.getTime() + i * 3_600_000);
    await submit(
      new Request('http://127.0.0.1/rights-requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `key-${i}` },
        body: JSON.stringify({
          policyId: 'ctt-privacy',
          policyVersion: '1',
          locale: 'id-ID',
          right,
          name: 'Siti Rahma',
          email,
        }),
      }),
    );
  }
  return { client, admin, sent, setNow: (date: Date) => (clock = date) };
}

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as RightsRequestAdminError;
  }
  throw new Error('expected a rejection');
};

describe('createRightsRequestAdminClient, against the real admin handler', () => {
  it('lists with filters in the query string the handler reads, sorted by due date', async () => {
    const { client, sent } = await setup();
    const all = await client.list({ sort: 'due' });
    expect(all.total).toBe(3);
    expect(all.items.map((r) => r.reference)).toEqual([
      'CTT-2026-000001',
      'CTT-2026-000002',
      'CTT-2026-000003',
    ]);
    expect(all.items[0]).toMatchObject({
      right: 'access',
      status: 'received',
      version: 1,
      overdue: false,
      paused: false,
      email: 'siti@example.co.id',
    });
    const some = await client.list({
      right: ['rectification', 'erasure'],
      search: 'ctt-2026-00000',
    });
    expect(some.items.map((r) => r.right).sort()).toEqual(['erasure', 'rectification']);
    expect(new URL(sent.at(-1)!.url).search).toBe(
      '?right=rectification%2Cerasure&q=ctt-2026-00000',
    );
    const byEmail = await client.list({ search: 'budi@example.co.id' });
    expect(byEmail.items.map((r) => r.reference)).toEqual(['CTT-2026-000002']);
  });

  it('finds the overdue requests once their 3 × 24 hours have passed (UU PDP Pasal 32(2))', async () => {
    const { client, setNow } = await setup();
    setNow(new Date(T0.getTime() + 74 * 3_600_000));
    const overdue = await client.list({ overdue: true });
    // Received at T0+1 h and T0+2 h: at T0+74 h the first is an hour late, the second due now.
    expect(overdue.items.map((r) => r.reference)).toEqual(['CTT-2026-000001']);
    expect(overdue.items[0]!.hoursLeft).toBeCloseTo(-1, 5);
  });

  it('gets one request, moves it at the version it saw, adds a note; a stale version is a typed conflict', async () => {
    const { client } = await setup();
    const detail = await client.get('CTT-2026-000001');
    expect(detail.history.map((e) => e.type)).toEqual(['received']);
    expect(detail.allowedTransitions).toContain('in-progress');
    expect(detail.allowedTransitions).not.toContain('extended'); // no extension under UU PDP
    const moved = await client.transition(detail.reference, detail.version, {
      to: 'in-progress',
      note: '  Data diambil dari sistem transaksi.  ',
      public: true,
    });
    expect(moved.status).toBe('in-progress');
    expect(moved.version).toBe(detail.version + 1);
    expect(moved.history.at(-1)).toMatchObject({
      type: 'status',
      from: 'received',
      to: 'in-progress',
      note: 'Data diambil dari sistem transaksi.',
      public: true,
      actor: { kind: 'controller', id: 'dpo@ctt.id' },
    });
    const noted = await client.addNote(moved.reference, moved.version, {
      note: 'Menelepon pemohon.',
    });
    expect(noted.history.at(-1)).toMatchObject({ type: 'note', note: 'Menelepon pemohon.' });
    const stale = await rejection(
      client.transition(detail.reference, detail.version, { to: 'fulfilled' }),
    );
    expect(stale).toBeInstanceOf(RightsRequestAdminError);
    expect(stale).toMatchObject({ code: 'version-conflict', status: 409 });
  });

  it('refuses a rejection without a reason before sending, and names the field', async () => {
    const { client, sent } = await setup();
    const before = sent.length;
    const error = await rejection(client.transition('CTT-2026-000001', 1, { to: 'rejected' }));
    expect(error).toMatchObject({ code: 'invalid-input', status: 0 });
    expect(error.message).toBe('transition to rejected: reason required');
    expect(sent.length).toBe(before);
    const done = await client.transition('CTT-2026-000001', 1, {
      to: 'rejected',
      reason: 'no-match',
    });
    expect(done.history.at(-1)).toMatchObject({ to: 'rejected', reason: 'no-match' });
  });

  it("passes on the lifecycle's refusal of an illegal move with its code", async () => {
    const { client } = await setup();
    const done = await client.transition('CTT-2026-000001', 1, { to: 'fulfilled' });
    const error = await rejection(
      client.transition(done.reference, done.version, { to: 'in-progress' }),
    );
    expect(error).toMatchObject({ code: 'final', status: 409 });
  });

  it('says unauthorized and forbidden apart, and never puts the person in a message', async () => {
    const out = await setup({ signedIn: false });
    expect(await rejection(out.client.list())).toMatchObject({ code: 'unauthorized', status: 401 });
    const { client, admin } = await setup();
    const withoutSession = createRightsRequestAdminClient({
      endpoint: 'http://127.0.0.1/admin/rr',
      fetch: (input, init) => admin(new Request(input, init)),
    });
    expect(await rejection(withoutSession.list())).toMatchObject({
      code: 'forbidden',
      status: 403,
    });
    const missing = await rejection(client.get('CTT-2026-999999'));
    expect(missing).toMatchObject({ code: 'not-found', status: 404 });
    const bad = await rejection(client.list({ search: 'siti@example.co.id'.repeat(30) }));
    expect(bad).toMatchObject({ code: 'invalid-query', status: 400 });
    expect(bad.message).not.toContain('siti');
  });

  it('builds the CSV link with the same filters, and refuses a malformed reference locally', async () => {
    const { client } = await setup();
    expect(client.csvUrl({ status: ['received'], overdue: true })).toBe(
      'http://127.0.0.1/admin/rr/requests.csv?status=received&overdue=true',
    );
    expect(await rejection(client.get('../etc'))).toMatchObject({ code: 'invalid-input' });
  });

  it('turns a failed network into `network` and a reply that is not the handler’s into `bad-reply`', async () => {
    const offline = createRightsRequestAdminClient({
      endpoint: 'http://127.0.0.1/x',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(await rejection(offline.list())).toMatchObject({ code: 'network', status: 0 });
    const proxy = createRightsRequestAdminClient({
      endpoint: 'http://127.0.0.1/x',
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    expect(await rejection(proxy.list())).toMatchObject({ code: 'bad-reply', status: 502 });
  });
});
