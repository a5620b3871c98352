import { randomUuid } from '../platform/random-uuid';

/**
 * A fresh idempotency key: a random (version 4) UUID, on plain-HTTP pages too
 * (see `randomUuid`): a key only has to be unique, not secret.
 *
 * @example
 * const key = createIdempotencyKey(); // "3b241101-e2bb-4255-8caf-4136c566a962"
 * await fetch(url, { method: 'POST', headers: { 'Idempotency-Key': key }, body });
 */
export function createIdempotencyKey(): string {
  return randomUuid();
}
