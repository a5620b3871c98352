// @vitest-environment node
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/dist/cli.js');
const fixtures = join(root, 'test/fixtures/policies');

/** Runs the built `policykit` bin in a real Node process. */
function policykit(args: string[], cwd = fixtures) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fixture's JSON as the importer writes it: sections without the topics `npm run fixtures` adds. */
function withoutTopics(json: string): string {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== 'topics')
              .map(([key, v]) => [key, strip(v)]),
          )
        : value;
  return `${JSON.stringify(strip(JSON.parse(json)), null, 2)}\n`;
}

let scratch: string;
beforeAll(async () => {
  // `npm test` builds before testing; a lone run of this file builds once if needed.
  if (!existsSync(bin) || !existsSync(join(root, 'packages/sdk/dist/markdown.js'))) {
    const build = spawnSync('npx', ['--no-install', 'tsup'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`tsup failed:\n${build.stderr}`);
  }
  scratch = await mkdtemp(join(tmpdir(), 'policykit-bin-'));
  // Every content a notice must state outright is tagged; what GDPR asks only where it
  // applies (recipients, transfers, automated decisions) is not: warnings, no errors.
  await writeFile(
    join(scratch, 'tagged-warnings.json'),
    JSON.stringify({
      schemaVersion: 1,
      id: 'acme',
      version: '1',
      locale: 'en',
      title: 'Privacy',
      lastUpdated: '2024-06-12',
      sections: [
        {
          id: 'all',
          title: 'All',
          topics: [
            'purposes',
            'legal-basis',
            'data-categories',
            'retention',
            'rights',
            'contact',
            'complaints',
          ],
          blocks: [{ type: 'paragraph', text: 'Text.' }],
        },
      ],
    }),
  );
}, 120_000);
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the built policykit bin', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints its version and exits 0', async () => {
    expect(await policykit(['--version'])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });

  it('validates every seed fixture, Markdown and JSON, with exit code 0', async () => {
    const files = [
      'ctt-privacy.id.md',
      'ctt-privacy.en.json',
      'btn-cx-privacy.en.md',
      'btn-cx-privacy.id.json',
    ];
    expect(await policykit(['validate', ...files])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'policykit: 4 files valid\n',
    });
  });

  it('reports malformed JSON with its position and exit code 1, no stack trace', async () => {
    await writeFile(join(scratch, 'trailing-comma.json'), '{"id": "a",}');
    const result = await policykit(['validate', 'trailing-comma.json'], scratch);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'trailing-comma.json: (document): invalid JSON at line 1, column 12: expected a property name in double quotes\n',
    );
    expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('imports Markdown to the same JSON as the committed fixture (less the topics npm run fixtures adds)', async () => {
    const result = await policykit(['import', 'btn-cx-privacy.id.md']);
    expect(result.code).toBe(0);
    const committed = readFileSync(join(fixtures, 'btn-cx-privacy.id.json'), 'utf8');
    expect(result.stdout).toBe(withoutTopics(committed));
  });

  it('lints the tagged seeds: no retention period in either, in each one’s language, exit 1', async () => {
    const result = await policykit(['lint', 'ctt-privacy.id.json', 'btn-cx-privacy.en.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'ctt-privacy.id.json: (document): error [id-pdp/retention] Tidak ada bagian yang memuat jangka waktu retensi data pribadi (UU PDP Pasal 21(1)(d)).',
    );
    expect(result.stdout).toContain(
      'btn-cx-privacy.en.json: (document): error [gdpr/retention] No section covers the retention period of the personal data (GDPR Art. 13(2)(a)).',
    );
    expect(result.stderr).toMatch(/^policykit: \d+ errors, \d+ warnings in 2 files\n$/);
  });

  it('lints with --strict: warnings alone fail', async () => {
    const relaxed = await policykit(
      ['lint', '--jurisdiction', 'gdpr', 'tagged-warnings.json'],
      scratch,
    );
    expect(relaxed.code).toBe(0);
    const strict = await policykit(
      ['lint', '--strict', '--jurisdiction', 'gdpr', 'tagged-warnings.json'],
      scratch,
    );
    expect(strict.code).toBe(1);
  });

  it('diffs two versions', async () => {
    const result = await policykit([
      'diff',
      'btn-cx-privacy.previous.id.md',
      'btn-cx-privacy.id.md',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Removed sections:\n  - 7. Retensi Data  #data-retention\n');
  });

  it('exits 1 when two documents are not in parity', async () => {
    const result = await policykit([
      'parity',
      'btn-cx-privacy.en.json',
      'btn-cx-privacy.previous.id.json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '  right x-account-deactivation is only in the first document\n',
    );
  });

  it('verifies an acknowledgement receipt, and fails it against a tampered document', async () => {
    const { acknowledgementReceipt, parsePolicy, policyDocumentHash } =
      await import('@policykit/sdk');
    const text = readFileSync(join(fixtures, 'ctt-privacy.id.json'), 'utf8');
    const policy = parsePolicy(JSON.parse(text));
    const receipt = acknowledgementReceipt({
      recordId: 'ack-1',
      subjectId: 'user-42',
      policyId: policy.id,
      version: policy.version,
      locale: policy.locale,
      documentSha256: await policyDocumentHash(policy),
      channel: 'viewer',
      recordedAt: '2026-01-02T03:04:05.000Z',
    });
    await writeFile(join(scratch, 'receipt.json'), JSON.stringify(receipt));
    const tampered = structuredClone(policy);
    tampered.title = 'Kebijakan Privasi (diubah)';
    await writeFile(join(scratch, 'tampered.json'), JSON.stringify(tampered));
    await writeFile(join(scratch, 'policy.json'), text);

    const verified = await policykit(['receipt', 'verify', 'receipt.json', 'policy.json'], scratch);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('receipt.json: verified against policy.json: ctt-privacy');
    const failed = await policykit(['receipt', 'verify', 'receipt.json', 'tampered.json'], scratch);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('does not match tampered.json: the SHA-256');
  });

  it('exits 2 with the usage for an unknown command', async () => {
    const result = await policykit(['publish']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^policykit: unknown command "publish"\n\npolicykit — check/);
  });
});
