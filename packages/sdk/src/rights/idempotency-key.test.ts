import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('given crypto.randomUUID', () => {
  it('returns a version 4 UUID, different every time', () => {
    const keys = new Set(Array.from({ length: 100 }, createIdempotencyKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});

describe('given a page without a secure context (no randomUUID)', () => {
  it('builds a version 4 UUID from getRandomValues', () => {
    const getRandomValues = vi.fn(<T extends ArrayBufferView>(bytes: T) => {
      new Uint8Array(bytes.buffer).fill(0xff);
      return bytes;
    });
    vi.stubGlobal('crypto', { getRandomValues });
    expect(createIdempotencyKey()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(getRandomValues).toHaveBeenCalledOnce();
  });
});

describe('given no Web Crypto at all', () => {
  it('still returns a version 4 UUID', () => {
    vi.stubGlobal('crypto', undefined);
    const key = createIdempotencyKey();
    expect(key).toMatch(UUID_V4);
    expect(createIdempotencyKey()).not.toBe(key);
  });
});
