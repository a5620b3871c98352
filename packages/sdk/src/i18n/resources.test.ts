// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  I18N_NAMESPACE,
  UI_LANGUAGES,
  commonStrings,
  dialogStrings,
  lintStrings,
  resources,
  rightsErrorsStrings,
  rightsInboxStrings,
  rightsStatusStrings,
  rightsStrings,
  viewerStrings,
} from './resources';

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

const keys = (tree: Tree) => [...leaves(tree).keys()].sort();

// `{{count, number}}` names the value `count` (with a format), so only the name is compared.
const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((text) => [...text.matchAll(/{{\s*(\w+)[^}]*}}/g)].map((m) => m[1])))]
    .sort()
    .join(',');

const areas = {
  common: commonStrings,
  viewer: viewerStrings,
  rights: rightsStrings,
  rightsErrors: rightsErrorsStrings,
  rightsStatus: rightsStatusStrings,
  inbox: rightsInboxStrings,
  dialog: dialogStrings,
  lint: lintStrings,
};

describe('given the string areas', () => {
  for (const [name, area] of Object.entries(areas)) {
    describe(`${name}Strings`, () => {
      it(`is a slice of the namespace holding only "${name}", in every UI language`, () => {
        for (const language of UI_LANGUAGES) {
          expect(Object.keys(area[language])).toEqual([name]);
        }
      });

      const en = leaves(area.en as Tree);
      const id = leaves(area.id as Tree);

      it('has the same keys in English and Indonesian', () => {
        expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
      });

      it('uses the same {{placeholders}} in both languages', () => {
        for (const [key, texts] of en) {
          expect(placeholders(id.get(key) ?? []), key).toBe(placeholders(texts));
        }
      });

      it('has no empty text', () => {
        for (const texts of [...en.values(), ...id.values()]) {
          for (const text of texts) expect(text.trim()).not.toBe('');
        }
      });
    });
  }
});

describe('given resources, the whole set', () => {
  it('holds every area under the policykit namespace, in en and id only', () => {
    expect(I18N_NAMESPACE).toBe('policykit');
    expect(Object.keys(resources).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const language of UI_LANGUAGES) {
      expect(Object.keys(resources[language])).toEqual([I18N_NAMESPACE]);
      expect(Object.keys(resources[language].policykit).sort()).toEqual(Object.keys(areas).sort());
    }
  });

  it("is exactly the areas merged: each area's strings, nothing changed", () => {
    for (const language of UI_LANGUAGES) {
      const merged = Object.assign({}, ...Object.values(areas).map((area) => area[language]));
      expect(resources[language].policykit).toEqual(merged);
    }
  });

  it('has the same keys in English and Indonesian (plural suffixes aside)', () => {
    expect(keys(resources.id.policykit)).toEqual(keys(resources.en.policykit));
  });
});
