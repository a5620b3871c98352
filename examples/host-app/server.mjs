#!/usr/bin/env node
/**
 * The example host app's server, with nothing but node:http:
 *
 * - serves the built app (`dist/`, from `npm run build` in this folder), with a strict
 *   Content-Security-Policy (no inline scripts or styles, no eval) — PolicyKit needs none;
 * - mounts the SDK's rights-request handler for each product on
 *   `/api/rights-requests/<product>` (`ctt`, `btn-cx`), recording requests with the SDK's
 *   file store: one JSON-lines register per product in DATA_DIR (owner-only, locked to
 *   this process: one process per DATA_DIR — several instances need the PostgreSQL store),
 *   through the SDK's `toNodeHandler`, which no method, aborted upload or thrown error can
 *   crash.
 *
 *   PORT=4173 DATA_DIR=/var/lib/host-app node server.mjs      (or: node server.mjs --port 4173)
 *
 * PORT defaults to 0 (any free port); HOST to 127.0.0.1; DATA_DIR to ./.data beside this
 * file (git-ignored: it holds personal data). The chosen address is printed on start.
 * Import `startHostServer` to run it from a test.
 */
import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicy } from '@policykit/sdk';
import {
  createFileStore,
  createRightsRequestHandler,
  FileStoreLockedError,
  toNodeHandler,
} from '@policykit/sdk/server';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Who records requests for which policy: a reference prefix and a register per product
 * (UU PDP Pasal 14: requests are recorded; each controller keeps its own register).
 */
export const PRODUCT_HANDLERS = [
  {
    id: 'ctt',
    policyFile: 'ctt-privacy.id.json',
    reference: { prefix: 'CTT' },
    jurisdiction: 'id-pdp',
    timeZone: 'Asia/Jakarta',
  },
  {
    id: 'btn-cx',
    policyFile: 'btn-cx-privacy.en.json',
    reference: { prefix: 'BTN' },
    jurisdiction: 'id-pdp',
    timeZone: 'Asia/Jakarta',
    // Where UU PDP fixes no period (e.g. a custom right), BTN CX promises 14 days.
    serviceLevelDays: 14,
  },
];

/** The register file of one product in `dataDir`. */
export const registerPath = (dataDir, productId) =>
  join(dataDir, `${productId}-rights-requests.jsonl`);

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
  });
  res.end(text);
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts the server. Resolves once it listens.
 *
 * @param {object} [options]
 * @param {number} [options.port] 0 (default) for any free port.
 * @param {string} [options.host] Default 127.0.0.1.
 * @param {string} [options.distDir] The built app. Default `dist/` beside this file.
 * @param {string} [options.dataDir] Where the registers go. Default `.data/` beside this file.
 * @param {(path: string) => import('@policykit/sdk/server').RightsRequestStore} [options.createStore]
 *   The store for a register file. Default the SDK's `createFileStore`. A store with
 *   `open()` is opened at start (a register locked by another process stops the start);
 *   one with `close()` is closed with the server.
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 *
 * @example
 * const server = await startHostServer({ port: 0, dataDir: '/tmp/host-app' });
 * console.log(server.url); // http://127.0.0.1:40123/
 */
export async function startHostServer(options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    distDir = join(here, 'dist'),
    dataDir = join(here, '.data'),
    createStore = createFileStore,
  } = options;
  const root = resolve(distDir);
  const indexHtml = join(root, 'index.html');
  if (!(await isFile(indexHtml))) {
    throw new Error(
      `The app is not built (no ${indexHtml}). Run \`npm run build\` at the repository root, ` +
        'then `npm run build -w policykit-example-host-app` — or just `npm run demo`.',
    );
  }
  await mkdir(dataDir, { recursive: true });

  const handlers = new Map();
  const stores = [];
  for (const product of PRODUCT_HANDLERS) {
    // The policy as published with the app: requests must name it and one of its rights.
    const policy = parsePolicy(
      JSON.parse(await readFile(join(root, 'policies', product.policyFile), 'utf8')),
    );
    const { id, policyFile: _policyFile, ...settings } = product;
    const store = createStore(registerPath(dataDir, id));
    stores.push(store);
    // Fail at start, not on the first request, when another process holds the register; any
    // other load failure (an unreadable file) is logged and retried on the next request.
    await store.open?.().catch((error) => {
      if (error instanceof FileStoreLockedError) throw error;
      console.error(error);
    });
    handlers.set(
      `/api/rights-requests/${id}`,
      toNodeHandler(createRightsRequestHandler({ ...settings, store, policy })),
    );
  }

  async function serveStatic(req, res, pathname) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const candidate = resolve(root, `.${pathname}`);
    const inside = candidate === root || candidate.startsWith(root + sep);
    let file = inside && (await isFile(candidate)) ? candidate : undefined;
    // Routes of the single-page app (no file extension) all get index.html.
    if (!file && inside && extname(pathname) === '') file = indexHtml;
    if (!file) {
      sendText(res, 404, 'Not Found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      // Hashed file names never change; everything else is checked on every load.
      'Cache-Control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function fail(res, error) {
    console.error(error);
    if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
    else res.destroy();
  }

  const server = createServer((req, res) => {
    try {
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
      } catch {
        sendText(res, 400, 'Bad Request');
        return;
      }
      const handler = handlers.get(pathname);
      if (handler) {
        handler(req, res); // toNodeHandler: replies to anything, never throws
        return;
      }
      if (pathname.startsWith('/api/')) {
        sendText(res, 404, 'Not Found'); // not an app route: no index.html for API typos
        return;
      }
      serveStatic(req, res, pathname).catch((error) => fail(res, error));
    } catch (error) {
      fail(res, error); // nothing a client sends may take the process down
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    port: address.port,
    close: async () => {
      await new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      });
      await Promise.all(stores.map((store) => store.close?.()));
    },
  };
}

/** `--port 4173` or `--port=4173`, when PORT is not set. */
function portFromArgs(args) {
  const index = args.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) return undefined;
  const arg = args[index];
  return arg.includes('=') ? arg.slice('--port='.length) : args[index + 1];
}

async function main() {
  const rawPort = process.env.PORT ?? portFromArgs(process.argv.slice(2)) ?? '0';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${rawPort}"`);
  }
  const dataDir = resolve(process.env.DATA_DIR ?? join(here, '.data'));
  const server = await startHostServer({ port, host: process.env.HOST, dataDir });
  console.log(`PolicyKit example host app: ${server.url}`);
  console.log(`Rights requests are recorded in ${dataDir}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
