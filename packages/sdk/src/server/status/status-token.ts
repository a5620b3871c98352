import { timingSafeEqual } from 'node:crypto';

/** Bytes of randomness in a status token: 256 bits, far past guessing (≥128 asked). */
const TOKEN_BYTES = 32;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new status token: 32 random bytes (WebCrypto), base64url without padding (43 characters). */
export function createStatusToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
}

/** SHA-256 of the token, hex: what a store keeps in place of the token. */
export async function hashStatusToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A hash no token has, compared against when the reference is unknown (the same work either way). */
const NO_HASH = '0'.repeat(64);

/**
 * Whether `token` is the one whose hash is `storedHash`. The comparison is of two 32-byte
 * digests with `crypto.timingSafeEqual`, so its time says nothing about how much matched; an
 * absent token or hash is still hashed and compared (against a hash no token has), so an
 * unknown reference takes the same path as a wrong token.
 */
export async function statusTokenMatches(
  token: string | undefined,
  storedHash: string | undefined,
): Promise<boolean> {
  const given = Buffer.from(await hashStatusToken(token ?? ''), 'hex');
  const valid = storedHash !== undefined && /^[0-9a-f]{64}$/.test(storedHash);
  const expected = Buffer.from(valid ? storedHash : NO_HASH, 'hex');
  const equal = timingSafeEqual(given, expected);
  return equal && valid && token !== undefined && token.length > 0;
}
