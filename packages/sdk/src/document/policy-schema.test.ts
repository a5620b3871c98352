import { describe, expect, it } from 'vitest';
import {
  HREF_PATTERN,
  KNOWN_RIGHT_IDS,
  LIMITS,
  RIGHT_ID_PATTERN,
  SLUG_PATTERN,
  describeValue,
  isRealCalendarDate,
  policySchemas,
} from './policy-schema';

describe('isRealCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-01-31', '2023-12-31', '0004-02-29'])(
    'accepts the real day %s',
    (date) => {
      expect(isRealCalendarDate(date)).toBe(true);
    },
  );

  it.each([
    ['29 February in a common year', '2023-02-29'],
    ['29 February in a century year not divisible by 400', '1900-02-29'],
    ['31 April', '2024-04-31'],
    ['month 13', '2024-13-01'],
    ['day 0', '2024-01-00'],
    ['a one-digit month', '2024-1-01'],
    ['a timestamp', '2024-01-01T00:00:00Z'],
  ])('rejects %s', (_name, date) => {
    expect(isRealCalendarDate(date)).toBe(false);
  });
});

describe('the exported patterns', () => {
  it('SLUG_PATTERN takes lower-case words joined by single hyphens', () => {
    expect(SLUG_PATTERN.test('hak-anda-2')).toBe(true);
    expect(SLUG_PATTERN.test('hak--anda')).toBe(false);
  });

  it('HREF_PATTERN is anchored: an allowed scheme later in the string does not help', () => {
    expect(HREF_PATTERN.test('javascript:alert(1)//https://ok.example')).toBe(false);
    expect(HREF_PATTERN.test('https://ok.example')).toBe(true);
  });

  it('RIGHT_ID_PATTERN takes every known right id and x- slugs only', () => {
    for (const id of KNOWN_RIGHT_IDS) expect(RIGHT_ID_PATTERN.test(id)).toBe(true);
    expect(RIGHT_ID_PATTERN.test('x-account-deactivation')).toBe(true);
    expect(RIGHT_ID_PATTERN.test('accessx')).toBe(false);
  });

  it('RIGHT_ID_PATTERN is written out as a literal that lists exactly KNOWN_RIGHT_IDS', () => {
    expect(RIGHT_ID_PATTERN.source).toBe(
      `^(?:${KNOWN_RIGHT_IDS.join('|')}|x-[a-z0-9]+(?:-[a-z0-9]+)*)$`,
    );
  });
});

describe('policySchemas', () => {
  it('builds the schemas once: every call returns the same objects', () => {
    const first = policySchemas();
    expect(policySchemas()).toBe(first);
    expect(policySchemas().document).toBe(first.document);
  });
});

describe('LIMITS', () => {
  it('leaves room for the section and callout limits inside the nesting limit', () => {
    // root, sections, then two levels per section, blocks, two per callout, inline, span
    const deepestValid = 1 + 2 * LIMITS.maxSectionDepth + 1 + 2 * LIMITS.maxCalloutDepth + 3;
    expect(LIMITS.maxNestingDepth).toBeGreaterThan(deepestValid * 2);
  });
});

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [undefined, 'nothing'],
    [[], 'an array'],
    [{}, 'an object'],
    ['', 'an empty string'],
    ['x'.repeat(1000), 'a string'],
    [1, 'a number'],
    [false, 'a boolean'],
  ])('names %j without its content', (value, name) => {
    expect(describeValue(value)).toBe(name);
  });
});
