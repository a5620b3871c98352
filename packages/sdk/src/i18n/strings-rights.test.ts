// @vitest-environment node
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18N_NAMESPACE, resources } from './resources';
import { rightsStrings } from './strings-rights';

type Tree = { readonly [key: string]: string | Tree };

/** `key → texts` for every leaf, plural suffixes folded (`remaining_one` → `remaining`). */
function leaves(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, '');
    if (typeof value === 'string') out.set(path, [...(out.get(path) ?? []), value]);
    else for (const [k, v] of leaves(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

// `{{count, number}}` names the value `count` (with a format), so only the name is compared.
const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((text) => [...text.matchAll(/{{\s*(\w+)[^}]*}}/g)].map((m) => m[1])))]
    .sort()
    .join(',');

describe('the rights form strings', () => {
  const en = leaves(rightsStrings.en);
  const id = leaves(rightsStrings.id);

  it('have the same keys in English and Indonesian', () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same {{placeholders}} in both languages', () => {
    for (const [key, texts] of en) {
      expect(placeholders(id.get(key) ?? []), key).toBe(placeholders(texts));
    }
  });

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

  it('have no empty text', () => {
    for (const texts of [...en.values(), ...id.values()]) {
      for (const text of texts) expect(text.trim()).not.toBe('');
    }
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
