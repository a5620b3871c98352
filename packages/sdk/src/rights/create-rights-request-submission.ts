import { createStore, type ReadableStore } from '../store/create-store';
import { createIdempotencyKey } from './idempotency-key';
import { RightsRequestError } from './rights-request-error';
import type {
  RightsRequest,
  RightsRequestClient,
  RightsRequestReceipt,
} from './rights-request-types';
import type {
  IdentityCodeChallenge,
  RightsRequestIdentity,
  VerifyIdentity,
} from './verify-identity';

/**
 * Where one submission stands:
 * `idle` → (`verifying` → `code`?) → `sending` → `sent` | `failed`.
 * `failed.stage` says whether the identity step or the delivery failed; `retryable`
 * whether sending the very same request again can succeed.
 *
 * @example
 * const state: RightsRequestSubmissionState = submission.get();
 * if (state.status === 'failed' && state.retryable) showRetryButton();
 */
export type RightsRequestSubmissionState =
  | { status: 'idle' }
  | { status: 'verifying' }
  | { status: 'code'; sentTo: string | undefined; checking: boolean; wrongCode: boolean }
  | { status: 'sending' }
  | { status: 'failed'; stage: 'identity' | 'delivery'; error: unknown; retryable: boolean }
  | { status: 'sent'; receipt: RightsRequestReceipt; request: RightsRequest };

/**
 * One of the submission's states, by name.
 *
 * @example
 * const status: RightsRequestSubmissionStatus = submission.get().status; // 'sending'
 */
export type RightsRequestSubmissionStatus = RightsRequestSubmissionState['status'];

/**
 * The idempotency key last used for one exact request body (`fingerprint`, its JSON).
 *
 * @example
 * const remembered: IdempotencyKeyRecord = { fingerprint: JSON.stringify(request), idempotencyKey: key };
 */
export interface IdempotencyKeyRecord {
  fingerprint: string;
  idempotencyKey: string;
}

/**
 * Where a submission remembers the key of its last request, so that sending the same request
 * again reuses it. `createRequestDraftStore`'s `keys` keeps it with the draft in session storage,
 * so even a reload does not make a second record.
 *
 * @example
 * let remembered: IdempotencyKeyRecord | undefined;
 * const keys: IdempotencyKeyMemory = { get: () => remembered, set: (next) => (remembered = next) };
 */
export interface IdempotencyKeyMemory {
  get(): IdempotencyKeyRecord | undefined;
  /** `undefined` forgets the key (the request was recorded). */
  set(record: IdempotencyKeyRecord | undefined): void;
}

/**
 * Options of {@link createRightsRequestSubmission}.
 *
 * @example
 * const options: RightsRequestSubmissionOptions = { client, keys: draft.keys };
 */
export interface RightsRequestSubmissionOptions {
  /** Delivers the request (`createRightsRequestClient`). */
  client: RightsRequestClient;
  /** An optional identity step (e.g. an e-mail code) before sending; see `VerifyIdentity`. */
  verifyIdentity?: VerifyIdentity | undefined;
  /** Called once with the receipt after a request was accepted. */
  onSubmitted?: ((receipt: RightsRequestReceipt) => void) | undefined;
  /** Where the last request's idempotency key is remembered. Default: in this object, in memory. */
  keys?: IdempotencyKeyMemory | undefined;
}

/**
 * A request in flight: a store of {@link RightsRequestSubmissionState} (`get`/`subscribe`) and
 * the moves a form makes.
 *
 * @example
 * const submission: RightsRequestSubmission = createRightsRequestSubmission({ client });
 */
export interface RightsRequestSubmission extends ReadableStore<RightsRequestSubmissionState> {
  /** Whether something is under way; `submit`, `retry` and `confirmCode` are ignored meanwhile. */
  isBusy(): boolean;
  /**
   * Sends `request` (after the identity step, if any). Ignored while busy: one request per
   * submit. The idempotency key is the one used last time when the request is unchanged (a
   * "send again" after a failure), a new one when anything in it changed.
   */
  submit(request: RightsRequest): Promise<void>;
  /** Sends the last request again with the same idempotency key. */
  retry(): Promise<void>;
  /** Checks a code of the identity step and sends when it is right. */
  confirmCode(code: string): Promise<void>;
  /** Back from the code step to the fields ("change your details"). */
  cancelIdentity(): void;
  /** Back to a fresh form after a receipt. */
  reset(): void;
  /** Replaces the options (e.g. a component re-rendered with new callbacks). */
  setOptions(options: RightsRequestSubmissionOptions): void;
  /** Cancels a delivery in flight (the form went away); its outcome is then ignored. */
  abort(): void;
}

function isRetryable(error: unknown): boolean {
  // A host's own transport may throw anything; a draft that is still good deserves a retry.
  return error instanceof RightsRequestError ? error.retryable : true;
}

function identityOf(request: RightsRequest): RightsRequestIdentity {
  const identity: RightsRequestIdentity = {
    name: request.name,
    email: request.email,
    locale: request.locale,
    policyId: request.policyId,
  };
  if (request.phone) identity.phone = request.phone;
  return identity;
}

function memoryKeys(): IdempotencyKeyMemory {
  let remembered: IdempotencyKeyRecord | undefined;
  return {
    get: () => remembered,
    set: (next) => {
      remembered = next;
    },
  };
}

interface Attempt {
  request: RightsRequest;
  idempotencyKey: string;
}

/**
 * The submission of a data-subject request, framework-free: what `<RightsRequestForm>` runs,
 * and what a Vue or plain-DOM form can run the same way.
 *
 * - One request per submit: the state changes synchronously inside `submit`, before any
 *   `await`, so a second click or Enter in the same tick already sees it busy and sends nothing.
 * - Idempotency: every retry of one request carries the same `Idempotency-Key`, and so does a
 *   new submit of an unchanged request (a server that did record it answers with the same
 *   receipt, never a second record); a changed request gets a new key.
 * - A verified e-mail address is not asked again for retries.
 *
 * @example
 * const submission = createRightsRequestSubmission({ client });
 * submission.subscribe((state) => render(state));
 * const result = validateRightsRequest(input, { rights: policy.rights });
 * if (result.success) await submission.submit(result.data);
 * if (submission.get().status === 'failed') await submission.retry(); // same key
 */
export function createRightsRequestSubmission(
  initialOptions: RightsRequestSubmissionOptions,
): RightsRequestSubmission {
  let options = initialOptions;
  let keys = options.keys ?? memoryKeys();
  const state = createStore<RightsRequestSubmissionState>({ status: 'idle' });
  let attempt: Attempt | undefined;
  let challenge: IdentityCodeChallenge | undefined;
  let verifiedEmail: string | undefined;
  let controller: AbortController | undefined;

  const isBusy = () => {
    const current = state.get();
    return (
      current.status === 'verifying' ||
      current.status === 'sending' ||
      (current.status === 'code' && current.checking)
    );
  };

  function keyFor(request: RightsRequest): string {
    const fingerprint = JSON.stringify(request);
    const remembered = keys.get();
    if (remembered?.fingerprint === fingerprint) return remembered.idempotencyKey;
    const idempotencyKey = createIdempotencyKey();
    keys.set({ fingerprint, idempotencyKey });
    return idempotencyKey;
  }

  async function deliver(current: Attempt): Promise<void> {
    state.set({ status: 'sending' });
    const ac = new AbortController();
    controller = ac;
    let receipt: RightsRequestReceipt;
    try {
      receipt = await options.client.submit(current.request, {
        signal: ac.signal,
        idempotencyKey: current.idempotencyKey,
      });
    } catch (error) {
      if (ac.signal.aborted) return;
      state.set({ status: 'failed', stage: 'delivery', error, retryable: isRetryable(error) });
      return;
    } finally {
      if (controller === ac) controller = undefined;
    }
    if (ac.signal.aborted) return;
    // Recorded: the key has done its job, and a new request must not replay this one.
    keys.set(undefined);
    state.set({ status: 'sent', receipt, request: current.request });
    options.onSubmitted?.(receipt);
  }

  function identityFailed(error: unknown) {
    state.set({ status: 'failed', stage: 'identity', error, retryable: true });
  }

  async function run(current: Attempt): Promise<void> {
    const verify = options.verifyIdentity;
    if (verify && verifiedEmail !== current.request.email) {
      state.set({ status: 'verifying' });
      let result;
      try {
        result = await verify(identityOf(current.request));
      } catch (error) {
        identityFailed(error);
        return;
      }
      switch (result.status) {
        case 'verified':
          verifiedEmail = current.request.email;
          break;
        case 'code-required':
          challenge = result;
          state.set({ status: 'code', sentTo: result.sentTo, checking: false, wrongCode: false });
          return;
        default:
          result satisfies never;
          identityFailed(new TypeError('verifyIdentity resolved with an unknown status'));
          return;
      }
    }
    await deliver(current);
  }

  return {
    get: state.get,
    subscribe: state.subscribe,
    isBusy,
    async submit(request) {
      if (isBusy()) return;
      attempt = { request, idempotencyKey: keyFor(request) };
      challenge = undefined;
      await run(attempt);
    },
    async retry() {
      if (isBusy() || !attempt) return;
      await run(attempt);
    },
    async confirmCode(code) {
      const current = state.get();
      if (current.status !== 'code' || current.checking || !challenge || !attempt) return;
      const { sentTo } = current;
      const pending = attempt;
      state.set({ status: 'code', sentTo, checking: true, wrongCode: false });
      let right: boolean;
      try {
        right = await challenge.confirm(code);
      } catch (error) {
        identityFailed(error);
        return;
      }
      if (!right) {
        state.set({ status: 'code', sentTo, checking: false, wrongCode: true });
        return;
      }
      challenge = undefined;
      verifiedEmail = pending.request.email;
      await deliver(pending);
    },
    cancelIdentity() {
      const current = state.get();
      if (current.status !== 'code' || current.checking) return;
      challenge = undefined;
      state.set({ status: 'idle' });
    },
    reset() {
      if (isBusy()) return;
      attempt = undefined;
      challenge = undefined;
      state.set({ status: 'idle' });
    },
    setOptions(next) {
      options = next;
      if (next.keys) keys = next.keys;
    },
    abort() {
      controller?.abort();
      controller = undefined;
    },
  };
}
