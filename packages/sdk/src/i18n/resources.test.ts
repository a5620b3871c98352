// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  I18N_NAMESPACE,
  UI_LANGUAGES,
  commonStrings,
  dialogStrings,
  resources,
  rightsErrorsStrings,
  rightsStrings,
  viewerStrings,
} from './resources';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf key, plural suffixes folded (`remaining_one` → `remaining`). */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, '');
    if (typeof value === 'string') out.add(path);
    else for (const k of keys(value, `${path}.`)) out.add(k);
  }
  return out;
}

const areas = {
  common: commonStrings,
  viewer: viewerStrings,
  rights: rightsStrings,
  rightsErrors: rightsErrorsStrings,
  dialog: dialogStrings,
};

describe('given the string areas', () => {
  for (const [name, area] of Object.entries(areas)) {
    describe(`${name}Strings`, () => {
      it(`is a slice of the namespace holding only "${name}", in every UI language`, () => {
        for (const language of UI_LANGUAGES) {
          expect(Object.keys(area[language])).toEqual([name]);
        }
      });

      it('has the same keys in English and Indonesian', () => {
        expect([...keys(area.id as Tree)].sort()).toEqual([...keys(area.en as Tree)].sort());
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
    expect([...keys(resources.id.policykit)].sort()).toEqual(
      [...keys(resources.en.policykit)].sort(),
    );
  });
});
