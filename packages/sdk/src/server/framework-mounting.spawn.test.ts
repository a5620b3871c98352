// @vitest-environment node
// The server README's mounting snippets (Express 5, Fastify 5, Hono 4, Next.js 16), run as they
// are written there: read out of the README, written into a scratch project, each server
// started in a process of its own (tsx, on a free port) and driven over real HTTP. The Next.js
// route module is called with `NextRequest` from `next/server` in a process of its own.
//
// The scratch project maps `@policykit/sdk/*` to the sources (the same map as Vitest's
// aliases) and `@/*` to itself (the Next.js convention), and links the workspace's
// node_modules, so the frameworks are the installed devDependencies.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceAliases } from '../../../../scripts/source-aliases.mjs';
import { codeBlocks } from '../../../../test/docs/readme-code-blocks';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const README = 'packages/sdk/src/server/README.md';
const blocks = codeBlocks(readFileSync(join(root, README), 'utf8')).filter((b) => b.lang === 'ts');

/** The README block whose first line names `title` after the dash. */
function snippet(title: string): string {
  const block = blocks.find((b) => new RegExp(`^// \\S+ — ${title}$`).test(b.code.split('\n')[0]!));
  if (!block) throw new Error(`${README}: no ts block starting "// … — ${title}"`);
  return block.code;
}

const SHARED = snippet('the store and the handler, shared by the servers below');
const SERVERS = {
  express: snippet('Express 5'),
  fastify: snippet('Fastify 5'),
  hono: snippet('Hono 4 on Node'),
};
const NEXT_ROUTE = snippet('Next.js 16');

// The README's shared module is kept verbatim as rights-requests-readme.ts; the servers import
// this one, which is that handler except that a request with `X-Test-Throw` makes it throw —
// what a bug in a host's handler does — so the test sees what each framework makes of it.
const THROWING_WRAPPER = `import { rightsRequests as recorded } from './rights-requests-readme';
export { store } from './rights-requests-readme';

export const rightsRequests = async (request: Request): Promise<Response> => {
  if (request.headers.has('x-test-throw')) throw new Error('thrown by the test handler');
  return recorded(request);
};
`;

// Runs the Next.js route module the way Next's server does: through Next's own
// `AppRouteRouteModule` (the class `next start` wraps every app/**/route.ts in: it picks the
// export for the method, sets up the request's async storage, checks the returned Response)
// with a `NextRequest` from `next/server`, one call per entry of argv[2]'s JSON. These are
// next@16 internals, not a public API: if an upgrade moves them, this driver needs updating
// (`next build` in a test would be the public way, and is too slow).
const NEXT_DRIVER = `import 'next/dist/server/node-environment.js'; // AsyncLocalStorage, as next start sets it up first
import { createRequire } from 'node:module';
import { NextRequest } from 'next/server';
import * as userland from './app/api/rights-requests/[[...path]]/route';

const require = createRequire(import.meta.url);
const { AppRouteRouteModule } = require('next/dist/server/route-modules/app-route/module.js');
const page = '/api/rights-requests/[[...path]]/route';
const routeModule = new AppRouteRouteModule({
  definition: { kind: 'APP_ROUTE', page, pathname: '/api/rights-requests/[[...path]]', filename: 'route', bundlePath: 'app' + page },
  distDir: '.next',
  relativeProjectDir: '',
  resolvedPagePath: 'app' + page + '.ts',
  nextConfigOutput: undefined,
  userland: () => userland,
});

interface Call { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; body?: string }
const calls = JSON.parse(process.argv[2] ?? '[]') as Call[];
const results = [];
for (const call of calls) {
  const request = new NextRequest(call.url, { method: call.method, headers: call.headers, body: call.body });
  const path = new URL(call.url).pathname.split('/').slice(3);
  try {
    const response: Response = await routeModule.handle(request, {
      params: path.length > 0 ? { path } : {},
      prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} },
      renderOpts: { experimental: {}, supportsDynamicResponse: true },
      sharedContext: { buildId: 'test' },
    });
    results.push({ status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() });
  } catch (error) {
    results.push({ rejected: (error as Error).message });
  }
}
process.stdout.write('RESULTS ' + JSON.stringify(results) + '\\n');
process.exit(0);
`;

let scratch: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'policykit-mounting-'));
  await symlink(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const paths: Record<string, string[]> = { '@/*': ['./*'] };
  for (const [name, path] of Object.entries(sourceAliases())) paths[name] = [path];
  const route = join(scratch, 'app/api/rights-requests/[[...path]]/route.ts');
  await mkdir(dirname(route), { recursive: true });
  await Promise.all([
    writeFile(join(scratch, 'package.json'), JSON.stringify({ type: 'module', private: true })),
    writeFile(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: ['node'],
          paths,
        },
        include: ['*.ts', 'app/**/*.ts'],
      }),
    ),
    writeFile(join(scratch, 'rights-requests-readme.ts'), `${SHARED}\n`),
    writeFile(join(scratch, 'rights-requests.ts'), THROWING_WRAPPER),
    ...Object.entries(SERVERS).map(([name, code]) =>
      writeFile(join(scratch, `${name}-server.ts`), `${code}\n`),
    ),
    writeFile(route, `${NEXT_ROUTE}\n`),
    writeFile(join(scratch, 'next-driver.ts'), NEXT_DRIVER),
  ]);
}, 60_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with node:http (fetch cannot send TRACE). */
function call(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function startServer(
  name: string,
  file: string,
): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: scratch,
    env: {
      ...process.env,
      PORT: String(port),
      RIGHTS_REQUESTS_FILE: join(scratch, `${name}.jsonl`),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    const up = await call(port, 'GET', '/').then(
      () => true,
      () => false,
    );
    if (up) return { child, port };
    if (Date.now() > deadline) throw new Error(`${name} did not listen on ${port}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const request = (i: number) =>
  JSON.stringify({
    policyId: 'ctt-privacy',
    policyVersion: '2024-06-12',
    locale: 'id-ID',
    right: 'access',
    name: `Pemohon ${i}`,
    email: `pemohon${i}@example.co.id`,
  });
const HOSTILE = `<script>alert(1)</script>${'x'.repeat(10_000)}`;
const json = { 'Content-Type': 'application/json' };

describe.each(Object.keys(SERVERS))('given the README’s %s server', (name) => {
  let server: { child: ChildProcess; port: number };
  beforeAll(async () => {
    server = await startServer(name, `${name}-server.ts`);
  }, 90_000);

  const post = (headers: Record<string, string>, body: string) =>
    call(server.port, 'POST', '/api/rights-requests', { ...json, ...headers }, body);

  it('records a request (201), replays it (200, same receipt) and answers the status lookup', async () => {
    const key = randomUUID();
    const created = await post({ 'Idempotency-Key': key }, request(1));
    expect(created.status, created.body).toBe(201);
    const receipt = JSON.parse(created.body) as { reference: string; statusToken: string };
    expect(receipt.reference).toMatch(/^CTT-\d{4}-000001$/);

    const replay = await post({ 'Idempotency-Key': key }, request(1));
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(JSON.parse(replay.body).reference).toBe(receipt.reference);

    const status = await call(
      server.port,
      'GET',
      `/api/rights-requests/status?reference=${receipt.reference}`,
      { Authorization: `Bearer ${receipt.statusToken}` },
    );
    expect(status.status, status.body).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({
      reference: receipt.reference,
      status: 'received',
    });
  });

  it('answers an invalid request with 400 naming the field, without the value', async () => {
    const body = JSON.parse(request(2)) as Record<string, string>;
    const reply = await post(
      { 'Idempotency-Key': randomUUID() },
      JSON.stringify({ ...body, right: HOSTILE, policyId: HOSTILE }),
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('invalid-request');
    expect(reply.body).not.toContain('<script>');
    expect(reply.body).not.toContain('xxxxxxxxxx');
    expect(reply.body.length).toBeLessThan(1000);
  });

  it('survives TRACE and a handler that throws (500), then records the next request', async () => {
    const trace = await call(server.port, 'TRACE', '/api/rights-requests');
    expect(trace.status).toBeGreaterThanOrEqual(400);
    expect(trace.status).toBeLessThan(500);

    const thrown = await post({ 'Idempotency-Key': randomUUID(), 'X-Test-Throw': '1' }, request(3));
    expect(thrown.status).toBe(500);
    expect(thrown.body).not.toContain('thrown by the test handler');

    expect(server.child.exitCode).toBeNull();
    const next = await post({ 'Idempotency-Key': randomUUID() }, request(4));
    expect(next.status, next.body).toBe(201);
    expect(JSON.parse(next.body).reference).toMatch(/^CTT-\d{4}-000002$/);
  });
});

describe('given the README’s Next.js route module, run by Next’s AppRouteRouteModule with a NextRequest', () => {
  it('records (201), replays (200), refuses without echo (400), looks up the status; a throw rejects', async () => {
    const url = 'http://localhost:3000/api/rights-requests';
    const key = randomUUID();
    const body = JSON.parse(request(1)) as Record<string, string>;
    const calls = [
      { method: 'POST', url, headers: { ...json, 'Idempotency-Key': key }, body: request(1) },
      { method: 'POST', url, headers: { ...json, 'Idempotency-Key': key }, body: request(1) },
      {
        method: 'POST',
        url,
        headers: { ...json, 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ ...body, right: HOSTILE }),
      },
      {
        method: 'POST',
        url,
        headers: { ...json, 'Idempotency-Key': randomUUID(), 'X-Test-Throw': '1' },
        body: request(2),
      },
      {
        method: 'POST',
        url,
        headers: { ...json, 'Idempotency-Key': randomUUID() },
        body: request(3),
      },
    ];
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'next-driver.ts', JSON.stringify(calls)],
      {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, RIGHTS_REQUESTS_FILE: join(scratch, 'next.jsonl') },
      },
    );
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULTS '));
    expect(line, `${run.stdout}\n${run.stderr}`).toBeDefined();
    const [created, replay, invalid, thrown, next] = JSON.parse(line!.slice(8)) as (Reply & {
      rejected?: string;
    })[];
    expect(created!.status, JSON.stringify(created)).toBe(201);
    const receipt = JSON.parse(created!.body) as { reference: string; statusToken: string };
    expect(receipt.reference).toMatch(/^CTT-\d{4}-000001$/);
    expect(replay!.status).toBe(200);
    expect(JSON.parse(replay!.body).reference).toBe(receipt.reference);
    expect(invalid!.status).toBe(400);
    expect(invalid!.body).not.toContain('<script>');
    // The route module passes a throw on (Next's server around it answers 500): it must
    // reject, not hang or end the process.
    expect(thrown!.rejected).toBe('thrown by the test handler');
    expect(next!.status, next!.body).toBe(201);
    expect(JSON.parse(next!.body).reference).toMatch(/^CTT-\d{4}-000002$/);

    const lookup = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'next-driver.ts',
        JSON.stringify([
          {
            method: 'GET',
            url: `${url}/status?reference=${receipt.reference}`,
            headers: { Authorization: `Bearer ${receipt.statusToken}` },
          },
        ]),
      ],
      {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, RIGHTS_REQUESTS_FILE: join(scratch, 'next.jsonl') },
      },
    );
    const lookupLine = lookup.stdout.split('\n').find((l) => l.startsWith('RESULTS '));
    expect(lookupLine, `${lookup.stdout}\n${lookup.stderr}`).toBeDefined();
    const [status] = JSON.parse(lookupLine!.slice(8)) as Reply[];
    expect(status!.status, status!.body).toBe(200);
    expect(JSON.parse(status!.body)).toMatchObject({ reference: receipt.reference });
  }, 240_000);
});

describe('given the snippets and the installed frameworks’ types', () => {
  it('type-checks every block (tsc --noEmit)', () => {
    const tsc = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      { cwd: scratch, encoding: 'utf8', timeout: 240_000 },
    );
    expect(tsc.status, `${tsc.stdout}\n${tsc.stderr}`).toBe(0);
  }, 300_000);
});
