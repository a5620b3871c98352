/**
 * A random version 4 UUID (RFC 9562 §5.4), for idempotency keys and acknowledgement
 * receipt ids.
 *
 * `crypto.randomUUID` exists only in secure contexts (HTTPS or localhost), so a page
 * served over plain HTTP on an intranet falls back to `crypto.getRandomValues`, which
 * every browser offers everywhere; `Math.random` is the last resort for exotic
 * runtimes — these ids only have to be unique, not secret.
 *
 * @example
 * randomUuid(); // "3b241101-e2bb-4255-8caf-4136c566a962"
 */
export function randomUuid(): string {
  const webCrypto = globalThis.crypto as Crypto | undefined;
  if (typeof webCrypto?.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof webCrypto?.getRandomValues === 'function') webCrypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  const hex = Array.from(bytes, (b, i) =>
    // Version 4 in the high nibble of byte 6, the variant (10xx) in byte 8.
    (i === 6 ? (b & 0x0f) | 0x40 : i === 8 ? (b & 0x3f) | 0x80 : b).toString(16).padStart(2, '0'),
  );
  return hex.join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
