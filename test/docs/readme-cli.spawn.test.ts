// @vitest-environment node
// The README's CLI lines, run exactly as written from the repository root in a real shell (so
// its globs expand as a reader's would), through `npx` and the workspace's bin link. npx runs
// offline here: were the bin link missing, npx would otherwise ask the public registry for a
// package named `policykit` — someone else's code if that name is ever registered.
import { spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@policykit/sdk';
import { readmeCliLines } from './readme-code-blocks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const lines = readmeCliLines(readme);

function shell(line: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('sh', ['-c', line], {
      cwd: root,
      env: { ...process.env, npm_config_offline: 'true', npm_config_yes: 'false', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What each README command must print, beyond exiting 0. */
function expectOutput(command: string, { stdout, stderr }: { stdout: string; stderr: string }) {
  switch (command) {
    case 'validate':
      expect(stderr).toMatch(/^policykit: \d+ files valid$/m);
      break;
    case 'import':
      expect(parsePolicy(JSON.parse(stdout)).id).toBe('ctt-privacy');
      break;
    case 'diff':
      expect(stdout).toContain('ctt-privacy: version 2023-09-01 → 2024-06-12');
      break;
    case 'parity':
      expect(stdout).toMatch(/are in parity: ctt-privacy version 2024-06-12/);
      break;
    default:
      throw new Error(`README runs a policykit command this test does not know: ${command}`);
  }
}

describe("the README's CLI lines, from the repository root", () => {
  it('show validate, import, diff and parity, each on a real file', () => {
    expect(lines.map((line) => line.command)).toEqual(
      expect.arrayContaining(['validate', 'import', 'diff', 'parity']),
    );
  });

  it('npx finds the workspace bin: node_modules/.bin/policykit is the launcher', () => {
    expect(realpathSync(join(root, 'node_modules/.bin/policykit'))).toBe(
      realpathSync(join(root, 'packages/cli/bin/policykit.js')),
    );
  });

  // Before any build (what a fresh `npm install` leaves): the launcher runs the sources.
  // With a build, it runs dist/ — the published package's only path.
  describe.each([
    ['the sources (no build needed)', { POLICYKIT_CLI_SOURCE: '1' }],
    ['whatever the checkout has (dist/ when built)', {}],
  ])('running %s', (_name, env) => {
    it.each(lines.map((line) => [line.command, line.shell] as const))(
      'policykit %s exits 0',
      async (command, line) => {
        const result = await shell(line, env);
        expect(result.stderr).not.toMatch(/npm (error|ERR!)|E404|ENOTCACHED/);
        expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
        expectOutput(command, result);
      },
      60_000,
    );
  });
});
