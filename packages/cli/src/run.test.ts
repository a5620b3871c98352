// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy, type PolicyDocument, type Section } from '@policykit/sdk';
import packageJson from '../package.json';
import { run } from './run';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/policies/', import.meta.url));

/** Runs the CLI in-process and returns the exit code and everything it printed. */
async function policykit(args: string[], cwd = fixtures) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { code, stdout, stderr };
}

/** The document with no section `topics` (what the importer gives; the fixtures add them). */
function withoutTopics(policy: PolicyDocument): PolicyDocument {
  const strip = (sections: Section[]): Section[] =>
    sections.map(({ topics: _topics, sections: children, ...rest }) => ({
      ...rest,
      ...(children ? { sections: strip(children) } : {}),
    }));
  return { ...policy, sections: strip(policy.sections) };
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'policykit-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const VALID_MD = `---
id: acme
version: "1"
locale: en
title: Privacy
lastUpdated: 2024-06-12
---
## Section
Text.
`;

describe('policykit', () => {
  describe('given no command', () => {
    it('prints the usage to stderr and exits 2', async () => {
      const result = await policykit([]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('policykit: no command given');
      expect(result.stderr).toContain('Usage:\n  policykit <command> [options]');
    });
  });

  describe('given an unknown command or option', () => {
    it('exits 2 and names it', async () => {
      const command = await policykit(['frobnicate']);
      expect(command.code).toBe(2);
      expect(command.stderr).toMatch(/^policykit: unknown command "frobnicate"\n\npolicykit — /);
      const option = await policykit(['--frobnicate']);
      expect(option.code).toBe(2);
      expect(option.stderr).toMatch(/^policykit: unknown option "--frobnicate"/);
    });

    it('exits 2 for an unknown option of a command, with that command’s usage', async () => {
      const result = await policykit(['validate', '--strict', 'a.json']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Unknown option '--strict'");
      expect(result.stderr).toContain('Usage: policykit validate <file…>');
    });
  });

  describe('given --help and --version', () => {
    it('prints the overview for --help, -h and help', async () => {
      for (const args of [['--help'], ['-h'], ['help']]) {
        const result = await policykit(args);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('Commands:\n  validate <file…>');
        expect(result.stderr).toBe('');
      }
    });

    it.each(['validate', 'import', 'diff', 'parity'])('prints the help of %s', async (command) => {
      const flag = await policykit([command, '--help']);
      expect(flag.code).toBe(0);
      expect(flag.stdout).toMatch(new RegExp(`^Usage: policykit ${command} `));
      expect((await policykit(['help', command])).stdout).toBe(flag.stdout);
    });

    it('prints the package version', async () => {
      const result = await policykit(['--version']);
      expect(result).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    });
  });

  describe('validate', () => {
    it('exits 0 when every file is valid, JSON and Markdown alike', async () => {
      const result = await policykit(['validate', 'ctt-privacy.id.json', 'btn-cx-privacy.en.md']);
      expect(result).toEqual({ code: 0, stdout: '', stderr: 'policykit: 2 files valid\n' });
    });

    it('prints every problem as file: path: message and exits 1', async () => {
      const policy = JSON.parse(await readFile(join(fixtures, 'ctt-privacy.en.json'), 'utf8'));
      policy.version = '';
      policy.sections[0].blocks[0].text = [
        { type: 'link', href: 'javascript:alert(1)', text: 'x' },
      ];
      await writeFile(join(scratch, 'broken.json'), JSON.stringify(policy));
      const result = await policykit(
        ['validate', 'broken.json', join(fixtures, 'cttt-privacy.id.json')],
        scratch,
      );
      expect(result.code).toBe(1);
      expect(result.stdout.split('\n')).toEqual([
        'broken.json: version: must not be empty',
        expect.stringMatching(
          /^broken\.json: sections\[0\]\.blocks\[0\]\.text\[0\]\.href: must be an https:/,
        ),
        `${join(fixtures, 'cttt-privacy.id.json')}: (document): cannot be read: no such file`,
        '',
      ]);
      expect(result.stderr).toBe('policykit: 2 of 2 files invalid (3 problems)\n');
    });

    it('reports malformed JSON with its line and column, without a stack trace', async () => {
      await writeFile(join(scratch, 'malformed.json'), '{\n  "id": "a",\n  "version": \n}\n');
      const result = await policykit(['validate', 'malformed.json'], scratch);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        'malformed.json: (document): invalid JSON at line 4, column 1: expected a value\n',
      );
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    });

    it('reports an empty file and a directory', async () => {
      await writeFile(join(scratch, 'empty.json'), '');
      const result = await policykit(['validate', 'empty.json', '.'], scratch);
      expect(result.stdout).toBe(
        'empty.json: (document): invalid JSON at line 1, column 1: the file is empty\n' +
          '.: (document): is a directory, not a policy file\n',
      );
    });

    it('validates Markdown through the importer, with source lines', async () => {
      await writeFile(
        join(scratch, 'bad.md'),
        VALID_MD.replace('Text.', '[x](javascript:alert(1))'),
      );
      const result = await policykit(['validate', 'bad.md'], scratch);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        'bad.md: sections[0].blocks[0].text: line 9: link scheme javascript: is not allowed (only https:, http:, mailto:, tel: and #section-id)\n',
      );
    });

    it('exits 2 without files', async () => {
      expect((await policykit(['validate'])).code).toBe(2);
    });
  });

  describe('import', () => {
    it('prints the document as pretty JSON on stdout', async () => {
      const result = await policykit(['import', 'ctt-privacy.id.md']);
      expect(result.code).toBe(0);
      // The committed fixture is this output plus the sections' topics (npm run fixtures).
      const committed = parsePolicy(
        JSON.parse(await readFile(join(fixtures, 'ctt-privacy.id.json'), 'utf8')),
      );
      expect(result.stdout).toBe(`${JSON.stringify(withoutTopics(committed), null, 2)}\n`);
      expect(parsePolicy(JSON.parse(result.stdout)).id).toBe('ctt-privacy');
    });

    it('writes the file given with -o and says so on stderr', async () => {
      await writeFile(join(scratch, 'policy.md'), VALID_MD);
      const result = await policykit(['import', 'policy.md', '-o', 'out.json'], scratch);
      expect(result).toEqual({ code: 0, stdout: '', stderr: 'policykit: wrote out.json\n' });
      expect(JSON.parse(await readFile(join(scratch, 'out.json'), 'utf8'))).toMatchObject({
        schemaVersion: 1,
        id: 'acme',
      });
    });

    it('prints the problems on stderr, writes nothing and exits 1', async () => {
      await writeFile(join(scratch, 'evil.md'), `${VALID_MD}\n[x](javascript:alert(1))\n`);
      const result = await policykit(['import', 'evil.md', '--output', 'never.json'], scratch);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^evil\.md: sections\[0\]\.blocks\[1\]\.text: line 11: link scheme javascript: is not allowed/,
      );
      await expect(readFile(join(scratch, 'never.json'))).rejects.toThrow();
    });

    it('reports an output it cannot write', async () => {
      await writeFile(join(scratch, 'policy.md'), VALID_MD);
      const result = await policykit(
        ['import', 'policy.md', '-o', 'no/such/dir/out.json'],
        scratch,
      );
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: 'no/such/dir/out.json: cannot be written: no such file\n',
      });
    });

    it('exits 2 for a file that is not Markdown, or for two files', async () => {
      expect((await policykit(['import', 'ctt-privacy.id.json'])).code).toBe(2);
      expect((await policykit(['import', 'a.md', 'b.md'])).code).toBe(2);
      expect((await policykit(['import', 'a.md', '-o'])).code).toBe(2);
    });
  });

  describe('diff', () => {
    it('lists added, removed and modified sections by title', async () => {
      const result = await policykit([
        'diff',
        'ctt-privacy.previous.id.json',
        'ctt-privacy.id.json',
      ]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        [
          'ctt-privacy: version 2023-09-01 → 2024-06-12 (id-ID)',
          'Changed fields: rights',
          '',
          'Added sections:',
          '  + Transfer Data Internasional  #transfer-internasional',
          '',
          'Removed sections:',
          '  - Retensi Data  #retensi-data',
          '',
          'Modified sections:',
          '  ~ Informasi yang Kami Kumpulkan › 2. Data Transaksi  #data-transaksi',
          '  ~ Keamanan Data  #keamanan-data',
          '  ~ Keamanan Data › Sertifikasi Keamanan  #sertifikasi-keamanan',
          '  ~ Hak-Hak Anda  #hak-anda',
          '  ~ Perubahan Kebijakan Privasi  #perubahan-kebijakan',
          '',
        ].join('\n'),
      );
    });

    it('names a renamed section with its old title', async () => {
      const result = await policykit([
        'diff',
        'btn-cx-privacy.previous.en.md',
        'btn-cx-privacy.en.md',
      ]);
      expect(result.stdout).toContain('  ~ 8. Contact Us (was "9. Contact Us")  #contact-us\n');
    });

    it('says so when nothing changed', async () => {
      const result = await policykit(['diff', 'ctt-privacy.id.json', 'ctt-privacy.id.md']);
      expect(result).toEqual({
        code: 0,
        stdout: 'ctt-privacy: version 2024-06-12 (id-ID)\nNo changes.\n',
        stderr: '',
      });
    });

    it('prints JSON with --json and exits 1 on changes with --exit-code', async () => {
      const json = await policykit([
        'diff',
        '--json',
        'ctt-privacy.id.json',
        'ctt-privacy.upcoming.id.json',
      ]);
      expect(JSON.parse(json.stdout)).toMatchObject({
        changed: true,
        fields: ['rights', 'effectiveDate'],
      });
      const gated = await policykit([
        'diff',
        '--exit-code',
        'ctt-privacy.id.json',
        'ctt-privacy.upcoming.id.json',
      ]);
      expect(gated.code).toBe(1);
      const same = await policykit([
        'diff',
        '--exit-code',
        'ctt-privacy.id.json',
        'ctt-privacy.id.json',
      ]);
      expect(same.code).toBe(0);
    });

    it('exits 1 with the problems of an invalid file', async () => {
      await writeFile(join(scratch, 'garbage.json'), '\u0000\u0001 not json');
      const result = await policykit(
        ['diff', join(fixtures, 'ctt-privacy.id.json'), 'garbage.json'],
        scratch,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'garbage.json: (document): invalid JSON at line 1, column 1: unexpected character\n',
      );
    });

    it('exits 2 unless given exactly two files', async () => {
      expect((await policykit(['diff', 'ctt-privacy.id.json'])).code).toBe(2);
    });
  });

  describe('parity', () => {
    it('exits 0 for two translations in step', async () => {
      const result = await policykit(['parity', 'ctt-privacy.id.json', 'ctt-privacy.en.json']);
      expect(result).toEqual({
        code: 0,
        stdout:
          'ctt-privacy.id.json (id-ID) and ctt-privacy.en.json (en) are in parity: ctt-privacy version 2024-06-12, 15 sections, 6 rights\n',
        stderr: '',
      });
    });

    it('lists each mismatch and exits 1', async () => {
      const result = await policykit([
        'parity',
        'ctt-privacy.id.json',
        'ctt-privacy.previous.en.json',
      ]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        [
          'ctt-privacy.id.json and ctt-privacy.previous.en.json are not in parity:',
          '  version differs: "2024-06-12" vs "2023-09-01"',
          '  section transfer-internasional ("Transfer Data Internasional") is only in the first document',
          '  section retensi-data ("Data Retention") is only in the second document',
          '  right portability is only in the first document',
          '  right restriction is only in the first document',
          '',
        ].join('\n'),
      );
    });

    it('exits 2 unless given exactly two files', async () => {
      expect((await policykit(['parity', 'a.json', 'b.json', 'c.json'])).code).toBe(2);
    });
  });
});
