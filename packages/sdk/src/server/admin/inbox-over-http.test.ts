// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRightsRequestClient } from '../../rights/create-rights-request-client';
import {
  fetchRightsRequestStatus,
  RightsRequestStatusError,
} from '../../rights/fetch-rights-request-status';
import { createRightsRequestHandler } from '../create-rights-request-handler';
import { createFileStore, type FileRightsRequestStore } from '../file-store';
import { serveNode, type NodeServer } from '../test-support/serve-node';
import { createRightsRequestAdminHandler } from './create-rights-request-admin-handler';

// The whole path over real HTTP on 127.0.0.1, through toNodeHandler, on the file store: the SDK
// client submits → the receipt's status token → the DPO moves the request through the admin
// handler → the SDK's status client reads the new status.

let dir: string;
let store: FileRightsRequestStore;
let server: NodeServer;
let origin: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-inbox-'));
  store = createFileStore(join(dir, 'rr.jsonl'));
  const submit = createRightsRequestHandler({
    store,
    jurisdiction: 'id-pdp',
    reference: { prefix: 'CTT' },
    statusUrl: (reference, token) => `https://ctt.id/status#ref=${reference}&token=${token}`,
  });
  const admin = createRightsRequestAdminHandler({
    store,
    basePath: '/admin/rr',
    authorize: (request) =>
      request.headers.get('Authorization') === 'Bearer dpo-session' ? { id: 'dpo@ctt.id' } : null,
  });
  server = await serveNode((request) =>
    new URL(request.url).pathname.startsWith('/admin/') ? admin(request) : submit(request),
  );
  origin = new URL(server.url).origin;
});

afterEach(async () => {
  await server.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const dpo = { Authorization: 'Bearer dpo-session', 'Content-Type': 'application/json' };

describe('given the form, the inbox and the status page over HTTP', () => {
  it('goes from the receipt to a status the requester reads with the token', async () => {
    const client = createRightsRequestClient({ endpoint: server.url });
    const receipt = await client.submit({
      policyId: 'ctt-privacy',
      policyVersion: '1',
      locale: 'id-ID',
      right: 'access',
      name: 'Siti Rahma',
      email: 'siti@example.co.id',
    });
    expect(receipt.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(receipt.statusUrl).toContain(`#ref=${receipt.reference}&token=`);
    const endpoint = `${server.url}/status`;
    const status = { endpoint, reference: receipt.reference, token: receipt.statusToken as string };
    expect((await fetchRightsRequestStatus(status)).status_label).toBe('Diterima');

    const inbox = await fetch(`${origin}/admin/rr/requests?overdue=false&q=${receipt.reference}`, {
      headers: dpo,
    });
    const listed = (await inbox.json()) as { items: { reference: string; version: number }[] };
    expect(listed.items.map((r) => r.reference)).toEqual([receipt.reference]);
    const moved = await fetch(`${origin}/admin/rr/requests/${receipt.reference}/transitions`, {
      method: 'POST',
      headers: dpo,
      body: JSON.stringify({
        to: 'in-progress',
        version: listed.items[0]?.version,
        note: 'Kami sedang mencari data Anda',
        public: true,
      }),
    });
    expect(moved.status).toBe(200);

    const after = await fetchRightsRequestStatus({ ...status, language: 'en' });
    expect(after).toMatchObject({
      status: 'in-progress',
      status_label: 'In progress',
      language: 'en',
    });
    expect(after.history.at(-1)).toMatchObject({
      kind: 'status',
      note: 'Kami sedang mencari data Anda',
    });
    expect(JSON.stringify(after)).not.toMatch(/Siti|siti@|dpo@/);

    await expect(
      fetchRightsRequestStatus({ ...status, token: 'A'.repeat(43) }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      fetchRightsRequestStatus({ ...status, reference: 'CTT-2026-999999' }),
    ).rejects.toBeInstanceOf(RightsRequestStatusError);
    await expect(fetchRightsRequestStatus({ ...status, token: 'short' })).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('refuses the inbox without a session, over HTTP too, on every route', async () => {
    for (const path of [
      '/admin/rr/requests',
      '/admin/rr/requests.csv',
      '/admin/rr/requests/CTT-2026-000001',
      '/admin/rr/anything',
    ]) {
      const response = await fetch(`${origin}${path}`, {
        headers: { Authorization: 'Bearer guessed' },
      });
      expect(response.status, path).toBe(401);
    }
  });
});
