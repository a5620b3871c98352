// `npm run test:pack` (after `npm run build`): the packages as npm would publish them.
//
// Packs each workspace with `npm pack`, checks the tarball holds only what it should, then
// installs the three tarballs into a scratch project in the system temp directory — outside
// the workspace, so nothing resolves through workspace links or source aliases — and uses
// them there the way an outside app would: import and require every entry, resolve the CSS
// and the JSON Schema, render a component on the server, run the CLI, and type-check a
// TypeScript file under `moduleResolution` bundler and node16.
//
// Runs with node:test (not Vitest): it is slow-ish and needs no DOM. Every step has a time
// bound; the install prefers npm's cache, which `npm ci` has already filled.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const SECOND = 1000;

/** Runs a command; on failure the error says which command and shows its output. */
async function sh(command, args, { cwd, timeout = 60 * SECOND } = {}) {
  try {
    return await run(command, args, { cwd, timeout, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
      { cause: error },
    );
  }
}

const version = async (name) =>
  JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const DIST_MODULE = /^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/;
// @policykit/react's build keeps one file per source module (see tsup.config.ts), in folders
// that mirror src/ (viewer/blocks/…).
const DIST_SUBMODULE = /^dist\/(?:[\w-]+\/)+[\w.-]+\.(js|cjs)$/;
// The SDK's nested entries (`@policykit/sdk/server/postgres`).
const DIST_NESTED_ENTRY = /^dist\/server\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/;
const PACKAGE_DOCS = [/^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE(\.md)?$/];

/** What each tarball may hold (anything else fails) and must hold. */
const PACKAGES = [
  {
    name: '@policykit/sdk',
    dir: 'packages/sdk',
    allowed: [...PACKAGE_DOCS, DIST_MODULE, DIST_NESTED_ENTRY, /^policy\.schema\.json$/],
    required: ['package.json', 'README.md', 'policy.schema.json'].concat(
      ['index', 'markdown', 'html', 'server', 'server/postgres', 'text'].flatMap((entry) =>
        ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/${entry}.${ext}`),
      ),
    ),
  },
  {
    name: '@policykit/react',
    dir: 'packages/react',
    allowed: [...PACKAGE_DOCS, DIST_MODULE, DIST_SUBMODULE, /^dist\/styles\.css$/],
    required: ['package.json', 'README.md', 'dist/styles.css'].concat(
      ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/index.${ext}`),
    ),
  },
  {
    name: '@policykit/cli',
    dir: 'packages/cli',
    // bin/policykit.js: the launcher the bin links to; it runs dist/cli.js (see its comment).
    allowed: [...PACKAGE_DOCS, /^bin\/policykit\.js$/, /^dist\/[\w.-]+\.js$/],
    required: ['package.json', 'README.md', 'bin/policykit.js', 'dist/cli.js'],
  },
];

const MARKDOWN = `---
id: scratch-privacy
version: "1"
locale: id-ID
title: Kebijakan Privasi Scratch
lastUpdated: 2024-06-12
rights: [access, erasure]
---
## Data yang kami kumpulkan {#data}
Nama dan alamat email Anda.
`;

// One script per module system. Each prints a JSON report the tests assert on.
const ESM_SCRIPT = `
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as sdk from '@policykit/sdk';
import * as markdown from '@policykit/sdk/markdown';
import * as server from '@policykit/sdk/server';
import * as react from '@policykit/react';
import schema from '@policykit/sdk/policy.schema.json' with { type: 'json' };

const policy = markdown.importMarkdown(process.env.MARKDOWN);
const html = renderToString(
  createElement(react.PolicyKitProvider, { locale: 'id-ID' }, createElement(react.PolicyViewer, { policy })),
);
const styles = fileURLToPath(import.meta.resolve('@policykit/react/styles.css'));
console.log(JSON.stringify({
  exports: {
    sdk: typeof sdk.parsePolicy, markdown: typeof markdown.importMarkdown,
    server: typeof server.createRightsRequestHandler, react: typeof react.PolicyViewer,
  },
  reparsed: sdk.parsePolicy(JSON.parse(JSON.stringify(policy))).title,
  html,
  stylesBytes: readFileSync(styles, 'utf8').length,
  schemaKeys: Object.keys(schema),
}));
`;

const CJS_SCRIPT = `
const { readFileSync } = require('node:fs');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const sdk = require('@policykit/sdk');
const markdown = require('@policykit/sdk/markdown');
const server = require('@policykit/sdk/server');
const react = require('@policykit/react');
const schema = require('@policykit/sdk/policy.schema.json');

const policy = markdown.importMarkdown(process.env.MARKDOWN);
const html = renderToString(
  createElement(react.PolicyKitProvider, { locale: 'id-ID' }, createElement(react.PolicyViewer, { policy })),
);
console.log(JSON.stringify({
  exports: {
    sdk: typeof sdk.parsePolicy, markdown: typeof markdown.importMarkdown,
    server: typeof server.createRightsRequestHandler, react: typeof react.PolicyViewer,
  },
  reparsed: sdk.parsePolicy(JSON.parse(JSON.stringify(policy))).title,
  html,
  stylesBytes: readFileSync(require.resolve('@policykit/react/styles.css'), 'utf8').length,
  schemaKeys: Object.keys(schema),
}));
`;

// Types an app would write. The @ts-expect-error lines prove the types are real: were an
// entry typed `any`, the expected error would not happen and tsc would fail on the directive.
const TYPES_CHECK = `
import { parsePolicy, type PolicyDocument } from '@policykit/sdk';
import { importMarkdown } from '@policykit/sdk/markdown';
import { createMemoryStore, createRightsRequestHandler } from '@policykit/sdk/server';
import { PolicyKitProvider, PolicyViewer, type PolicyViewerProps } from '@policykit/react';

export const policy: PolicyDocument = importMarkdown('# Policy');
export const reparsed: PolicyDocument = parsePolicy(policy);
export const props: PolicyViewerProps = { policy, variant: 'document' };
export const handler: (request: Request) => Promise<Response> = createRightsRequestHandler({
  store: createMemoryStore(),
  jurisdiction: 'id-pdp',
});
export const components = [PolicyKitProvider, PolicyViewer] as const;
// @ts-expect-error: not a viewer variant
export const wrongVariant: PolicyViewerProps = { policy, variant: 'carousel' };
// @ts-expect-error: importMarkdown takes the Markdown text
importMarkdown(42);
`;

const SCHEMA_CHECK = `
import schema from '@policykit/sdk/policy.schema.json';
export const dialect: string = schema.$schema;
`;

const tsconfig = (moduleKind, files) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      // Our .d.ts files are checked too: a type they reference but do not ship fails here.
      skipLibCheck: false,
      target: 'es2022',
      lib: ['es2023', 'dom'],
      types: ['node'],
      jsx: 'react-jsx',
      resolveJsonModule: true,
      ...(moduleKind === 'bundler'
        ? { module: 'preserve', moduleResolution: 'bundler' }
        : { module: 'node16', moduleResolution: 'node16' }),
    },
    files,
  });

describe('given the built packages packed with npm pack', () => {
  /** @type {Map<string, { tarball: string; files: string[] }>} */
  const packed = new Map();
  let scratch = '';

  before(
    async () => {
      scratch = await mkdtemp(join(tmpdir(), 'policykit-pack-'));
      for (const { name, dir } of PACKAGES) {
        const { stdout } = await sh(
          'npm',
          ['pack', '--json', '--pack-destination', scratch, '--loglevel', 'error'],
          { cwd: join(root, dir) },
        );
        const [report] = JSON.parse(stdout);
        packed.set(name, {
          tarball: join(scratch, report.filename),
          files: report.files.map((file) => file.path).sort(),
        });
      }
    },
    { timeout: 120 * SECOND },
  );

  after(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  for (const { name, allowed, required } of PACKAGES) {
    it(`${name} holds only its build output, README and package.json`, () => {
      const { files } = packed.get(name);
      const unexpected = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
      assert.deepEqual(unexpected, [], `${name} would publish files it should not`);
      const missing = required.filter((file) => !files.includes(file));
      assert.deepEqual(missing, [], `${name} is missing files`);
    });
  }

  describe('when installed into a scratch project outside the workspace', () => {
    let app = '';

    before(
      async () => {
        app = join(scratch, 'app');
        await sh('mkdir', ['-p', app]);
        await writeFile(
          join(app, 'package.json'),
          JSON.stringify({ name: 'policykit-scratch-app', private: true, version: '0.0.0' }),
        );
        const peers = await Promise.all(
          ['react', 'react-dom', 'i18next', 'react-i18next', '@types/react', '@types/node'].map(
            async (name) => `${name}@${await version(name)}`,
          ),
        );
        await sh(
          'npm',
          [
            'install',
            ...PACKAGES.map(({ name }) => packed.get(name).tarball),
            ...peers,
            '--prefer-offline',
            '--no-audit',
            '--no-fund',
            '--loglevel',
            'error',
          ],
          { cwd: app, timeout: 180 * SECOND },
        );
        await writeFile(join(app, 'check.mjs'), ESM_SCRIPT);
        await writeFile(join(app, 'check.cjs'), CJS_SCRIPT);
      },
      { timeout: 200 * SECOND },
    );

    const runCheck = async (file) => {
      const { stdout } = await run('node', [file], {
        cwd: app,
        env: { ...process.env, MARKDOWN },
        timeout: 30 * SECOND,
      });
      return JSON.parse(stdout);
    };

    for (const [system, file] of [
      ['ESM (import)', 'check.mjs'],
      ['CommonJS (require)', 'check.cjs'],
    ]) {
      it(`loads every entry, the stylesheet and the JSON Schema via ${system}`, async () => {
        const report = await runCheck(file);
        assert.deepEqual(report.exports, {
          sdk: 'function',
          markdown: 'function',
          server: 'function',
          react: 'function',
        });
        assert.equal(report.reparsed, 'Kebijakan Privasi Scratch');
        assert.ok(report.stylesBytes > 0, 'styles.css is empty');
        assert.ok(report.schemaKeys.includes('$schema'), 'policy.schema.json has no $schema');
      });

      it(`renders PolicyViewer to HTML on the server via ${system}`, async () => {
        const { html } = await runCheck(file);
        assert.match(html, /Kebijakan Privasi Scratch/);
        assert.match(html, /Data yang kami kumpulkan/);
      });
    }

    it('keeps "use client" at the top of both React builds (Next.js App Router)', async () => {
      for (const file of ['index.js', 'index.cjs']) {
        const code = await readFile(join(app, 'node_modules/@policykit/react/dist', file), 'utf8');
        assert.match(
          code,
          /^(['"])use client\1;?\s/,
          `dist/${file} does not start with "use client"`,
        );
      }
    });

    it('runs the policykit command through npx', async () => {
      const { stdout } = await sh('npx', ['--no-install', 'policykit', '--help'], { cwd: app });
      assert.match(stdout, /validate/);
      assert.match(stdout, /import/);
    });

    for (const moduleKind of ['bundler', 'node16']) {
      it(`type-checks an app's imports with moduleResolution ${moduleKind}`, async () => {
        // node16 decides ESM or CommonJS per file: check both kinds of file. A bundler
        // also imports the JSON Schema as a typed JSON module.
        const files =
          moduleKind === 'bundler'
            ? ['types-check.ts', 'schema-check.ts']
            : ['types-check.mts', 'types-check.cts'];
        for (const file of files.filter((name) => name.startsWith('types-'))) {
          await writeFile(join(app, file), TYPES_CHECK);
        }
        await writeFile(join(app, 'schema-check.ts'), SCHEMA_CHECK);
        await writeFile(join(app, `tsconfig.${moduleKind}.json`), tsconfig(moduleKind, files));
        await sh(
          'node',
          [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${moduleKind}.json`],
          { cwd: app, timeout: 90 * SECOND },
        );
      });
    }
  });
});
