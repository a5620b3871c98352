// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Section, Topic } from '../document/policy-types';
import { lintStrings } from '../i18n/strings-lint';
import { lintPolicy } from './lint-policy';
import { NOTICE_REQUIREMENTS } from './notice-requirements';

function section(id: string, title: string, topics?: Topic[], text = 'Text.'): Section {
  return {
    id,
    title,
    ...(topics ? { topics } : {}),
    blocks: [{ type: 'paragraph', text }],
  };
}

function policy(sections: Section[]): PolicyDocument {
  return {
    schemaVersion: 1,
    id: 'acme',
    version: '1',
    locale: 'en',
    title: 'Privacy',
    lastUpdated: '2024-06-12',
    sections,
  };
}

const EVERY_TOPIC: Topic[] = [
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

describe('lintPolicy', () => {
  describe('given a policy whose sections are tagged with every required topic', () => {
    it('finds nothing, in either jurisdiction', () => {
      const doc = policy([
        section('a', 'About', EVERY_TOPIC.slice(0, 5)),
        section('b', 'More', EVERY_TOPIC.slice(5)),
      ]);
      expect(lintPolicy(doc)).toEqual([]);
    });

    it('counts the topics of nested sections', () => {
      const parent = section('a', 'About', ['purposes']);
      parent.sections = [section('b', 'Details', EVERY_TOPIC)];
      expect(lintPolicy(policy([parent]))).toEqual([]);
    });
  });

  describe('given a tagged policy that states no retention period', () => {
    const doc = policy([
      section(
        'a',
        'About',
        EVERY_TOPIC.filter((t) => t !== 'retention'),
      ),
    ]);

    it('reports UU PDP Pasal 21(1)(d) and (f) and GDPR Art. 13(2)(a) as errors, with the article', () => {
      const findings = lintPolicy(doc);
      expect(findings.map((f) => [f.severity, f.code, f.rule, f.article])).toEqual([
        ['error', 'missing-content', 'id-pdp/retention', 'UU PDP Pasal 21(1)(d)'],
        ['error', 'missing-content', 'id-pdp/processingPeriod', 'UU PDP Pasal 21(1)(f)'],
        ['error', 'missing-content', 'gdpr/retention', 'GDPR Art. 13(2)(a)'],
      ]);
    });

    it('says so in English and Indonesian, naming the article and the topic to tag', () => {
      const [first] = lintPolicy(doc, { jurisdictions: ['id-pdp'] });
      expect(first!.message.en).toBe(
        'No section covers the retention period of the personal data (UU PDP Pasal 21(1)(d)). Tag the section that states it with the topic “retention”, or add one.',
      );
      expect(first!.message.id).toBe(
        'Tidak ada bagian yang memuat jangka waktu retensi data pribadi (UU PDP Pasal 21(1)(d)). Tandai bagian yang menyatakannya dengan topik “retention”, atau tambahkan bagian.',
      );
    });

    it('checks only the jurisdictions asked for', () => {
      expect(lintPolicy(doc, { jurisdictions: ['gdpr'] }).map((f) => f.rule)).toEqual([
        'gdpr/retention',
      ]);
    });

    it('leaves out the rules the host ignores', () => {
      expect(
        lintPolicy(doc, { ignore: ['id-pdp/retention', 'id-pdp/processingPeriod'] }).map(
          (f) => f.rule,
        ),
      ).toEqual(['gdpr/retention']);
    });

    it('adds a warning pointing at an untagged section whose heading looks like retention', () => {
      const withHeading = policy([
        ...doc.sections,
        section('keep', 'How long we keep your data'),
        section('ret', '7. Retensi Data'),
      ]);
      const findings = lintPolicy(withHeading, { jurisdictions: ['gdpr'] });
      expect(findings.map((f) => [f.severity, f.code, f.path, f.sectionId])).toEqual([
        ['error', 'missing-content', undefined, undefined],
        ['warning', 'untagged-content', 'sections[1]', 'keep'],
      ]);
      expect(findings[1]!.message.en).toBe(
        'Section “How long we keep your data” seems to cover the retention period of the personal data (GDPR Art. 13(2)(a)) but is not tagged with the topic “retention”.',
      );
    });
  });

  describe('given a tagged policy without what GDPR asks only where it applies', () => {
    it('warns (never errors) about the DPO, legitimate interests, recipients, transfers, withdrawal, automated decisions and Art. 14 categories', () => {
      const doc = policy([
        section('a', 'About', ['purposes', 'legal-basis', 'retention', 'rights', 'contact']),
        section('b', 'Complaints', ['complaints']),
      ]);
      const findings = lintPolicy(doc, { jurisdictions: ['gdpr'] });
      expect(findings.map((f) => [f.severity, f.code, f.article])).toEqual([
        ['warning', 'missing-if-applicable', 'GDPR Art. 13(1)(e)'],
        ['warning', 'missing-if-applicable', 'GDPR Art. 13(1)(f)'],
        ['warning', 'missing-if-applicable', 'GDPR Art. 13(2)(f)'],
        ['warning', 'missing-if-applicable', 'GDPR Art. 14(1)(d)'],
      ]);
      expect(findings[0]!.message.id).toContain('yang wajib dinyatakan bila berlaku');
    });
  });

  describe('given a policy with no topics at all', () => {
    const doc = policy([
      section('collect', 'Information We Collect'),
      section('use', 'Bagaimana Kami Menggunakan Informasi Anda'),
      section('rights', 'Hak-Hak Anda'),
      section(
        'other',
        'Other',
        undefined,
        'We keep data for as long as the law requires; retention is 5 years.',
      ),
    ]);
    const findings = lintPolicy(doc, { jurisdictions: ['id-pdp'] });

    it('only ever warns, and says first that the findings are guesses', () => {
      expect(findings.every((f) => f.severity === 'warning')).toBe(true);
      expect(findings[0]).toEqual({
        code: 'no-topics',
        severity: 'warning',
        message: {
          en: lintStrings.en.messages.noTopics,
          id: lintStrings.id.messages.noTopics,
        },
      });
    });

    it('points each content at the section whose heading (English or Indonesian) or text suggests it', () => {
      expect(findings.slice(1).map((f) => [f.rule, f.code, f.sectionId ?? null])).toEqual([
        ['id-pdp/legality', 'guessed-missing', null],
        ['id-pdp/purposes', 'untagged-content', 'use'],
        ['id-pdp/dataTypes', 'untagged-content', 'collect'],
        ['id-pdp/retention', 'untagged-content', 'other'],
        ['id-pdp/collectedDetails', 'untagged-content', 'collect'],
        ['id-pdp/processingPeriod', 'untagged-content', 'other'],
        ['id-pdp/rights', 'untagged-content', 'rights'],
      ]);
    });
  });

  describe('given bad options', () => {
    it('throws a TypeError naming the option for an unknown jurisdiction', () => {
      expect(() =>
        lintPolicy(policy([section('a', 'A')]), {
          jurisdictions: ['ccpa' as unknown as 'gdpr'],
        }),
      ).toThrow(
        new TypeError(
          'lintPolicy: options.jurisdictions holds an unknown jurisdiction; use "id-pdp" or "gdpr"',
        ),
      );
    });
  });
});

describe('NOTICE_REQUIREMENTS', () => {
  it('cites every item of UU PDP Pasal 21(1), (a) to (g), each once', () => {
    expect(
      NOTICE_REQUIREMENTS.filter((r) => r.jurisdiction === 'id-pdp').map((r) => r.article),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `UU PDP Pasal 21(1)(${l})`));
  });

  it('names every content in both languages', () => {
    for (const requirement of NOTICE_REQUIREMENTS) {
      expect(lintStrings.en.contents[requirement.content]).toBeTruthy();
      expect(lintStrings.id.contents[requirement.content]).toBeTruthy();
    }
  });

  it('has unique rules', () => {
    const rules = NOTICE_REQUIREMENTS.map((r) => r.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });
});
