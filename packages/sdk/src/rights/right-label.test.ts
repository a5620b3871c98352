import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18N_NAMESPACE, resources, type PolicyKitKey } from '../index';
import { isKnownRightId, rightLabel, rightLabels } from './right-label';

function translator(lng: 'en' | 'id') {
  const i18n = createInstance();
  void i18n.init({
    resources,
    lng,
    ns: [I18N_NAMESPACE],
    defaultNS: I18N_NAMESPACE,
    initAsync: false,
  });
  return (key: PolicyKitKey) => i18n.t(key);
}

describe('given a known right id without a title in the document', () => {
  it('uses the kit translation in English', () => {
    expect(rightLabel({ id: 'erasure' }, translator('en'))).toEqual({
      id: 'erasure',
      title: 'Delete your data',
      description: undefined,
      known: true,
    });
  });

  it('uses the kit translation in Indonesian', () => {
    expect(rightLabel({ id: 'access' }, translator('id')).title).toBe('Mengakses data Anda');
  });
});

describe('given a right with its own title and description', () => {
  it('prefers the document words over the kit translation', () => {
    const label = rightLabel(
      { id: 'access', title: 'Hak akses', description: 'Meminta salinan data Anda.' },
      translator('en'),
    );
    expect(label.title).toBe('Hak akses');
    expect(label.description).toBe('Meminta salinan data Anda.');
  });

  it('ignores a title or description made only of white space', () => {
    const label = rightLabel({ id: 'objection', title: '  ', description: ' ' }, translator('en'));
    expect(label.title).toBe('Object to processing');
    expect(label.description).toBeUndefined();
  });
});

describe('given a custom x- right id', () => {
  it('makes a readable title from the id when the document gives none', () => {
    const label = rightLabel({ id: 'x-account-deactivation' }, translator('en'));
    expect(label).toMatchObject({ title: 'Account deactivation', known: false });
  });

  it('uses the document title when there is one', () => {
    expect(rightLabel({ id: 'x-foo', title: 'Close my account' }, translator('en')).title).toBe(
      'Close my account',
    );
  });
});

describe('isKnownRightId', () => {
  it('knows the ten rights of the format and nothing inherited from Object', () => {
    expect(isKnownRightId('withdraw-consent')).toBe(true);
    expect(isKnownRightId('x-withdraw-consent')).toBe(false);
    expect(isKnownRightId('toString')).toBe(false);
  });
});

describe('rightLabels', () => {
  it('keeps the document order and drops repeated ids', () => {
    const labels = rightLabels(
      [{ id: 'portability' }, { id: 'access' }, { id: 'portability', title: 'Again' }],
      translator('en'),
    );
    expect(labels.map((label) => label.title)).toEqual([
      'Get a portable copy of your data',
      'Access your data',
    ]);
  });

  it('gives an empty list for a policy without rights', () => {
    expect(rightLabels(undefined, translator('en'))).toEqual([]);
  });
});
