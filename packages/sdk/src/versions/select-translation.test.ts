import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../document/policy-types';
import {
  TranslationSetError,
  assertTranslationSet,
  availableLocales,
  localeDisplayName,
  matchLocale,
  selectTranslation,
} from './select-translation';
import { translationSets } from '../../../../test/fixtures/policies';

const translation = (locale: string, extra: Partial<PolicyDocument> = {}): PolicyDocument => ({
  schemaVersion: 1,
  id: 'ctt-privacy',
  version: '2024-06-12',
  locale,
  title: `Policy (${locale})`,
  lastUpdated: '2024-06-12',
  sections: [{ id: 'a', title: 'A', blocks: [] }],
  ...extra,
});

const indonesian = translation('id-ID');
const english = translation('en');
const british = translation('en-GB');

describe('selectTranslation', () => {
  describe('given an exact locale match', () => {
    it('picks it', () => {
      expect(selectTranslation([english, indonesian], 'id-ID')).toBe(indonesian);
    });

    it('compares tags case-insensitively and reads _ as -', () => {
      expect(selectTranslation([english, indonesian], 'ID_id')).toBe(indonesian);
    });
  });

  describe('given a more specific locale than any translation', () => {
    it('falls back along the subtags (id-ID → id)', () => {
      const id = translation('id');
      expect(selectTranslation([english, id], 'id-ID')).toBe(id);
    });

    it('falls back from script and region subtags (zh-Hant-TW → zh-Hant)', () => {
      const hant = translation('zh-Hant');
      expect(selectTranslation([english, hant], 'zh-Hant-TW')).toBe(hant);
    });
  });

  describe('given a less specific locale than the translations', () => {
    it('finds a translation in the same language (id → id-ID)', () => {
      expect(selectTranslation([english, indonesian], 'id')).toBe(indonesian);
    });

    it('prefers the exact language tag over a regional sibling (en-US → en, not en-GB)', () => {
      expect(selectTranslation([british, english], 'en-US')).toBe(english);
    });

    it('takes a regional sibling when nothing closer exists (en-AU → en-GB)', () => {
      expect(selectTranslation([indonesian, british], 'en-AU')).toBe(british);
    });
  });

  describe('given the legacy Indonesian code in', () => {
    it('reads it as id', () => {
      expect(selectTranslation([english, indonesian], 'in-ID')).toBe(indonesian);
    });
  });

  describe('given a list of preferred locales', () => {
    it('takes the first one with a translation', () => {
      expect(selectTranslation([english, indonesian], ['fr-FR', 'id', 'en'])).toBe(indonesian);
    });
  });

  describe('given a locale without a translation', () => {
    it('uses defaultLocale when given', () => {
      expect(selectTranslation([indonesian, english], 'fr', { defaultLocale: 'en' })).toBe(english);
    });

    it('uses the first translation otherwise', () => {
      expect(selectTranslation([indonesian, english], 'fr')).toBe(indonesian);
      expect(selectTranslation([indonesian, english], undefined)).toBe(indonesian);
      expect(selectTranslation([indonesian, english], '')).toBe(indonesian);
    });
  });

  describe('given documents that are not one policy version', () => {
    it('throws a TranslationSetError naming the translation whose version differs', () => {
      const older = translation('en', { version: '2023-01-01' });
      expect(() => selectTranslation([indonesian, older], 'id')).toThrow(TranslationSetError);
      expect(() => selectTranslation([indonesian, older], 'id')).toThrow(
        'translations[1] (en): version "2023-01-01" differs from "2024-06-12"',
      );
    });

    it('reports every problem, not only the first', () => {
      try {
        assertTranslationSet([
          indonesian,
          translation('en', { id: 'other' }),
          translation('fr', { version: '9' }),
        ]);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(TranslationSetError);
        expect((error as TranslationSetError).issues).toEqual([
          { index: 1, locale: 'en', message: 'id "other" differs from "ctt-privacy"' },
          { index: 2, locale: 'fr', message: 'version "9" differs from "2024-06-12"' },
        ]);
      }
    });

    it('rejects two translations with the same locale', () => {
      expect(() => assertTranslationSet([english, translation('EN')])).toThrow(
        'translations[1] (EN): locale repeats translations[0]',
      );
    });

    it('rejects an empty list', () => {
      expect(() => selectTranslation([], 'en')).toThrow('no translations were given');
    });
  });
});

describe('matchLocale', () => {
  it('gives the index of the best match, or undefined', () => {
    expect(matchLocale(['id-ID', 'en'], ['en-GB'])).toBe(1);
    expect(matchLocale(['id-ID', 'en'], ['de'])).toBeUndefined();
  });
});

describe('availableLocales', () => {
  it('lists the locales in the given order', () => {
    expect(availableLocales([indonesian, english])).toEqual(['id-ID', 'en']);
  });

  it('checks the set like selectTranslation', () => {
    expect(() => availableLocales([indonesian, translation('en', { id: 'x' })])).toThrow(
      TranslationSetError,
    );
  });
});

describe('localeDisplayName', () => {
  it('names a language in its own language by default, for a reader looking for theirs', () => {
    expect(localeDisplayName('id-ID')).toBe('Indonesia');
    expect(localeDisplayName('en')).toBe('English');
  });

  it('names it in another language when asked', () => {
    expect(localeDisplayName('en', { inLocale: 'id' })).toBe('Inggris');
  });

  it('includes the region when detailed', () => {
    expect(localeDisplayName('en-GB', { detailed: true })).toBe('British English');
  });

  it('falls back to the tag for an invalid one', () => {
    expect(localeDisplayName('not a tag!')).toBe('not a tag!');
  });
});

describe('selectTranslation on the seed policies', () => {
  it.each(translationSets.map((set) => [set[0]?.id, set[0]?.version, set] as const))(
    '%s %s: id-ID gets the Indonesian document, en-GB the English one',
    (_id, _version, set) => {
      expect(selectTranslation(set, 'id-ID').locale).toMatch(/^id/);
      expect(selectTranslation(set, 'en-GB').locale).toMatch(/^en/);
      expect(availableLocales(set)).toHaveLength(2);
    },
  );
});
