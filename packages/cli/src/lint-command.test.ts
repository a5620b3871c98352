// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintFinding, PolicyDocument, Topic } from '@policykit/sdk';
import { run } from './run';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/policies/', import.meta.url));

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

function policy(topics: Topic[][]): PolicyDocument {
  return {
    schemaVersion: 1,
    id: 'acme',
    version: '1',
    locale: 'en',
    title: 'Privacy',
    lastUpdated: '2024-06-12',
    sections: topics.map((t, i) => ({
      id: `s${i}`,
      title: `Section ${i}`,
      topics: t,
      blocks: [{ type: 'paragraph', text: 'Text.' }],
    })),
  };
}

const ALL: Topic[] = [
  'purposes',
  'legal-basis',
  'data-categories',
  'retention',
  'recipients',
  'transfers',
  'rights',
  'contact',
  'complaints',
  'automated-decisions',
];

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'policykit-lint-'));
  await writeFile(join(scratch, 'complete.json'), JSON.stringify(policy([ALL])));
  await writeFile(
    join(scratch, 'no-retention.json'),
    JSON.stringify(policy([ALL.filter((t) => t !== 'retention')])),
  );
  // Everything outright required, but nothing GDPR asks only where it applies: warnings only.
  await writeFile(
    join(scratch, 'warnings-only.json'),
    JSON.stringify(
      policy([
        [
          'purposes',
          'legal-basis',
          'data-categories',
          'retention',
          'rights',
          'contact',
          'complaints',
        ],
      ]),
    ),
  );
  await writeFile(join(scratch, 'broken.json'), '{"id": ');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('policykit lint', () => {
  describe('given a policy that covers every required content', () => {
    it('prints nothing on stdout, a summary on stderr, and exits 0', async () => {
      expect(await policykit(['lint', 'complete.json'], scratch)).toEqual({
        code: 0,
        stdout: '',
        stderr: 'policykit: 0 errors, 0 warnings in 1 file\n',
      });
    });
  });

  describe('given a policy with no retention period', () => {
    it('prints each missing content with its article and exits 1', async () => {
      const result = await policykit(['lint', 'no-retention.json'], scratch);
      expect(result.code).toBe(1);
      expect(result.stdout.split('\n')).toEqual([
        'no-retention.json: (document): error [id-pdp/retention] No section covers the retention period of the personal data (UU PDP Pasal 21(1)(d)). Tag the section that states it with the topic “retention”, or add one.',
        'no-retention.json: (document): error [id-pdp/processingPeriod] No section covers the period of the processing (UU PDP Pasal 21(1)(f)). Tag the section that states it with the topic “retention”, or add one.',
        'no-retention.json: (document): error [gdpr/retention] No section covers the retention period of the personal data (GDPR Art. 13(2)(a)). Tag the section that states it with the topic “retention”, or add one.',
        '',
      ]);
      expect(result.stderr).toBe('policykit: 3 errors, 0 warnings in 1 file\n');
    });

    it('checks one jurisdiction with --jurisdiction, in Indonesian with --locale id', async () => {
      const result = await policykit(
        ['lint', '--jurisdiction', 'gdpr', '--locale', 'id', 'no-retention.json'],
        scratch,
      );
      expect(result.stdout).toBe(
        'no-retention.json: (document): error [gdpr/retention] Tidak ada bagian yang memuat jangka waktu retensi data pribadi (GDPR Art. 13(2)(a)). Tandai bagian yang menyatakannya dengan topik “retention”, atau tambahkan bagian.\n',
      );
    });

    it('prints the findings as JSON with --json', async () => {
      const result = await policykit(
        ['lint', '--json', '--jurisdiction', 'gdpr', 'no-retention.json'],
        scratch,
      );
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { file: string; findings: LintFinding[] }[];
      expect(report).toHaveLength(1);
      expect(report[0]!.file).toBe('no-retention.json');
      expect(report[0]!.findings.map((f) => [f.severity, f.rule, f.article])).toEqual([
        ['error', 'gdpr/retention', 'GDPR Art. 13(2)(a)'],
      ]);
      expect(report[0]!.findings[0]!.message.id).toContain('jangka waktu retensi');
    });
  });

  describe('given warnings only', () => {
    it('exits 0, and 1 with --strict', async () => {
      const relaxed = await policykit(
        ['lint', '--jurisdiction', 'gdpr', 'warnings-only.json'],
        scratch,
      );
      expect(relaxed.code).toBe(0);
      expect(relaxed.stderr).toBe('policykit: 0 errors, 3 warnings in 1 file\n');
      expect(relaxed.stdout).toContain(
        'warnings-only.json: (document): warning [gdpr/transfers] No section covers transfers to a third country or international organisation (GDPR Art. 13(1)(f)), which the notice must state where it applies.',
      );
      const strict = await policykit(
        ['lint', '--strict', '--jurisdiction', 'gdpr', 'warnings-only.json'],
        scratch,
      );
      expect(strict.code).toBe(1);
    });
  });

  describe('given the seed policies (sections tagged by npm run fixtures)', () => {
    it('reports, in each document’s language, that neither states a retention period', async () => {
      const result = await policykit(['lint', 'ctt-privacy.id.json', 'btn-cx-privacy.en.json']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        'ctt-privacy.id.json: (document): error [id-pdp/retention] Tidak ada bagian yang memuat jangka waktu retensi data pribadi (UU PDP Pasal 21(1)(d)).',
      );
      expect(result.stdout).toContain(
        'btn-cx-privacy.en.json: (document): error [gdpr/retention] No section covers the retention period of the personal data (GDPR Art. 13(2)(a)).',
      );
      expect(result.stdout).not.toContain('no-topics');
    });

    it('finds the previous versions’ Data Retention sections', async () => {
      const result = await policykit([
        'lint',
        'ctt-privacy.previous.en.json',
        'btn-cx-privacy.previous.en.json',
      ]);
      expect(result.stdout).not.toContain('/retention]');
      expect(result.stdout).not.toContain('/processingPeriod]');
    });
  });

  describe('given Markdown, which carries no topics', () => {
    it('guesses from headings and text, warns only, and exits 0 (1 with --strict)', async () => {
      const result = await policykit(['lint', '--jurisdiction', 'gdpr', 'btn-cx-privacy.en.md']);
      expect(result.code).toBe(0);
      const lines = result.stdout.trim().split('\n');
      expect(lines.every((line) => line.includes(': warning'))).toBe(true);
      expect(lines[0]).toBe(
        'btn-cx-privacy.en.md: (document): warning No section carries topics, so these findings are guesses from headings and text. Tag each section with what it covers.',
      );
      expect(result.stdout).toContain(
        'btn-cx-privacy.en.md: sections[5]: warning [gdpr/rights] Section “6. Your Rights” seems to cover the data subject’s rights (GDPR Art. 13(2)(b)) but is not tagged with the topic “rights”.',
      );
      const strict = await policykit(['lint', '--strict', 'btn-cx-privacy.en.md']);
      expect(strict.code).toBe(1);
    });
  });

  describe('given a file that is not a valid policy', () => {
    it('reports it on stderr and exits 1', async () => {
      const result = await policykit(['lint', 'broken.json', 'complete.json'], scratch);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('broken.json: (document): invalid JSON at line 1');
      expect(result.stderr).toContain('policykit: 0 errors, 0 warnings in 2 files, 1 invalid\n');
    });
  });

  describe('given a wrong command line', () => {
    it('exits 2 with the usage', async () => {
      for (const args of [
        ['lint'],
        ['lint', '--jurisdiction', 'ccpa', 'a.json'],
        ['lint', '--locale', 'fr', 'a.json'],
        ['lint', '--frobnicate', 'a.json'],
      ]) {
        const result = await policykit(args, scratch);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('Usage: policykit lint <file…>');
      }
    });

    it('prints its help with --help', async () => {
      const result = await policykit(['lint', '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('--strict              fail on warnings too');
      expect(result.stdout).toContain('Exit codes: 0 no errors');
    });
  });
});
