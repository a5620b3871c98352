/**
 * A fresh idempotency key: a random (version 4) UUID.
 *
 * `crypto.randomUUID` exists only in secure contexts (HTTPS or localhost), so a
 * page served over plain HTTP on an intranet falls back to `crypto.getRandomValues`,
 * which every browser offers everywhere; `Math.random` is the last resort for
 * exotic runtimes — a key only has to be unique, not secret.
 *
 * @example
 * const key = createIdempotencyKey(); // "3b241101-e2bb-4255-8caf-4136c566a962"
 * await fetch(url, { method: 'POST', headers: { 'Idempotency-Key': key }, body });
 */
export function createIdempotencyKey(): string {
  const webCrypto = globalThis.crypto as Crypto | undefined;
  if (typeof webCrypto?.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof webCrypto?.getRandomValues === 'function') webCrypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  // RFC 9562 §5.4: version 4 in the high nibble of byte 6, variant 10xx in byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
