import { StoreUnavailableError } from '../rights-request-store';

/** SQLSTATE classes and codes that mean "not now", not "never": the client should retry. */
const UNAVAILABLE_CODE = /^(08|53|57P0[123]|40001|40P01|55P03)/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Cannot use a pool after calling end/i;

/** A database error as the handler needs it: `StoreUnavailableError` (503) when retrying may help. */
export function classify(error: unknown): unknown {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const unavailable =
    (typeof code === 'string' && (UNAVAILABLE_CODE.test(code) || UNAVAILABLE_ERRNO.has(code))) ||
    (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message));
  if (!unavailable) return error;
  const what = typeof code === 'string' ? code : 'connection';
  return new StoreUnavailableError(`PostgreSQL is unavailable (${what})`, { cause: error });
}
