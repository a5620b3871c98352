import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Section } from '../document/policy-types';
import { checkParity } from './check-parity';

const section = (id: string, sections?: Section[]): Section => ({
  id,
  title: id.toUpperCase(),
  blocks: [],
  ...(sections ? { sections } : {}),
});

const base: PolicyDocument = {
  schemaVersion: 1,
  id: 'acme',
  version: '2',
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  lastUpdated: '2024-06-12',
  rights: [{ id: 'access' }, { id: 'erasure' }],
  sections: [section('a', [section('a1')]), section('b')],
};
const english: PolicyDocument = { ...base, locale: 'en', title: 'Privacy Policy' };

describe('checkParity', () => {
  it('finds none between two translations in step', () => {
    expect(checkParity(base, english)).toEqual([]);
  });

  it('reports a different id, version and a shared locale', () => {
    expect(checkParity(base, { ...base, id: 'other', version: '3' })).toEqual([
      'id differs: "acme" vs "other"',
      'version differs: "2" vs "3"',
      'both are in locale id-ID: translations differ in locale',
    ]);
  });

  it('reports sections missing on either side', () => {
    expect(
      checkParity(base, { ...english, sections: [section('a', [section('a1')]), section('c')] }),
    ).toEqual([
      'section b ("B") is only in the first document',
      'section c ("C") is only in the second document',
    ]);
  });

  it('reports sections in another order', () => {
    expect(
      checkParity(base, { ...english, sections: [section('b'), section('a', [section('a1')])] }),
    ).toEqual(['sections are in a different order: a comes where the second document has b']);
  });

  it('reports a section nested under another parent', () => {
    expect(
      checkParity(base, { ...english, sections: [section('a'), section('b', [section('a1')])] }),
    ).toEqual([
      'section a1 is under a in the first document but under b in the second',
      'sections are in a different order: a1 comes where the second document has b',
    ]);
  });

  it('reports rights missing on either side or in another order', () => {
    expect(
      checkParity(base, { ...english, rights: [{ id: 'erasure' }, { id: 'access' }] }),
    ).toEqual(['rights are in a different order: [access, erasure] vs [erasure, access]']);
    expect(
      checkParity(base, { ...english, rights: [{ id: 'access' }, { id: 'x-deactivation' }] }),
    ).toEqual([
      'right erasure is only in the first document',
      'right x-deactivation is only in the second document',
    ]);
  });
});
