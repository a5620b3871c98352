// @vitest-environment node
/**
 * The server adapter against the real acknowledgement handler on a memory store, called through
 * a fetch function (the real handler, no mock): recorded on the server with a receipt that
 * verifies, offline then online → exactly one record, a tampered document failing verification.
 */
import { describe, expect, it } from 'vitest';
import { cttEn, cttId } from '../../../../test/fixtures/policies';
import { createAcknowledgementHandler } from '../server/acknowledgements/create-acknowledgement-handler';
import { createMemoryAcknowledgementStore } from '../server/acknowledgements/memory-acknowledgement-store';
import type { StorageLike } from './acknowledgement-types';
import { createAcknowledgementStore } from './acknowledgement-store';
import { acknowledgeUpcomingNotice, noticeRecordId } from './policy-change-notice';
import { storedAcknowledgementReceipt } from './receipt-view';
import { createServerAcknowledgementStorage } from './server-acknowledgement-storage';
import { verifyAcknowledgementReceipt } from './verify-acknowledgement-receipt';

function memoryLocal(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

function setup(subject = 'user-42') {
  const records = createMemoryAcknowledgementStore();
  const handler = createAcknowledgementHandler({
    store: records,
    identify: (request) => (request.headers.get('X-Test-User') ? subject : null),
    documents: [cttId, cttEn],
    onError: () => undefined,
  });
  let online = true;
  let posts = 0;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!online) throw new TypeError('Failed to fetch');
    const headers = new Headers(init?.headers);
    headers.set('X-Test-User', '1'); // the host's session cookie, as far as the handler knows
    if (init?.method === 'POST') posts++;
    return handler(new Request(new URL(String(input), 'https://ctt.test'), { ...init, headers }));
  }) as typeof globalThis.fetch;
  const local = memoryLocal();
  const errors: unknown[] = [];
  const storage = createServerAcknowledgementStorage({
    endpoint: '/api/acknowledgements',
    documents: [cttId, cttEn],
    fetch,
    local,
    onError: (e) => errors.push(e),
  });
  return {
    fetch,
    records,
    storage,
    local,
    errors,
    posts: () => posts,
    setOnline: (value: boolean) => (online = value),
  };
}

describe('createServerAcknowledgementStorage', () => {
  it('records on the server with the hash of the exact document, and the receipt verifies against it', async () => {
    const t = setup();
    const store = createAcknowledgementStore({ storage: t.storage });
    await store.load(cttId.id);
    const local = store.acknowledge(cttId);
    await store.flush();
    const server = await t.records.listBySubject('user-42');
    expect(server).toHaveLength(1);
    expect(server[0]!.idempotencyKey).toBe(local.receiptId);
    expect(server[0]!.record).toMatchObject({
      policyId: cttId.id,
      version: cttId.version,
      locale: cttId.locale,
      channel: 'dialog',
      event: 'acknowledged',
    });
    const receipt = await t.storage.receiptFor(local);
    expect(receipt).not.toBeNull();
    expect(await verifyAcknowledgementReceipt(receipt, cttId)).toMatchObject({ ok: true });
    const tampered = structuredClone(cttId);
    tampered.title = `${tampered.title} (edited)`;
    expect(await verifyAcknowledgementReceipt(receipt, tampered)).toMatchObject({
      ok: false,
      mismatch: 'document-hash',
    });
    expect(t.storage.pending()).toBe(0);
  });

  it('offline: kept on the device and in the outbox; back online: sent once, with the same key, even when sent twice', async () => {
    const t = setup();
    const store = createAcknowledgementStore({ storage: t.storage });
    await store.load(cttEn.id);
    t.setOnline(false);
    const local = store.acknowledge(cttEn);
    await store.flush();
    expect(store.get(cttEn.id)?.receiptId).toBe(local.receiptId);
    expect(t.storage.pending()).toBe(1);
    expect(await t.records.listBySubject('user-42')).toEqual([]);
    expect(t.errors.some((e) => e instanceof Error && /not reached/.test(e.message))).toBe(true);
    t.setOnline(true);
    await Promise.all([t.storage.sync(), t.storage.sync()]);
    // A second tab (another adapter over the same device storage) sends the same outbox again.
    const otherTab = createServerAcknowledgementStorage({
      endpoint: '/api/acknowledgements',
      documents: [cttId, cttEn],
      local: t.local,
      fetch: (async () => {
        throw new TypeError('offline tab');
      }) as typeof fetch,
    });
    expect(otherTab.pending()).toBe(0);
    const server = await t.records.listBySubject('user-42');
    expect(server).toHaveLength(1);
    expect(server[0]!.idempotencyKey).toBe(local.receiptId);
    expect(t.storage.pending()).toBe(0);
  });

  it('a new page load sends what the last one could not, and then reads the server record with its receipt', async () => {
    const t = setup();
    const first = createAcknowledgementStore({ storage: t.storage });
    await first.load(cttId.id);
    t.setOnline(false);
    first.acknowledge(cttId);
    await first.flush();
    t.setOnline(true);
    const reload = createAcknowledgementStore({ storage: t.storage });
    const record = await reload.load(cttId.id);
    expect(await t.records.listBySubject('user-42')).toHaveLength(1);
    expect(record?.version).toBe(cttId.version);
    // After the sync, a further load comes from the server, with the receipt kept in the record.
    const third = createAcknowledgementStore({ storage: t.storage });
    const fromServer = await third.load(cttId.id);
    const receipt = storedAcknowledgementReceipt(fromServer);
    expect(receipt).not.toBeNull();
    expect(await verifyAcknowledgementReceipt(receipt, cttId)).toMatchObject({ ok: true });
  });

  it('an upcoming-change notice goes as channel upcoming-notice under the policy id', async () => {
    const t = setup();
    const store = createAcknowledgementStore({ storage: t.storage });
    await store.load(noticeRecordId(cttId.id));
    acknowledgeUpcomingNotice(store, cttId);
    await store.flush();
    const [only] = await t.records.listBySubject('user-42');
    expect(only?.record).toMatchObject({ policyId: cttId.id, channel: 'upcoming-notice' });
  });

  it('a document not among `documents` stays on the device only, reported, and nothing is sent', async () => {
    const t = setup();
    const store = createAcknowledgementStore({ storage: t.storage });
    await store.load('other-policy');
    store.acknowledge({ ...cttId, id: 'other-policy' });
    await store.flush();
    expect(t.posts()).toBe(0);
    expect(t.storage.pending()).toBe(0);
    expect(t.local.map.has('policykit:ack:other-policy')).toBe(true);
    expect(t.errors.some((e) => e instanceof Error && /not among/.test(e.message))).toBe(true);
  });

  it('a device that shows a changed document under the same version is refused by the server (400), reported, kept on the device, not retried', async () => {
    const t = setup();
    const tampered = structuredClone(cttId);
    tampered.title = `${tampered.title} (edited)`;
    const errors: unknown[] = [];
    const storage = createServerAcknowledgementStorage({
      endpoint: '/api/acknowledgements',
      documents: [tampered],
      fetch: t.fetch, // the same real handler
      local: memoryLocal(),
      onError: (e) => errors.push(e),
    });
    const store = createAcknowledgementStore({ storage });
    await store.load(cttId.id);
    const local = store.acknowledge(tampered);
    await store.flush();
    expect(await t.records.listBySubject('user-42')).toEqual([]);
    expect(errors.some((e) => e instanceof Error && /refused/.test(e.message))).toBe(true);
    expect(storage.pending()).toBe(0);
    expect(store.get(cttId.id)?.receiptId).toBe(local.receiptId);
  });

  it('follows the person across devices: a second device reads the first one’s server record', async () => {
    const t = setup();
    const first = createAcknowledgementStore({ storage: t.storage });
    await first.load(cttEn.id);
    first.acknowledge(cttEn);
    await first.flush();
    const otherDevice = createServerAcknowledgementStorage({
      endpoint: '/api/acknowledgements',
      documents: [cttId, cttEn],
      fetch: t.fetch,
      local: memoryLocal(),
    });
    const second = createAcknowledgementStore({ storage: otherDevice });
    expect((await second.load(cttEn.id))?.version).toBe(cttEn.version);
    expect(second.needsAcknowledgement(cttEn)).toBe(false);
  });
});
