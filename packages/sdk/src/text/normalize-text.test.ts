import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from './normalize-text';

describe('foldText', () => {
  it('lower-cases ASCII', () => {
    expect(foldText('Kebijakan PRIVASI')).toBe('kebijakan privasi');
  });

  it('removes accents from precomposed and decomposed letters alike', () => {
    expect(foldText('Café')).toBe('cafe');
    expect(foldText('Cafe\u0301')).toBe('cafe');
  });

  it('folds Turkish dotted and dotless i to a plain i, whatever the runtime locale', () => {
    expect(foldText('İSTANBUL ılık Iğdır')).toBe('istanbul ilik igdir');
  });

  it('unfolds compatibility forms (NFKD)', () => {
    expect(foldText('ﬁle №²')).toBe('file no2');
  });

  it('folds letters with strokes that have no decomposition', () => {
    expect(foldText('Łódź Straße Øresund')).toBe('lodz strasse oresund');
  });

  it('keeps characters outside the Latin script', () => {
    expect(foldText('データ')).toBe(foldText('データ'));
    expect(foldText('Данные')).toBe('данные');
  });
});

describe('normalizeText', () => {
  describe('given plain ASCII', () => {
    it('maps every folded character to the same offset', () => {
      const n = normalizeText('AbC');
      expect(n.text).toBe('abc');
      expect([...n.starts]).toEqual([0, 1, 2]);
      expect([...n.ends]).toEqual([1, 2, 3]);
    });
  });

  describe('given a decomposed accent', () => {
    it('extends the letter to cover the combining mark, so a highlight never splits it', () => {
      const n = normalizeText('e\u0301t\u00e9');
      expect(n.text).toBe('ete');
      expect([...n.starts]).toEqual([0, 2, 3]);
      expect([...n.ends]).toEqual([2, 3, 4]);
    });
  });

  describe('given characters that fold to more than one', () => {
    it('maps each folded character back to the whole original', () => {
      const n = normalizeText('Maß');
      expect(n.text).toBe('mass');
      expect([...n.starts]).toEqual([0, 1, 2, 2]);
      expect([...n.ends]).toEqual([1, 2, 3, 3]);
    });

    it('grows past the original length without losing the map', () => {
      const text = 'ﬃ'.repeat(50);
      const n = normalizeText(text);
      expect(n.text).toBe('ffi'.repeat(50));
      expect(n.starts[149]).toBe(49);
      expect(n.ends[149]).toBe(50);
    });
  });

  describe('given astral characters (surrogate pairs)', () => {
    it('keeps offsets in UTF-16 code units', () => {
      const n = normalizeText('😀É');
      expect(n.text).toBe('😀e');
      expect([...n.starts]).toEqual([0, 0, 2]);
      expect([...n.ends]).toEqual([2, 2, 3]);
    });
  });
});
