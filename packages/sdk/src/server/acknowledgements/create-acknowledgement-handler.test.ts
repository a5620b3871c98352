// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cttEn, cttId } from '../../../../../test/fixtures/policies';
import { policyDocumentHash } from '../../acknowledgements/policy-document-hash';
import { verifyAcknowledgementReceipt } from '../../acknowledgements/verify-acknowledgement-receipt';
import { StoreUnavailableError } from '../rights-request-store';
import type { AcknowledgementRecordStore } from './acknowledgement-record-store';
import {
  acknowledgementReport,
  acknowledgementReportCsv,
  notAcknowledged,
} from './acknowledgement-report';
import { createAcknowledgementAdminHandler } from './create-acknowledgement-admin-handler';
import { createAcknowledgementHandler } from './create-acknowledgement-handler';
import { createMemoryAcknowledgementStore } from './memory-acknowledgement-store';

const NOW = new Date('2026-03-02T02:00:00.000Z');

function setup(
  store: AcknowledgementRecordStore = createMemoryAcknowledgementStore(),
  now: () => Date = () => NOW,
) {
  const errors: unknown[] = [];
  const handler = createAcknowledgementHandler({
    store,
    identify: (request) => request.headers.get('X-User'),
    documents: [cttId, cttEn],
    now,
    onError: (e) => errors.push(e),
  });
  return { store, handler, errors };
}

async function post(
  handler: (r: Request) => Promise<Response>,
  body: unknown,
  { user = 'user-1', key = 'key-1' }: { user?: string | null; key?: string | null } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (user) headers['X-User'] = user;
  if (key) headers['Idempotency-Key'] = key;
  return handler(
    new Request('https://ctt.test/api/acknowledgements', {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    }),
  );
}

async function bodyFor(doc = cttId, extra: Record<string, unknown> = {}) {
  return {
    policyId: doc.id,
    version: doc.version,
    locale: doc.locale,
    documentSha256: await policyDocumentHash(doc),
    channel: 'dialog',
    ...extra,
  };
}

describe('createAcknowledgementHandler', () => {
  it('requires identify', () => {
    expect(() =>
      createAcknowledgementHandler({ store: createMemoryAcknowledgementStore() } as never),
    ).toThrow(/identify/);
  });

  it('records by the server clock and replies with the record and a receipt that verifies; a replay is the same, nothing doubled', async () => {
    const { handler, store } = setup();
    const first = await post(handler, { ...(await bodyFor()), recordedAt: '1999-01-01T00:00:00Z' });
    expect(first.status).toBe(201);
    const a = await first.json();
    expect(a.record).toMatchObject({
      subjectId: 'user-1',
      policyId: cttId.id,
      locale: cttId.locale,
      recordedAt: NOW.toISOString(),
      event: 'acknowledged',
    });
    expect(await verifyAcknowledgementReceipt(a.receipt, cttId)).toMatchObject({ ok: true });
    const again = await post(handler, await bodyFor());
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(a);
    expect(await store.listBySubject('user-1')).toHaveLength(1);
    const reused = await post(handler, await bodyFor(cttEn));
    expect(reused.status).toBe(422);
  });

  it('401 without a session; GET lists only the person’s own records', async () => {
    const { handler } = setup();
    expect((await post(handler, await bodyFor(), { user: null })).status).toBe(401);
    await post(handler, await bodyFor(), { user: 'alice' });
    await post(handler, await bodyFor(cttEn), { user: 'bob' });
    const list = await handler(
      new Request('https://ctt.test/api/acknowledgements', { headers: { 'X-User': 'alice' } }),
    );
    const { acknowledgements } = await list.json();
    expect(
      acknowledgements.map((a: { record: { subjectId: string } }) => a.record.subjectId),
    ).toEqual(['alice']);
    expect((await handler(new Request('https://ctt.test/api/acknowledgements'))).status).toBe(401);
  });

  it('refuses a hash that is not the published document’s, an unknown version and bad shapes, naming fields without echoing values', async () => {
    const { handler } = setup();
    const tampered = await post(handler, await bodyFor(cttId, { documentSha256: 'b'.repeat(64) }));
    expect(tampered.status).toBe(400);
    expect((await tampered.json()).error.issues[0]).toMatchObject({
      field: 'documentSha256',
      code: 'hashMismatch',
    });
    const unknown = await post(handler, await bodyFor(cttId, { version: '<script>x</script>' }), {
      key: 'k2',
    });
    const text = await unknown.text();
    expect(unknown.status).toBe(400);
    expect(text).not.toContain('<script>');
    const bad = await post(
      handler,
      { policyId: 7, channel: 'email', documentSha256: 'XYZ' },
      { key: 'k3' },
    );
    const fields = (await bad.json()).error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['policyId', 'version', 'locale', 'documentSha256', 'channel']),
    );
    expect((await post(handler, await bodyFor(), { key: null })).status).toBe(400);
  });

  it('503 with Retry-After when the store is unavailable, safe to retry with the same key', async () => {
    const broken: AcknowledgementRecordStore = {
      insert: () => Promise.reject(new StoreUnavailableError('down')),
      listBySubject: () => Promise.reject(new StoreUnavailableError('down')),
      query: () => Promise.reject(new StoreUnavailableError('down')),
    };
    const { handler } = setup(broken);
    const response = await post(handler, await bodyFor());
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('2');
  });
});

describe('for the DPO', () => {
  it('reports who acknowledged a version and when, counts by locale and channel, CSV with BOM and escaped formulas, and who has not', async () => {
    // A clock that moves a minute per call: the report lists people by their first
    // acknowledgement, and with one fixed instant for all the order was the random record ids'.
    let minutes = 0;
    const { handler, store } = setup(undefined, () => new Date(NOW.getTime() + 60_000 * minutes++));
    await post(handler, await bodyFor(cttId), { user: 'alice' });
    await post(handler, await bodyFor(cttId), { user: 'alice', key: 'again' });
    await post(handler, await bodyFor(cttEn, { channel: 'viewer' }), { user: '=HYPERLINK("x")' });
    await post(handler, await bodyFor(cttId, { event: 'delivered', channel: 'upcoming-notice' }), {
      user: 'carol',
    });
    const report = await acknowledgementReport(store, {
      policyId: cttId.id,
      version: cttId.version,
    });
    expect(report.subjects.map((s) => s.subjectId)).toEqual(['alice', '=HYPERLINK("x")']);
    expect(report.byLocale).toEqual({ [cttId.locale]: 1, [cttEn.locale]: 1 });
    expect(report.byChannel).toEqual({ dialog: 1, viewer: 1 });
    expect(report.delivered).toBe(1);
    const csv = acknowledgementReportCsv(report);
    expect(csv.startsWith('\uFEFFpolicy_id,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(
      await notAcknowledged(store, {
        policyId: cttId.id,
        version: cttId.version,
        subjectIds: ['carol', 'alice', 'dave', 'carol'],
      }),
    ).toEqual(['carol', 'dave']);
  });

  it('the admin handler requires authorize and answers 401 without an actor; JSON and CSV with one', async () => {
    const { store, handler } = setup();
    await post(handler, await bodyFor(), { user: 'alice' });
    expect(() => createAcknowledgementAdminHandler({ store } as never)).toThrow(/authorize/);
    const admin = createAcknowledgementAdminHandler({
      store,
      authorize: (r) => (r.headers.get('X-Staff') === 'dpo' ? 'dpo@ctt.id' : null),
    });
    const url = `https://ctt.test/admin/acknowledgements?policyId=${cttId.id}&version=${cttId.version}`;
    expect((await admin(new Request(url))).status).toBe(401);
    const json = await admin(new Request(url, { headers: { 'X-Staff': 'dpo' } }));
    expect((await json.json()).subjects).toHaveLength(1);
    const csv = await admin(new Request(`${url}&format=csv`, { headers: { 'X-Staff': 'dpo' } }));
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('alice');
    expect(
      (
        await admin(
          new Request('https://ctt.test/admin/acknowledgements', { headers: { 'X-Staff': 'dpo' } }),
        )
      ).status,
    ).toBe(400);
  });
});
