/**
 * The toolbar globals every story is rendered under. One list feeds the toolbar
 * menus (preview.tsx), the decorator, and the tests that pin a global.
 */
export const LOCALES = [
  { value: 'en', title: 'English (en)' },
  { value: 'id-ID', title: 'Bahasa Indonesia (id-ID)' },
] as const;

export const BRANDS = [
  { value: 'none', title: 'No brand (PolicyKit defaults)' },
  { value: 'ctt', title: 'CTT dashboard' },
  { value: 'btn-cx', title: 'BTN CX' },
] as const;

export const SCHEMES = [
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
] as const;

export type StoryLocale = (typeof LOCALES)[number]['value'];
export type StoryBrand = (typeof BRANDS)[number]['value'];
export type StoryScheme = (typeof SCHEMES)[number]['value'];

export interface StoryGlobals {
  locale: StoryLocale;
  brand: StoryBrand;
  scheme: StoryScheme;
}

export const DEFAULT_GLOBALS: StoryGlobals = { locale: 'en', brand: 'none', scheme: 'light' };

const pick = <T extends string>(options: readonly { value: T }[], value: unknown, fallback: T): T =>
  options.find((option) => option.value === value)?.value ?? fallback;

/** Reads the globals defensively: a hand-edited URL (`?globals=brand:foo`) falls back to defaults. */
export function readStoryGlobals(globals: Record<string, unknown>): StoryGlobals {
  return {
    locale: pick(LOCALES, globals.locale, DEFAULT_GLOBALS.locale),
    brand: pick(BRANDS, globals.brand, DEFAULT_GLOBALS.brand),
    scheme: pick(SCHEMES, globals.scheme, DEFAULT_GLOBALS.scheme),
  };
}

/** The class a host app would put on its own root to apply a brand theme (stories/brands.css). */
export function brandClassName(brand: StoryBrand): string | undefined {
  switch (brand) {
    case 'none':
      return undefined;
    case 'ctt':
      return 'brand-ctt';
    case 'btn-cx':
      return 'brand-btn-cx';
    default:
      return brand satisfies never;
  }
}
