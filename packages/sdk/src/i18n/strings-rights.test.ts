// @vitest-environment node
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18N_NAMESPACE, resources } from './resources';
import { rightsStrings } from './strings-rights';

describe('the rights form strings', () => {
  it('give English both plural forms and Indonesian only _other', () => {
    expect(Object.keys(rightsStrings.en.fields.details).filter((k) => k.includes('_'))).toEqual([
      'remaining_one',
      'remaining_other',
      'over_one',
      'over_other',
    ]);
    expect(Object.keys(rightsStrings.id.fields.details).filter((k) => k.includes('_'))).toEqual([
      'remaining_other',
      'over_other',
    ]);
  });
});

describe('given i18next with the kit resources', () => {
  const t = (lng: 'en' | 'id') => {
    const i18n = createInstance();
    void i18n.init({
      resources,
      lng,
      ns: [I18N_NAMESPACE],
      defaultNS: I18N_NAMESPACE,
      initAsync: false,
    });
    return i18n.t.bind(i18n);
  };

  it('formats counts with the language’s digit grouping and picks the plural', () => {
    expect(t('en')('rights.fields.details.remaining', { count: 1 })).toBe(
      'You have 1 character left',
    );
    expect(t('en')('rights.fields.details.remaining', { count: 5000 })).toBe(
      'You have 5,000 characters left',
    );
    expect(t('id')('rights.fields.details.remaining', { count: 5000 })).toBe('Sisa 5.000 karakter');
    expect(t('id')('rights.fields.details.over', { count: 1 })).toBe('Kelebihan 1 karakter');
  });
});
