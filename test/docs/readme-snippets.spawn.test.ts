// @vitest-environment node
// Every ```ts / ```tsx block of the READMEs, verbatim, in a scratch consumer project outside
// the workspace that uses the built packages: strict `tsc --noEmit`, then `vite build` (the
// browser snippets) and `vite build --ssr` (the server ones). So the README cannot drift from
// what compiles again: its quick start once failed with 6× TS2322 (`import ctt from
// './x.json'` infers `schemaVersion: number`, not `1`).
//
// The packages come from the workspace's dist/ (the scratch project's node_modules is a link to
// the workspace's, so @policykit/* resolve through their package.json `exports` to dist/, as
// for an installed package — never to the sources). test:pack installs the packed tarballs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks, type CodeBlock } from './readme-code-blocks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const READMES = ['README.md', 'packages/sdk/README.md', 'packages/react/README.md'];
const fixtures = join(root, 'test/fixtures/policies');

interface Snippet extends CodeBlock {
  readme: string;
  file: string;
  server: boolean;
}

const snippets: Snippet[] = READMES.flatMap((readme) =>
  codeBlocks(readFileSync(join(root, readme), 'utf8'))
    .filter((block) => block.lang === 'ts' || block.lang === 'tsx')
    .map((block) => ({
      ...block,
      readme,
      file: `${readme.replace(/\W+/g, '-').toLowerCase()}-line-${block.line}.${block.lang}`,
      // The server half imports node: modules: built for Node, as a host's server would be.
      server: /from '@policykit\/sdk\/server/.test(block.code),
    })),
);

// What the snippets take from the host app around them — its documents, its logger, its
// i18next — declared with the types a host would have. Nothing else is added to a snippet.
const HOST_DECLARATIONS = `import type { i18n } from 'i18next';
import type { AcknowledgementRecord, PolicyDocument } from '@policykit/sdk';

declare global {
  const policy: PolicyDocument;
  const cttPolicy: PolicyDocument;
  const current: PolicyDocument;
  const lastVersionTheyAccepted: PolicyDocument;
  const nextVersion: PolicyDocument;
  const previous: PolicyDocument;
  const untrusted: unknown;
  const hostI18next: i18n;
  const audit: { log(record: AcknowledgementRecord): void };
  function log(value: unknown): void;
  function showBanner(title: string): void;
}
export {};
`;

// The compiler options of Vite's react-ts template, strict.
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noFallthroughCasesInSwitch: true,
    types: ['vite/client', 'node'],
  },
  include: ['src'],
};

const VITE_CONFIG = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({
  plugins: [react()],
  logLevel: 'warn',
  // The headless snippet awaits at the top level, as modern browsers allow.
  build: { target: 'es2022', emptyOutDir: true },
});
`;

let scratch: string;
function sh(command: string, args: string[], timeout = 180_000) {
  // Vitest sets NODE_ENV=test, which would make Vite build React's development runtime.
  const env = { ...process.env, NODE_ENV: 'production' };
  return spawnSync(command, args, { cwd: scratch, encoding: 'utf8', timeout, env });
}

beforeAll(async () => {
  // `npm test` builds first; a lone run of this file builds once if needed.
  const built = ['packages/sdk/dist/index.js', 'packages/react/dist/index.js'].every((path) =>
    existsSync(join(root, path)),
  );
  if (!built) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
  }
  scratch = await mkdtemp(join(tmpdir(), 'policykit-readme-'));
  await symlink(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  await mkdir(join(scratch, 'src'));
  // The quick start imports the seed documents as JSON files beside it.
  for (const name of await readdir(fixtures)) {
    if (name.endsWith('.json')) await copyFile(join(fixtures, name), join(scratch, 'src', name));
  }
  const client = snippets.filter((s) => !s.server);
  const server = snippets.filter((s) => s.server);
  await Promise.all([
    writeFile(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'readme-consumer', private: true, type: 'module' }),
    ),
    writeFile(join(scratch, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2)),
    writeFile(join(scratch, 'vite.config.mjs'), VITE_CONFIG),
    writeFile(join(scratch, 'src/host.d.ts'), HOST_DECLARATIONS),
    ...snippets.map((s) => writeFile(join(scratch, 'src', s.file), `${s.code}\n`)),
    writeFile(
      join(scratch, 'index.html'),
      '<!doctype html><html><body><script type="module" src="/src/main.ts"></script></body></html>',
    ),
    writeFile(
      join(scratch, 'src/main.ts'),
      client.map((s) => `import './${s.file.replace(/\.tsx?$/, '')}';`).join('\n'),
    ),
    writeFile(
      join(scratch, 'src/server.ts'),
      server.map((s) => `export * from './${s.file.replace(/\.tsx?$/, '')}';`).join('\n'),
    ),
  ]);
}, 300_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Compiler output with each scratch file named by its README and line. */
function whereInReadme(output: string) {
  return snippets.reduce(
    (text, s) => text.replaceAll(`src/${s.file}`, `${s.readme} (block at line ${s.line})`),
    output,
  );
}

describe("the READMEs' TypeScript snippets, verbatim, in a consumer app", () => {
  it('are there: the quick starts, the server, the headless SDK, the i18n and theming lines', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(9);
    expect(snippets.filter((s) => s.server).length).toBeGreaterThanOrEqual(1);
  });

  it('type-check under strict tsc', () => {
    const tsc = sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']);
    expect(whereInReadme(`${tsc.stdout}${tsc.stderr}`)).toBe('');
    expect(tsc.status).toBe(0);
  }, 180_000);

  it('build with Vite for the browser', () => {
    const vite = sh(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build']);
    expect(vite.status, whereInReadme(`${vite.stdout}${vite.stderr}`)).toBe(0);
    // The snippets really are in the bundle: the quick start's document (through
    // parsePolicy) and the rights client's endpoint. (A snippet's bare JSX statement has no
    // effect, so the bundler rightly drops the element; tsc above checked its props.)
    const assets = join(scratch, 'dist/assets');
    const js = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n');
    expect(js).toContain('Komitmen Privasi Kami');
    expect(js).toContain('/api/rights-requests');
  }, 180_000);

  it('build with Vite for the server (the handler snippet)', () => {
    const vite = sh(process.execPath, [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--ssr',
      'src/server.ts',
      '--outDir',
      'dist-server',
    ]);
    expect(vite.status, whereInReadme(`${vite.stdout}${vite.stderr}`)).toBe(0);
  }, 180_000);
});
