import type { PolicyDocument } from '../document/policy-types';

/**
 * One problem with a set of translations: which one (by position and locale) and what.
 *
 * @example
 * // { index: 1, locale: 'en', message: 'version "2023-01-01" differs from "2024-06-12"' }
 */
export interface TranslationIssue {
  index: number;
  locale: string;
  message: string;
}

/**
 * Thrown when documents given as translations of one policy are not: the list
 * is empty, or they differ in `id` or `version`, or two share a locale.
 * `issues` lists every problem with the translation's index and locale.
 *
 * @example
 * try {
 *   selectTranslation(translations, locale);
 * } catch (error) {
 *   if (error instanceof TranslationSetError) for (const i of error.issues) console.error(i.index, i.message);
 * }
 */
export class TranslationSetError extends Error {
  override readonly name = 'TranslationSetError';
  readonly issues: TranslationIssue[];
  constructor(issues: TranslationIssue[]) {
    super(
      `Not one policy's translations: ${issues
        .map((i) =>
          i.index < 0 ? i.message : `translations[${i.index}] (${i.locale}): ${i.message}`,
        )
        .join('; ')}`,
    );
    this.issues = issues;
  }
}

/**
 * Checks that `translations` are one policy's translations — same `id` and
 * `version` (SPEC: a translation set shares both), distinct locales, at least
 * one — and throws a {@link TranslationSetError} naming each offender otherwise.
 *
 * @example
 * assertTranslationSet([policyId, policyEn]); // fine
 * assertTranslationSet([policyEn, olderPolicyId]); // throws: translations[1] (id-ID): version "2023-01-01" …
 */
export function assertTranslationSet(translations: readonly PolicyDocument[]): void {
  const first = translations[0];
  if (!first) {
    throw new TranslationSetError([
      { index: -1, locale: '', message: 'no translations were given' },
    ]);
  }
  const issues: TranslationIssue[] = [];
  const seen = new Map<string, number>();
  translations.forEach((doc, index) => {
    const issue = (message: string) => issues.push({ index, locale: doc.locale, message });
    if (doc.id !== first.id) issue(`id "${doc.id}" differs from "${first.id}"`);
    if (doc.version !== first.version) {
      issue(`version "${doc.version}" differs from "${first.version}"`);
    }
    const key = tagKey(doc.locale);
    const earlier = seen.get(key);
    if (earlier !== undefined) issue(`locale repeats translations[${earlier}]`);
    else seen.set(key, index);
  });
  if (issues.length > 0) throw new TranslationSetError(issues);
}

/**
 * Picks the translation to show for `locale` (or a list of preferred locales,
 * such as `navigator.languages`), by BCP 47 fallback: the exact tag, then ever
 * shorter prefixes (`zh-Hant-TW` → `zh-Hant` → `zh`), then any translation in
 * the same language (`en-US` finds `en-GB`), then — for the next preferred
 * locale, and so on — and finally `defaultLocale` or the first translation.
 * Tags compare case-insensitively; `_` is read as `-`; the legacy `in` is
 * Indonesian (`id`). Throws {@link TranslationSetError} when the documents are
 * not translations of one policy version.
 *
 * @example
 * selectTranslation([kebijakanId, policyEn], 'id-ID'); // kebijakanId (locale 'id')
 * selectTranslation([kebijakanId, policyEn], 'en-AU'); // policyEn (locale 'en')
 * selectTranslation([kebijakanId, policyEn], 'fr', { defaultLocale: 'en' }); // policyEn
 */
export function selectTranslation(
  translations: readonly PolicyDocument[],
  locale: string | readonly string[] | undefined,
  options: { defaultLocale?: string } = {},
): PolicyDocument {
  assertTranslationSet(translations);
  const tags = translations.map((doc) => doc.locale);
  const wanted = typeof locale === 'string' ? [locale] : (locale ?? []);
  const index =
    matchLocale(tags, wanted) ??
    (options.defaultLocale === undefined ? undefined : matchLocale(tags, [options.defaultLocale]));
  return translations[index ?? 0] ?? (translations[0] as PolicyDocument);
}

/**
 * The index in `available` of the best match for the preferred `requested`
 * locales (see {@link selectTranslation} for the fallback chain), or
 * `undefined` when none shares a language.
 *
 * @example
 * matchLocale(['id-ID', 'en'], ['en-GB']); // 1
 * matchLocale(['id-ID', 'en'], ['id']); // 0
 */
export function matchLocale(
  available: readonly string[],
  requested: readonly string[],
): number | undefined {
  const keys = available.map(tagKey);
  for (const tag of requested) {
    const wanted = tagKey(tag);
    if (!wanted) continue;
    const subtags = wanted.split('-');
    for (let n = subtags.length; n > 0; n--) {
      const prefix = subtags.slice(0, n).join('-');
      const exact = keys.indexOf(prefix);
      if (exact !== -1) return exact;
    }
    const language = subtags[0];
    const sameLanguage = keys.findIndex((key) => key.split('-')[0] === language);
    if (sameLanguage !== -1) return sameLanguage;
  }
  return undefined;
}

/**
 * The locales of a set of translations, in the order given — for a language
 * switch. Throws {@link TranslationSetError} like {@link selectTranslation}.
 *
 * @example
 * availableLocales([kebijakanId, policyEn]); // ['id-ID', 'en']
 */
export function availableLocales(translations: readonly PolicyDocument[]): string[] {
  assertTranslationSet(translations);
  return translations.map((doc) => doc.locale);
}

/**
 * A locale's name for a language switch, in its own language by default (a
 * reader looks for the language they can read): the language only —
 * `Indonesia`, `English` — unless `detailed` asks for the region too
 * (`British English`), for sets that hold two variants of one language. Falls
 * back to the tag where `Intl.DisplayNames` is missing or the tag is invalid.
 *
 * @example
 * localeDisplayName('id-ID'); // 'Indonesia'
 * localeDisplayName('en', { inLocale: 'id' }); // 'Inggris'
 * localeDisplayName('en-GB', { detailed: true }); // 'British English'
 */
export function localeDisplayName(
  locale: string,
  options: { inLocale?: string; detailed?: boolean } = {},
): string {
  const tag = locale.trim().replace(/_/g, '-');
  try {
    const names = new Intl.DisplayNames([options.inLocale?.replace(/_/g, '-') ?? tag], {
      type: 'language',
    });
    const name = names.of(options.detailed ? tag : (tag.split('-')[0] ?? tag));
    return name ?? locale;
  } catch {
    return locale;
  }
}

/** Lower case, `_` → `-`, legacy `in` → `id`: the form tags are compared in. */
function tagKey(tag: string): string {
  const key = tag.trim().toLowerCase().replace(/_/g, '-');
  return key === 'in' || key.startsWith('in-') ? `id${key.slice(2)}` : key;
}
