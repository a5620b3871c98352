// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dialogStrings } from './strings-dialog';

describe('the dialog strings', () => {
  it('give English both plural forms and Indonesian only _other', () => {
    expect(Object.keys(dialogStrings.en).filter((k) => k.startsWith('sectionCount'))).toEqual([
      'sectionCount_one',
      'sectionCount_other',
    ]);
    expect(Object.keys(dialogStrings.id).filter((k) => k.startsWith('sectionCount'))).toEqual([
      'sectionCount_other',
    ]);
  });
});
