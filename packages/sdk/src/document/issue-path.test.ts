import { describe, expect, it } from 'vitest';
import { formatIssuePath } from './issue-path';

describe('formatIssuePath', () => {
  it('writes the root as an empty string', () => {
    expect(formatIssuePath([])).toBe('');
  });

  it('writes keys with dots and indexes with brackets', () => {
    expect(formatIssuePath(['sections', 2, 'blocks', 0, 'text'])).toBe(
      'sections[2].blocks[0].text',
    );
  });

  it('starts with an index when the root is an array', () => {
    expect(formatIssuePath([0, 'id'])).toBe('[0].id');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatIssuePath(['extensions', 'x-vendor', 'a b'])).toBe(
      'extensions["x-vendor"]["a b"]',
    );
  });

  it('shortens very long keys instead of echoing them', () => {
    const path = formatIssuePath([`-${'k'.repeat(10_000)}`]);
    expect(path.length).toBeLessThan(80);
    expect(path).toMatch(/…"\]$/);
  });
});
