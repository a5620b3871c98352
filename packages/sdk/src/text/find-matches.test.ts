import { describe, expect, it } from 'vitest';
import { findMatches, mergeRanges, searchTerms, splitByMatches } from './find-matches';

const marked = (text: string, query: string) =>
  findMatches(text, query).map(({ start, end }) => text.slice(start, end));

describe('searchTerms', () => {
  it('splits on white space, folds, and drops duplicates', () => {
    expect(searchTerms('  Data  PRIBADİ data ')).toEqual(['data', 'pribadi']);
  });

  it('gives nothing for a blank query', () => {
    expect(searchTerms(' \t\n ')).toEqual([]);
  });

  it('drops control characters', () => {
    expect(searchTerms('a\u0000b')).toEqual(['a', 'b']);
  });

  it('keeps at most 30 terms', () => {
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `t${i}`).join(' '))).toHaveLength(30);
  });
});

describe('findMatches', () => {
  describe('given an empty or blank query', () => {
    it('finds nothing', () => {
      expect(findMatches('Data pribadi', '')).toEqual([]);
      expect(findMatches('Data pribadi', '   ')).toEqual([]);
    });
  });

  describe('given a query differing in case and accents', () => {
    it('returns ranges of the original text covering the accented letters', () => {
      expect(marked('Le Café de PARIS', 'cafe paris')).toEqual(['Café', 'PARIS']);
    });

    it('covers a decomposed accent entirely', () => {
      const text = 'Cafe\u0301 au lait';
      expect(findMatches(text, 'CAFÉ')).toEqual([{ start: 0, end: 5 }]);
    });

    it('finds accented text from an accented query too', () => {
      expect(marked('resume', 'résumé')).toEqual(['resume']);
    });
  });

  describe('given Turkish and Indonesian text', () => {
    it('matches dotted capital İ and dotless ı to i', () => {
      expect(marked('İzin ve ılık', 'izin ilik')).toEqual(['İzin', 'ılık']);
    });

    it('matches Indonesian words case-insensitively', () => {
      expect(marked('Hak Subjek Data Pribadi', 'subjek PRIBADI')).toEqual(['Subjek', 'Pribadi']);
    });
  });

  describe('given a term inside a longer word', () => {
    it('matches the part of the word', () => {
      expect(marked('Kebijakan Privasi', 'priv')).toEqual(['Priv']);
    });
  });

  describe('given a term of one or two characters', () => {
    it('matches it only where a word starts, as the reader types the next word', () => {
      // "DATA P" while typing "DATA PRIBADI": not the p of "kepada" or "perlu"'s inner letters.
      expect(marked('Data pribadi kepada pihak', 'data p')).toEqual(['Data', 'p', 'p']);
      expect(findMatches('kepada', 'p')).toEqual([]);
      expect(marked('(PDP) UU-PDP', 'pd')).toEqual(['PD', 'PD']);
    });

    it('still matches a longer term inside a word (Indonesian roots in affixed words)', () => {
      expect(marked('pendataan', 'data')).toEqual(['data']);
      expect(marked('pengolahan', 'olah')).toEqual(['olah']);
    });

    it('applies the rule to a term that folds to one letter (an accented e)', () => {
      expect(marked('xé é', 'e\u0301')).toEqual(['é']);
    });
  });

  describe('given overlapping occurrences', () => {
    it('merges them into one range', () => {
      expect(findMatches('aaaaa', 'aaa')).toEqual([{ start: 0, end: 5 }]);
      expect(marked('database', 'data base')).toEqual(['database']);
    });
  });

  describe('given characters that fold longer (ß)', () => {
    it('maps back to the original characters', () => {
      expect(marked('Die Straße', 'strasse')).toEqual(['Straße']);
    });
  });
});

describe('mergeRanges', () => {
  it('sorts and merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        { start: 8, end: 9 },
        { start: 4, end: 6 },
        { start: 0, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 9 },
    ]);
  });
});

describe('splitByMatches', () => {
  it('cuts text into plain and matched segments', () => {
    expect(splitByMatches('Data pribadi Anda', [{ start: 5, end: 12 }])).toEqual([
      { text: 'Data ', match: false },
      { text: 'pribadi', match: true },
      { text: ' Anda', match: false },
    ]);
  });

  it('applies ranges of a whole paragraph to one span given its offset', () => {
    // Paragraph 'Read this now' with span 'this now' starting at 5; the match 'is n' is 7..11.
    expect(splitByMatches('this now', [{ start: 7, end: 11 }], 5)).toEqual([
      { text: 'th', match: false },
      { text: 'is n', match: true },
      { text: 'ow', match: false },
    ]);
  });

  it('clips ranges that start before or end after the span', () => {
    expect(
      splitByMatches(
        'bcd',
        [
          { start: 0, end: 2 },
          { start: 3, end: 9 },
        ],
        1,
      ),
    ).toEqual([
      { text: 'b', match: true },
      { text: 'c', match: false },
      { text: 'd', match: true },
    ]);
  });

  it('gives the whole text as one plain segment without ranges', () => {
    expect(splitByMatches('abc', [])).toEqual([{ text: 'abc', match: false }]);
  });
});
