// @vitest-environment node
/**
 * The example host app's server (examples/host-app/server.mjs) over plain HTTP: what it
 * serves, what it refuses, and that the SDK's handler answers on each product's endpoint.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_SERVER } from './support/paths';
import { startServerProcess, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pk-host-server-'));
  server = await startServerProcess(HOST_SERVER, { DATA_DIR: dataDir });
});

afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (fetch would normalize `..` away). */
function rawGet(path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

describe('given the host app server', () => {
  it('serves the app for every route of the single-page app, under a strict Content-Security-Policy', async () => {
    for (const path of ['/', '/ctt/privacy', '/btn-cx/data-rights', '/ctt/no-such-page']) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<div id="root"></div>');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('serves the policies it was built with as JSON', async () => {
    const response = await fetch(new URL('/policies/ctt-privacy.id.json', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toMatchObject({ id: 'ctt-privacy', locale: 'id-ID' });
  });

  it('answers 404 for missing files and unknown API paths, and never serves files outside the app', async () => {
    expect((await fetch(new URL('/assets/missing.js', server.url))).status).toBe(404);
    expect((await fetch(new URL('/api/rights-requests/unknown', server.url))).status).toBe(404);
    expect(await rawGet('/../../package.json')).toBe(404);
    expect(await rawGet('/%2e%2e/%2e%2e/package.json')).toBe(404);
    expect(await rawGet('/%E0%A4%A')).toBe(400);
  });

  it("mounts the SDK's handler per product: it refuses a GET and names the problem in a bad request", async () => {
    const endpoint = new URL('/api/rights-requests/ctt', server.url);
    const get = await fetch(endpoint);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');

    const post = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'bad-request-1' },
      body: JSON.stringify({ policyId: 'btn-cx-privacy', right: 'access' }),
    });
    expect(post.status).toBe(400);
    expect(await post.json()).toMatchObject({ error: { code: 'invalid-request' } });
  });
});
