import { describe, expect, it } from 'vitest';
import { SectionIdAllocator, slugify, splitHeadingId } from './section-ids';

describe('slugify', () => {
  it.each([
    ['Komitmen Privasi Kami', 'komitmen-privasi-kami'],
    ['Hak-Hak Anda', 'hak-hak-anda'],
    ['1. Information We Collect', 'information-we-collect'],
    ['2.3 Cookies', 'cookies'],
    ['4) Data Security', 'data-security'],
    ['2024 changes', '2024-changes'],
    ['Données personnelles', 'donnees-personnelles'],
    ['Straße & Øresund', 'strasse-oresund'],
    ['Łódź', 'lodz'],
    ['  --Cookie / Teknologi--  ', 'cookie-teknologi'],
    ['隐私政策', ''],
    ['!!!', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a hyphen, at most 64 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).toMatch(/^word(-word)*$/);
  });
});

describe('splitHeadingId', () => {
  it('splits a trailing {#id} off the title', () => {
    expect(splitHeadingId('Komitmen Privasi Kami {#komitmen}')).toEqual({
      title: 'Komitmen Privasi Kami',
      id: 'komitmen',
    });
  });

  it('leaves braces elsewhere in the title alone', () => {
    expect(splitHeadingId('Use {#this} syntax later')).toEqual({
      title: 'Use {#this} syntax later',
    });
  });
});

describe('SectionIdAllocator', () => {
  it('numbers collisions and avoids reserved ids', () => {
    const ids = new SectionIdAllocator();
    expect(ids.reserve('cookies-2')).toBe(true);
    expect(ids.reserve('cookies-2')).toBe(false);
    expect(ids.allocate('Cookies', 1)).toBe('cookies');
    expect(ids.allocate('Cookies', 2)).toBe('cookies-3');
    expect(ids.allocate('隐私', 3)).toBe('section-3');
  });
});
