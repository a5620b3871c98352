import { describe, expect, it } from 'vitest';
import { readStatusLink } from './read-status-link';

describe('readStatusLink', () => {
  it('reads the reference and the status code from a fragment, with or without its #', () => {
    expect(readStatusLink('#ref=CTT-2026-000123&token=abcDEF_-123')).toEqual({
      reference: 'CTT-2026-000123',
      token: 'abcDEF_-123',
    });
    expect(readStatusLink('token=t0k&ref=R-1')).toEqual({ reference: 'R-1', token: 't0k' });
  });

  it('gives nothing when either is missing or blank', () => {
    expect(readStatusLink('')).toBeUndefined();
    expect(readStatusLink('#ref=CTT-2026-000123')).toBeUndefined();
    expect(readStatusLink('#ref=%20&token=abc')).toBeUndefined();
    expect(readStatusLink('#section-3')).toBeUndefined();
  });
});
