import { UI_LANGUAGES, type UiLanguage } from './resources';

/**
 * The UI language for a BCP 47 locale: `id-ID` → `id`, `en-GB` → `en`, anything
 * PolicyKit has no strings for → `en`. (`in` is the pre-1989 code for Indonesian,
 * still sent by some older Android builds.)
 */
export function uiLanguageFor(locale: string | undefined | null): UiLanguage {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (language === 'in') return 'id';
  return (UI_LANGUAGES as readonly string[]).includes(language) ? (language as UiLanguage) : 'en';
}
