// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dialogStrings } from './strings-dialog';

type Tree = { readonly [key: string]: string | Tree };

/** `key → text` for every leaf, plural suffixes folded (`sectionCount_one` → `sectionCount`). */
function leaves(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, '');
    if (typeof value === 'string') out.set(path, [...(out.get(path) ?? []), value]);
    else for (const [k, v] of leaves(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((text) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1])))]
    .sort()
    .join(',');

describe('the dialog strings', () => {
  const en = leaves(dialogStrings.en);
  const id = leaves(dialogStrings.id);

  it('have the same keys in English and Indonesian', () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same {{placeholders}} in both languages', () => {
    for (const [key, texts] of en) {
      expect(placeholders(id.get(key) ?? []), key).toBe(placeholders(texts));
    }
  });

  it('give English both plural forms and Indonesian only _other', () => {
    expect(Object.keys(dialogStrings.en).filter((k) => k.startsWith('sectionCount'))).toEqual([
      'sectionCount_one',
      'sectionCount_other',
    ]);
    expect(Object.keys(dialogStrings.id).filter((k) => k.startsWith('sectionCount'))).toEqual([
      'sectionCount_other',
    ]);
  });

  it('have no empty text', () => {
    for (const texts of [...en.values(), ...id.values()]) {
      for (const text of texts) expect(text.trim()).not.toBe('');
    }
  });
});
