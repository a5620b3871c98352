/**
 * Test pages for Chromium: page scripts bundled by esbuild from the sources
 * (the package names resolved as in vitest.config.ts) plus PolicyKit's
 * stylesheet, served on 127.0.0.1 from a real HTTP server — under a strict
 * Content-Security-Policy at `/csp/<page>.html`, without one at
 * `/open/<page>.html` (a host that sets no policy).
 *
 * @example
 * const pages = await serveTestPages({ xss: 'test/security/page/xss-page.tsx' });
 * await page.goto(`${pages.origin}/csp/xss.html?ids=1,2`);
 * await pages.close();
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { sourceAliases as sourceAliasMap } from '../../../scripts/source-aliases.mjs';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The package-name → source map vitest.config.ts uses (scripts/source-aliases.mjs). */
const SOURCE_ALIASES: Record<string, string> = sourceAliasMap();

// Exact names only: esbuild's own `alias` would also rewrite `@policykit/sdk/markdown` by prefix.
const sourceAliases: Plugin = {
  name: 'policykit-sources',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@policykit\// }, ({ path }) => {
      const target = SOURCE_ALIASES[path];
      return target ? { path: target } : undefined;
    });
  },
};

/**
 * No `unsafe-inline`, no `unsafe-eval`: PolicyKit must work — and hostile text must stay
 * inert — on a host with the strictest policy a real site deploys.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; " +
  // Images from one named host, as a site whose policy shows a diagram allows them.
  "img-src 'self' https://images.policykit.test; base-uri 'none'; frame-ancestors 'none'";

export interface TestPages {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

export interface TestPageOptions {
  /**
   * Which React build the pages get. `development` (default): its warnings (hydration, keys,
   * props) reach the console and fail tests. `production`: what readers run — for measuring
   * memory, where development-only bookkeeping would blur the numbers.
   */
  mode?: 'development' | 'production';
}

/** Bundles each page entry (`name → source file`) and serves them until `close()`. */
export async function serveTestPages(
  entries: Record<string, string>,
  { mode = 'development' }: TestPageOptions = {},
): Promise<TestPages> {
  const [scripts, styles] = await Promise.all([
    build({
      entryPoints: Object.fromEntries(
        Object.entries(entries).map(([name, file]) => [name, root(file)]),
      ),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
      plugins: [sourceAliases],
      outdir: '/',
      write: false,
      logLevel: 'silent',
    }),
    build({
      entryPoints: [root('packages/react/src/styles.css')],
      bundle: true,
      outfile: '/styles.css',
      write: false,
      logLevel: 'silent',
    }),
  ]);
  const files = new Map<string, { type: string; body: string }>();
  for (const output of scripts.outputFiles)
    files.set(output.path, { type: 'text/javascript', body: output.text });
  files.set('/styles.css', { type: 'text/css', body: styles.outputFiles[0]!.text });

  const html = (name: string) =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>PolicyKit ${name} test page</title>` +
    '<link rel="stylesheet" href="/styles.css">' +
    `<script src="/${name}.js" defer></script></head><body></body></html>`;

  const send = (
    response: ServerResponse,
    status: number,
    type: string,
    body: string,
    csp: boolean,
  ) => {
    response.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
      ...(csp ? { 'content-security-policy': STRICT_CSP } : {}),
    });
    response.end(body);
  };

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = /^\/(csp|open)\/([\w-]+)\.html$/.exec(pathname);
    if (page && entries[page[2]!])
      return send(response, 200, 'text/html', html(page[2]!), page[1] === 'csp');
    const file = files.get(pathname);
    if (file) return send(response, 200, file.type, file.body, true);
    // Chromium asks for a favicon on every page; an empty icon keeps the console quiet.
    if (pathname === '/favicon.ico') return send(response, 200, 'image/x-icon', '', true);
    return send(response, 404, 'text/plain', 'not found', true);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
