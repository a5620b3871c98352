/**
 * Why an acknowledgement store fell back to memory (`error.kind`):
 * - `unavailable` — no storage (server side) or `localStorage` is blocked (a
 *   sandboxed iframe throws `SecurityError` on mere access);
 * - `invalid-storage` — the `storage` option is neither `Storage`-like nor an async adapter;
 * - `read` / `write` — the storage threw or rejected (private mode, quota, network);
 * - `corrupt` — a stored value is not JSON or not an acknowledgement record.
 *
 * @example
 * onError: (e) => { if (e instanceof AcknowledgementStorageError && e.kind !== 'unavailable') log(e); }
 */
export type AcknowledgementStorageErrorKind =
  'unavailable' | 'invalid-storage' | 'read' | 'write' | 'corrupt';

/**
 * What an acknowledgement store hands to `onError` — once per kind — before
 * carrying on in memory. Never thrown to the caller.
 *
 * @example
 * createAcknowledgementStore({
 *   onError: (error) => {
 *     if (error instanceof AcknowledgementStorageError) log.warn(error.kind, error.message);
 *   },
 * });
 */
export class AcknowledgementStorageError extends Error {
  override readonly name = 'AcknowledgementStorageError';
  constructor(
    readonly kind: AcknowledgementStorageErrorKind,
    message: string,
    /** The storage key concerned, when there is one. */
    readonly key?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
