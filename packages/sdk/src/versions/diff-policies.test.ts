import { describe, expect, it } from 'vitest';
import { diffPolicies } from './diff-policies';
import type { PolicyDocument, Section } from '../document/policy-types';
import {
  btnEn,
  btnEnPrevious,
  btnId,
  btnIdPrevious,
  cttEn,
  cttEnPrevious,
  cttEnUpcoming,
  cttId,
  cttIdPrevious,
  cttIdUpcoming,
} from '../../../../test/fixtures/policies';

const section = (id: string, text = `Text of ${id}`, sections?: Section[]): Section => ({
  id,
  title: `Title ${id}`,
  blocks: [{ type: 'paragraph', text }],
  ...(sections ? { sections } : {}),
});

const doc = (sections: Section[], extra: Partial<PolicyDocument> = {}): PolicyDocument => ({
  schemaVersion: 1,
  id: 'p',
  version: '1',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
  sections,
  ...extra,
});

const outline = (prev: PolicyDocument, next: PolicyDocument) =>
  diffPolicies(prev, next).sections.map((s) => `${'  '.repeat(s.depth)}${s.id}:${s.change}`);

describe('diffPolicies', () => {
  describe('given two identical documents with different versions', () => {
    it('reports no change: a version bump alone is not content', () => {
      const prev = doc([section('a'), section('b')]);
      const next = doc([section('a'), section('b')], { version: '2', lastUpdated: '2025-01-01' });
      const diff = diffPolicies(prev, next);
      expect(diff.changed).toBe(false);
      expect(diff.fields).toEqual([]);
      expect(diff.sections.map((s) => s.change)).toEqual(['unchanged', 'unchanged']);
    });
  });

  describe('given a text change inside a block and the same version', () => {
    it('marks that section modified and the diff changed, although the version did not move', () => {
      const prev = doc([section('a'), section('b')]);
      const next = doc([section('a'), section('b', 'Reworded')]);
      const diff = diffPolicies(prev, next);
      expect(diff.changed).toBe(true);
      expect(outline(prev, next)).toEqual(['a:unchanged', 'b:modified']);
    });
  });

  describe('given changes to a title, a summary, inline markup or a list item', () => {
    it.each([
      ['title', { ...section('a'), title: 'Renamed' }],
      ['summary', { ...section('a'), summary: 'New summary' }],
      [
        'markup',
        {
          ...section('a'),
          blocks: [{ type: 'paragraph', text: [{ type: 'strong', text: 'Text of a' }] }],
        },
      ],
      ['list item', { ...section('a'), blocks: [{ type: 'list', items: ['x'] }] }],
    ] as [string, Section][])('counts a %s change as modified', (_what, changed) => {
      expect(outline(doc([section('a')]), doc([changed]))).toEqual(['a:modified']);
    });

    it('keeps the old title of a renamed section', () => {
      const diff = diffPolicies(doc([section('a')]), doc([{ ...section('a'), title: 'Renamed' }]));
      expect(diff.sections[0]).toMatchObject({ title: 'Renamed', previousTitle: 'Title a' });
    });
  });

  describe('given key order and explicit undefined values that differ', () => {
    it('compares by content, not by serialization', () => {
      const prev = doc([{ blocks: [{ text: 'x', type: 'paragraph' }], title: 'T', id: 'a' }]);
      const next = doc([
        { id: 'a', title: 'T', summary: undefined, blocks: [{ type: 'paragraph', text: 'x' }] },
      ]);
      expect(diffPolicies(prev, next).changed).toBe(false);
    });
  });

  describe('given added and removed sections', () => {
    it("lists them in next's order with removed ones where they stood in prev", () => {
      const prev = doc([section('a'), section('gone'), section('b'), section('also-gone')]);
      const next = doc([section('new-first'), section('a'), section('b'), section('new-last')]);
      expect(outline(prev, next)).toEqual([
        'new-first:added',
        'a:unchanged',
        'gone:removed',
        'b:unchanged',
        'also-gone:removed',
        'new-last:added',
      ]);
    });

    it('puts a removed first section first', () => {
      expect(outline(doc([section('gone'), section('a')]), doc([section('a')]))).toEqual([
        'gone:removed',
        'a:unchanged',
      ]);
    });

    it('keeps a run of removed sections in their old order', () => {
      const prev = doc([section('a'), section('x'), section('y'), section('b')]);
      expect(outline(prev, doc([section('a'), section('b')]))).toEqual([
        'a:unchanged',
        'x:removed',
        'y:removed',
        'b:unchanged',
      ]);
    });

    it('gives removed sections their old title', () => {
      const diff = diffPolicies(doc([section('a'), section('gone')]), doc([section('a')]));
      expect(diff.sections[1]).toMatchObject({
        id: 'gone',
        title: 'Title gone',
        change: 'removed',
      });
    });
  });

  describe('given nested sections', () => {
    it('includes them with depth and parent, in document order', () => {
      const prev = doc([section('a', 'x', [section('a1'), section('a2')])]);
      const next = doc([section('a', 'x', [section('a1', 'changed'), section('a3')])]);
      const diff = diffPolicies(prev, next);
      expect(outline(prev, next)).toEqual([
        'a:unchanged',
        '  a1:modified',
        '  a2:removed',
        '  a3:added',
      ]);
      expect(diff.sections.map((s) => s.parentId)).toEqual([null, 'a', 'a', 'a']);
    });

    it('marks only the changed subsection, not its parent, so a change is listed once', () => {
      const prev = doc([section('a', 'x', [section('a1')])]);
      const next = doc([section('a', 'x', [section('a1', 'changed')])]);
      expect(diffPolicies(prev, next).sections.filter((s) => s.change !== 'unchanged')).toEqual([
        { id: 'a1', title: 'Title a1', change: 'modified', depth: 1, parentId: 'a' },
      ]);
    });

    it('lists the removed subsections of a removed section under it', () => {
      const prev = doc([
        section('a'),
        section('gone', 'x', [section('gone-1'), section('gone-2')]),
      ]);
      expect(outline(prev, doc([section('a')]))).toEqual([
        'a:unchanged',
        'gone:removed',
        '  gone-1:removed',
        '  gone-2:removed',
      ]);
    });

    it('reports a subsection that survives its removed parent where next puts it', () => {
      const prev = doc([section('a'), section('gone', 'x', [section('kept')])]);
      const next = doc([section('a'), section('kept')]);
      const diff = diffPolicies(prev, next);
      expect(outline(prev, next)).toEqual(['a:unchanged', 'gone:removed', 'kept:modified']);
      expect(diff.sections[2]).toMatchObject({ id: 'kept', moved: true, parentId: null });
    });
  });

  describe('given sections that only changed order', () => {
    it('marks the moved one modified (and moved), not the ones that kept their order', () => {
      const prev = doc([section('a'), section('b'), section('c'), section('d')]);
      const next = doc([section('a'), section('c'), section('d'), section('b')]);
      const diff = diffPolicies(prev, next);
      expect(diff.changed).toBe(true);
      expect(diff.sections.filter((s) => s.moved).map((s) => s.id)).toEqual(['b']);
      expect(outline(prev, next)).toEqual([
        'a:unchanged',
        'c:unchanged',
        'd:unchanged',
        'b:modified',
      ]);
    });
  });

  describe('given document-level changes only', () => {
    it.each([
      ['title', { title: 'Kebijakan Privasi' }],
      ['appliesTo', { appliesTo: 'All users' }],
      ['effectiveDate', { effectiveDate: '2027-01-01' }],
      ['organization', { organization: { name: 'CTT' } }],
      ['contact', { contact: { email: 'dpo@example.com' } }],
      ['rights', { rights: [{ id: 'access' }] }],
      ['locale', { locale: 'id-ID' }],
    ] as [string, Partial<PolicyDocument>][])('reports %s as a changed field', (field, extra) => {
      const diff = diffPolicies(doc([section('a')]), doc([section('a')], extra));
      expect(diff).toMatchObject({ changed: true, fields: [field] });
    });

    it('reports a right whose description changed', () => {
      const prev = doc([section('a')], { rights: [{ id: 'access', description: 'old' }] });
      const next = doc([section('a')], { rights: [{ id: 'access', description: 'new' }] });
      expect(diffPolicies(prev, next).fields).toEqual(['rights']);
    });

    it('reports unknown extra keys too (forward compatibility)', () => {
      const prev = doc([section('a')]);
      const next = { ...doc([section('a')]), jurisdiction: 'id' } as PolicyDocument;
      expect(diffPolicies(prev, next).fields).toEqual(['jurisdiction']);
    });
  });

  describe('given a large document', () => {
    it('diffs 5000 sections with one change in each of many places correctly', () => {
      const many = (n: number, edit: (i: number) => string) =>
        doc(Array.from({ length: n }, (_, i) => section(`s-${i}`, edit(i))));
      const prev = many(5000, (i) => `text ${i}`);
      const next = many(5000, (i) => (i % 1000 === 0 ? `edited ${i}` : `text ${i}`));
      const diff = diffPolicies(prev, next);
      expect(diff.sections).toHaveLength(5000);
      expect(diff.sections.filter((s) => s.change === 'modified').map((s) => s.id)).toEqual([
        's-0',
        's-1000',
        's-2000',
        's-3000',
        's-4000',
      ]);
    });
  });
});

describe('diffPolicies on the seed policies', () => {
  const changes = (prev: PolicyDocument, next: PolicyDocument) =>
    diffPolicies(prev, next)
      .sections.filter((s) => s.change !== 'unchanged')
      .map((s) => `${s.id}:${s.change}`);

  describe('given CTT 2023-09-01 → 2024-06-12', () => {
    it('finds the removed retention section where it stood and the new international-transfer one', () => {
      const ids = diffPolicies(cttIdPrevious, cttId).sections.map((s) => `${s.id}:${s.change}`);
      expect(
        ids.slice(ids.indexOf('cookie:unchanged'), ids.indexOf('cookie:unchanged') + 3),
      ).toEqual(['cookie:unchanged', 'retensi-data:removed', 'transfer-internasional:added']);
    });

    it('reports the changed rights list as a document field', () => {
      expect(diffPolicies(cttIdPrevious, cttId).fields).toEqual(['rights']);
    });
  });

  describe('given the same change in both languages', () => {
    it.each([
      ['CTT previous → current', cttIdPrevious, cttId, cttEnPrevious, cttEn],
      ['CTT current → upcoming', cttId, cttIdUpcoming, cttEn, cttEnUpcoming],
      ['BTN CX previous → current', btnEnPrevious, btnEn, btnIdPrevious, btnId],
    ])('%s: the translations agree on what changed', (_name, prevA, nextA, prevB, nextB) => {
      const a = changes(prevA, nextA);
      expect(a.length).toBeGreaterThan(0);
      expect(changes(prevB, nextB)).toEqual(a);
    });
  });

  describe('given the upcoming CTT version', () => {
    it('lists the new legal-basis section and the effective date', () => {
      const diff = diffPolicies(cttId, cttIdUpcoming);
      expect(changes(cttId, cttIdUpcoming)).toContain('dasar-pemrosesan:added');
      expect(diff.fields).toContain('effectiveDate');
    });
  });
});

describe('given changes inside tables and rich list items', () => {
  const cookies = (lifetime: string, item: Section['blocks'][number]): Section => ({
    id: 'cookies',
    title: 'Cookies',
    blocks: [
      {
        type: 'table',
        columns: [{ title: 'Name' }, { title: 'Lifetime' }],
        rows: [['_session', lifetime]],
      },
      item,
    ],
  });
  const richList = (last: string): Section['blocks'][number] => ({
    type: 'list',
    items: [
      {
        blocks: [
          { type: 'paragraph', text: 'Usage' },
          { type: 'list', items: [last] },
        ],
      },
    ],
  });

  it('marks a section modified when one table cell changes', () => {
    const prev = doc([cookies('1 day', richList('Clicks'))]);
    const next = doc([cookies('1 year', richList('Clicks'))]);
    expect(outline(prev, next)).toEqual(['cookies:modified']);
  });

  it('marks a section modified when a nested list item changes', () => {
    const prev = doc([cookies('1 day', richList('Clicks'))]);
    const next = doc([cookies('1 day', richList('Scrolls'))]);
    expect(outline(prev, next)).toEqual(['cookies:modified']);
    expect(outline(prev, doc([cookies('1 day', richList('Clicks'))]))).toEqual([
      'cookies:unchanged',
    ]);
  });
});
