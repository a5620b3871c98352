// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guessTopics } from './topic-keywords';

describe('guessTopics', () => {
  it('finds topics from English and Indonesian headings', () => {
    expect(guessTopics('7. Data Retention')).toEqual(['retention']);
    expect(guessTopics('7. Retensi Data')).toEqual(['retention']);
    expect(guessTopics('Hak-Hak Anda')).toEqual(['rights']);
    expect(guessTopics('Transfer Data Internasional')).toEqual(['transfers']);
    expect(guessTopics('Pembagian Data dengan Pihak Ketiga')).toEqual(['recipients']);
  });

  it('ignores case and diacritics', () => {
    expect(guessTopics('RÉTENTION')).toEqual(['retention']);
  });

  it('matches at the start of a word only', () => {
    expect(guessTopics('We retained it')).toEqual(['retention']);
    expect(guessTopics('Pretaining to nothing')).toEqual([]);
  });

  it('finds nothing in an unrelated heading', () => {
    expect(guessTopics('Komitmen Privasi Kami')).toEqual([]);
  });
});
