import { describe, expect, it } from 'vitest';

describe('the browser project', () => {
  it('runs in a real Chromium', () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(
      typeof (document.body as HTMLElement & { checkVisibility?: unknown }).checkVisibility,
    ).toBe('function');
  });
});
