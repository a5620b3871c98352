import type { RightId } from '../document/policy-types';

/** What a person asks for. `policyId`/`policyVersion` record which policy they read. */
export interface RightsRequest {
  policyId: string;
  policyVersion: string;
  right: RightId;
  name: string;
  email: string;
  /** E.164, e.g. `+62211234567`. */
  phone?: string;
  details?: string;
  /** The locale the person used, so the reply can be in their language. */
  locale: string;
}

/** What the person keeps: UU PDP Pasal 14 wants requests recorded, so there is always a reference. */
export interface RightsRequestReceipt {
  reference: string;
  right: RightId;
  /** ISO 8601 instant. */
  submittedAt: string;
  /** ISO 8601 instant by which the law (or the host's service level) wants a reply, or `null`. */
  dueBy: string | null;
  /**
   * Where `dueBy` comes from: `'law'` (a statutory period, `responseDeadline`) or
   * `'service-level'` (the host's own promise where the law fixes none). Absent when
   * `dueBy` is `null` or the server did not say.
   */
  dueBySource?: 'law' | 'service-level';
  /**
   * `'email'` when `mailtoTransport` only opened a message the person still has to send
   * (nothing is recorded until it arrives); absent when a server recorded the request.
   */
  via?: 'email';
  /**
   * The requester's status token (256 random bits, base64url): with the reference, it opens
   * the status lookup. Given once, in the `201` reply that recorded the request — a replay's
   * receipt has none, as only its SHA-256 is stored and it cannot be shown again. Keep it private, like a password.
   */
  statusToken?: string;
  /** A link to the host's status page with the token, when the host configures `statusUrl`. */
  statusUrl?: string;
}

/** The statutory regime that sets reply deadlines. */
export type Jurisdiction = 'id-pdp' | 'gdpr';

/** Fields of a request that validation can complain about. */
export type RightsRequestField =
  'policyId' | 'policyVersion' | 'right' | 'name' | 'email' | 'phone' | 'details' | 'locale';

/**
 * One problem with one field. `code` is a translation key under `rightsErrors.*`
 * in the `policykit` namespace, so forms can show it in the person's language;
 * `message` is the English text for logs and servers.
 */
export interface RightsRequestFieldIssue {
  field: RightsRequestField;
  /** One of `RightsRequestIssueCode` from this kit; typed `string` so servers may add their own. */
  code: string;
  message: string;
  /** Interpolation values for the translated text, e.g. `{ max: 200 }` for `nameTooLong`. */
  params?: Record<string, number | string>;
}

/** How a client delivers a request: HTTP by default, e-mail as the fallback. */
export type RightsRequestTransport = (
  request: RightsRequest,
  context: { signal?: AbortSignal; idempotencyKey: string },
) => Promise<RightsRequestReceipt>;

export interface RightsRequestClient {
  /**
   * Validates `request` (an invalid one never reaches the network) and delivers it.
   * Rejects with `RightsRequestError` (`.retryable`, `.status`, `.issues`).
   * Each submit gets a new idempotency key, except that submitting the *same* request
   * again after a retryable failure (a retry button) or while it is still in flight
   * (a double click) reuses the key, so the server records it once. Pass
   * `idempotencyKey` to choose the key yourself.
   */
  submit(
    request: RightsRequest,
    options?: { signal?: AbortSignal; idempotencyKey?: string },
  ): Promise<RightsRequestReceipt>;
}
