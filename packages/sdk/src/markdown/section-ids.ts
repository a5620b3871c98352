import { SLUG_PATTERN } from '../document/policy-schema';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** Slugs longer than this are cut at a hyphen: ids end up in URLs (`#section-id`). */
const MAX_SLUG_LENGTH = 64;

/**
 * A section id from a heading: diacritics transliterated (`Privasi Anak` →
 * `privasi-anak`, `Données` → `donnees`), a leading number such as `1.` or
 * `2.3` dropped so renumbering sections keeps their ids (and deep links)
 * stable. Returns `''` when nothing ASCII is left (a title in Thai, say); the
 * caller then falls back to `section-N`.
 *
 * @example
 * slugify('1. Information We Collect'); // 'information-we-collect'
 */
export function slugify(title: string): string {
  const slug = title
    .replace(/^\s*\d+(?:\.\d+)*[.)]\s+|^\s*\d+(?:\.\d+)+\s+/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** A heading's text split into the title and an explicit `{#id}`, if any. */
export interface HeadingId {
  title: string;
  /** The id as written, not yet checked. */
  id?: string;
}

/**
 * Splits a trailing `{#id}` (the Pandoc / PHP Markdown Extra attribute
 * syntax) off a heading's text.
 *
 * @example
 * splitHeadingId('Komitmen Privasi Kami {#komitmen}'); // { title: 'Komitmen Privasi Kami', id: 'komitmen' }
 */
export function splitHeadingId(text: string): HeadingId {
  const match = /\s*\{#([^{}]*)\}\s*$/.exec(text);
  if (!match) return { title: text.trim() };
  return { title: text.slice(0, match.index).trim(), id: match[1]!.trim() };
}

/** Whether an explicit id is a valid section id. */
export function isValidSectionId(id: string): boolean {
  return SLUG_PATTERN.test(id) && id.length <= 200;
}

/**
 * Hands out section ids, unique in the whole document. Explicit `{#id}`s are
 * reserved first, so an automatic id never takes one that a later heading
 * asks for; automatic ids get `-2`, `-3`… on collision.
 */
export class SectionIdAllocator {
  readonly #used = new Set<string>();
  readonly #next = new Map<string, number>();

  /** Reserves an explicit id; `false` if it is already taken. */
  reserve(id: string): boolean {
    if (this.#used.has(id)) return false;
    this.#used.add(id);
    return true;
  }

  /** A fresh id from a title, or `section-N` (N = the section's position) when the title has no ASCII. */
  allocate(title: string, ordinal: number): string {
    const base = slugify(title) || `section-${ordinal}`;
    let id = base;
    // Counting on from the last suffix this base got keeps a thousand "Cookies" headings linear.
    let n = this.#next.get(base) ?? 2;
    for (; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#next.set(base, n);
    this.#used.add(id);
    return id;
  }
}
