import {
  RightsRequestError,
  type RightsRequest,
  type RightsRequestClient,
  type RightsRequestReceipt,
} from '@policykit/sdk';
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
 */
export type SubmissionState =
  | { status: 'idle' }
  | { status: 'verifying' }
  | { status: 'code'; sentTo: string | undefined; checking: boolean; wrongCode: boolean }
  | { status: 'sending' }
  | { status: 'failed'; stage: 'identity' | 'delivery'; error: unknown; retryable: boolean }
  | { status: 'sent'; receipt: RightsRequestReceipt; request: RightsRequest };

export type SubmissionStatus = SubmissionState['status'];

export interface SubmissionOptions {
  client: RightsRequestClient;
  verifyIdentity?: VerifyIdentity | undefined;
  onSubmitted?: ((receipt: RightsRequestReceipt) => void) | undefined;
}

/** A request in flight, TanStack-store shaped (`get`/`subscribe`), usable without React. */
export interface Submission {
  get: () => SubmissionState;
  subscribe: (listener: () => void) => () => void;
  /** Whether something is under way; `submit`, `retry` and `confirmCode` are ignored meanwhile. */
  isBusy: () => boolean;
  /** Sends `request` (after the identity step, if any). Ignored while busy: one request per submit. */
  submit: (request: RightsRequest, idempotencyKey: string) => Promise<void>;
  /** Sends the last request again with the same idempotency key. */
  retry: () => Promise<void>;
  /** Checks a code of the identity step and sends when it is right. */
  confirmCode: (code: string) => Promise<void>;
  /** Back from the code step to the fields ("change your details"). */
  cancelIdentity: () => void;
  /** Back to a fresh form after a receipt. */
  reset: () => void;
  /** Replaces the options (a React parent re-rendered with new callbacks). */
  setOptions: (options: SubmissionOptions) => void;
  /** Cancels a delivery in flight (the form unmounted); its outcome is then ignored. */
  abort: () => void;
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

/**
 * The submission state machine behind `<RightsRequestForm>`. State changes happen
 * synchronously inside `submit`, before any `await`, so a second click or Enter in the
 * same tick already sees `busy` and sends nothing: one request per submit.
 *
 * @example
 * const submission = createSubmission({ client });
 * submission.subscribe(() => console.log(submission.get().status));
 * await submission.submit(request, createIdempotencyKey());
 */
export function createSubmission(initialOptions: SubmissionOptions): Submission {
  let options = initialOptions;
  let state: SubmissionState = { status: 'idle' };
  let attempt: { request: RightsRequest; idempotencyKey: string } | undefined;
  let challenge: IdentityCodeChallenge | undefined;
  let verifiedEmail: string | undefined;
  let controller: AbortController | undefined;
  const listeners = new Set<() => void>();

  const set = (next: SubmissionState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const isBusy = () =>
    state.status === 'verifying' ||
    state.status === 'sending' ||
    (state.status === 'code' && state.checking);

  async function deliver(current: NonNullable<typeof attempt>): Promise<void> {
    set({ status: 'sending' });
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
      set({ status: 'failed', stage: 'delivery', error, retryable: isRetryable(error) });
      return;
    } finally {
      if (controller === ac) controller = undefined;
    }
    if (ac.signal.aborted) return;
    set({ status: 'sent', receipt, request: current.request });
    options.onSubmitted?.(receipt);
  }

  function identityFailed(error: unknown) {
    set({ status: 'failed', stage: 'identity', error, retryable: true });
  }

  async function run(current: NonNullable<typeof attempt>): Promise<void> {
    const verify = options.verifyIdentity;
    if (verify && verifiedEmail !== current.request.email) {
      set({ status: 'verifying' });
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
          set({ status: 'code', sentTo: result.sentTo, checking: false, wrongCode: false });
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
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isBusy,
    async submit(request, idempotencyKey) {
      if (isBusy()) return;
      attempt = { request, idempotencyKey };
      challenge = undefined;
      await run(attempt);
    },
    async retry() {
      if (isBusy() || !attempt) return;
      await run(attempt);
    },
    async confirmCode(code) {
      if (state.status !== 'code' || state.checking || !challenge || !attempt) return;
      const { sentTo } = state;
      const current = attempt;
      set({ status: 'code', sentTo, checking: true, wrongCode: false });
      let right: boolean;
      try {
        right = await challenge.confirm(code);
      } catch (error) {
        identityFailed(error);
        return;
      }
      if (!right) {
        set({ status: 'code', sentTo, checking: false, wrongCode: true });
        return;
      }
      challenge = undefined;
      verifiedEmail = current.request.email;
      await deliver(current);
    },
    cancelIdentity() {
      if (state.status !== 'code' || state.checking) return;
      challenge = undefined;
      set({ status: 'idle' });
    },
    reset() {
      if (isBusy()) return;
      attempt = undefined;
      challenge = undefined;
      set({ status: 'idle' });
    },
    setOptions(next) {
      options = next;
    },
    abort() {
      controller?.abort();
      controller = undefined;
    },
  };
}
