import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from './policy-schema';

describe('isRealCalendarDate', () => {
  it('accepts 29 February in a leap year', () => {
    expect(isRealCalendarDate('2024-02-29')).toBe(true);
  });
  it('rejects 29 February in a common year', () => {
    expect(isRealCalendarDate('2023-02-29')).toBe(false);
  });
});
