import { describe, expect, it, vi } from 'vitest';
import { scriptedTransport } from '../../../../stories/support/scripted-transport';
import { createRightsRequestClient } from './create-rights-request-client';
import {
  createRightsRequestSubmission,
  type IdempotencyKeyMemory,
  type IdempotencyKeyRecord,
} from './create-rights-request-submission';
import type { RightsRequest } from './rights-request-types';
import type { IdentityCodeChallenge, VerifyIdentity } from './verify-identity';

const request: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.com',
  locale: 'id-ID',
};

describe('given a rights-request submission', () => {
  it('starts idle and not busy', () => {
    const scripted = scriptedTransport({ kind: 'success' });
    const submission = createRightsRequestSubmission({
      client: createRightsRequestClient({ transport: scripted.transport }),
    });
    expect(submission.get()).toEqual({ status: 'idle' });
    expect(submission.isBusy()).toBe(false);
  });

  describe('when submit is called twice in the same tick', () => {
    it('sends once: the first call is already busy before it awaits anything', async () => {
      const scripted = scriptedTransport({ kind: 'success' });
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      const first = submission.submit(request);
      const second = submission.submit({ ...request, name: 'Someone else' });
      expect(submission.get().status).toBe('sending');
      expect(submission.isBusy()).toBe(true);
      await Promise.all([first, second]);
      expect(scripted.calls).toHaveLength(1);
      expect(scripted.calls[0]?.request.name).toBe('Siti Rahma');
      expect(submission.get()).toMatchObject({ status: 'sent', request });
    });
  });

  describe('when a delivery fails retryably', () => {
    it('retries with the same request and key', async () => {
      const scripted = scriptedTransport([
        { kind: 'retryable' },
        { kind: 'retryable' },
        { kind: 'success' },
      ]);
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      await submission.submit(request);
      expect(submission.get()).toMatchObject({
        status: 'failed',
        stage: 'delivery',
        retryable: true,
      });
      await submission.retry();
      await submission.retry();
      expect(submission.get().status).toBe('sent');
      const keys = scripted.calls.map((call) => call.idempotencyKey);
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
    });

    it('reuses the key when the unchanged request is submitted again', async () => {
      const scripted = scriptedTransport([{ kind: 'retryable' }, { kind: 'success' }]);
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      await submission.submit(request);
      await submission.submit({ ...request });
      const [first, second] = scripted.calls.map((call) => call.idempotencyKey);
      expect(second).toBe(first);
    });

    it('uses a new key once the request itself was changed', async () => {
      const scripted = scriptedTransport([{ kind: 'retryable' }, { kind: 'success' }]);
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      await submission.submit(request);
      await submission.submit({ ...request, details: 'Also my order history, please.' });
      const [first, second] = scripted.calls.map((call) => call.idempotencyKey);
      expect(first).toBeTruthy();
      expect(second).toBeTruthy();
      expect(second).not.toBe(first);
    });
  });

  describe('given a key memory (a draft kept across reloads)', () => {
    it('reuses the key remembered for the same request, and forgets it once recorded', async () => {
      let remembered: IdempotencyKeyRecord | undefined = {
        fingerprint: JSON.stringify(request),
        idempotencyKey: 'key-from-before-the-reload',
      };
      const keys: IdempotencyKeyMemory = {
        get: () => remembered,
        set: (next) => {
          remembered = next;
        },
      };
      const scripted = scriptedTransport({ kind: 'success' });
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
        keys,
      });
      await submission.submit(request);
      expect(scripted.calls[0]?.idempotencyKey).toBe('key-from-before-the-reload');
      expect(remembered).toBeUndefined();
    });

    it('remembers a new key for a request it has not seen', async () => {
      let remembered: IdempotencyKeyRecord | undefined;
      const scripted = scriptedTransport({ kind: 'retryable' });
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
        keys: { get: () => remembered, set: (next) => (remembered = next) },
      });
      await submission.submit(request);
      expect(remembered).toEqual({
        fingerprint: JSON.stringify(request),
        idempotencyKey: scripted.calls[0]?.idempotencyKey,
      });
    });
  });

  describe('when a delivery fails for good', () => {
    it('is not retryable', async () => {
      const scripted = scriptedTransport({ kind: 'final', status: 409 });
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      await submission.submit(request);
      expect(submission.get()).toMatchObject({ status: 'failed', retryable: false });
    });
  });

  describe('when the transport throws something that is not a RightsRequestError', () => {
    it('offers a retry: the draft is still good', async () => {
      const submission = createRightsRequestSubmission({
        client: { submit: () => Promise.reject(new Error('host transport broke')) },
      });
      await submission.submit(request);
      expect(submission.get()).toMatchObject({
        status: 'failed',
        stage: 'delivery',
        retryable: true,
      });
    });
  });

  describe('when it is aborted mid-flight (the form went away)', () => {
    it('ignores the outcome and calls no callback', async () => {
      const scripted = scriptedTransport({ kind: 'slow' });
      const onSubmitted = vi.fn();
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
        onSubmitted,
      });
      const pending = submission.submit(request);
      submission.abort();
      await pending;
      expect(submission.get().status).toBe('sending');
      expect(onSubmitted).not.toHaveBeenCalled();
    });
  });

  describe('given an identity step with a code', () => {
    const withCode = (confirm: IdentityCodeChallenge['confirm']) => {
      const verifyIdentity = vi.fn<VerifyIdentity>(async () => ({
        status: 'code-required',
        sentTo: 's•••@example.com',
        confirm,
      }));
      const scripted = scriptedTransport({ kind: 'success' });
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
        verifyIdentity,
      });
      return { submission, scripted, verifyIdentity };
    };

    it('asks for the code with the identity the request carries, then sends once it is right', async () => {
      const { submission, scripted, verifyIdentity } = withCode(async (code) => code === '123456');
      await submission.submit({ ...request, phone: '+6281234567890' });
      expect(verifyIdentity).toHaveBeenCalledWith({
        name: 'Siti Rahma',
        email: 'siti@example.com',
        phone: '+6281234567890',
        locale: 'id-ID',
        policyId: 'ctt-privacy',
      });
      expect(submission.get()).toEqual({
        status: 'code',
        sentTo: 's•••@example.com',
        checking: false,
        wrongCode: false,
      });
      expect(scripted.calls).toHaveLength(0);

      await submission.confirmCode('000000');
      expect(submission.get()).toMatchObject({ status: 'code', wrongCode: true });
      await submission.confirmCode('123456');
      expect(submission.get().status).toBe('sent');
      expect(scripted.calls).toHaveLength(1);
    });

    it('does not ask again for a retry of a verified request', async () => {
      const verifyIdentity = vi.fn<VerifyIdentity>(async () => ({ status: 'verified' }));
      const scripted = scriptedTransport([{ kind: 'retryable' }, { kind: 'success' }]);
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
        verifyIdentity,
      });
      await submission.submit(request);
      await submission.retry();
      expect(submission.get().status).toBe('sent');
      expect(verifyIdentity).toHaveBeenCalledTimes(1);
    });

    it('goes back to idle with cancelIdentity', async () => {
      const { submission } = withCode(async () => true);
      await submission.submit(request);
      submission.cancelIdentity();
      expect(submission.get()).toEqual({ status: 'idle' });
    });

    it('fails at the identity stage, retryably, when the check cannot run', async () => {
      const submission = createRightsRequestSubmission({
        client: createRightsRequestClient({
          transport: scriptedTransport({ kind: 'success' }).transport,
        }),
        verifyIdentity: () => Promise.reject(new Error('the host is down')),
      });
      await submission.submit(request);
      expect(submission.get()).toMatchObject({
        status: 'failed',
        stage: 'identity',
        retryable: true,
      });
    });
  });

  it('tells subscribers each state, in order, with the state itself', async () => {
    const scripted = scriptedTransport({ kind: 'success' });
    const submission = createRightsRequestSubmission({
      client: createRightsRequestClient({ transport: scripted.transport }),
    });
    const seen: string[] = [];
    submission.subscribe((state) => seen.push(state.status));
    await submission.submit(request);
    submission.reset();
    expect(seen).toEqual(['sending', 'sent', 'idle']);
  });

  it('calls the latest onSubmitted after setOptions', async () => {
    const scripted = scriptedTransport({ kind: 'success' });
    const client = createRightsRequestClient({ transport: scripted.transport });
    const first = vi.fn();
    const latest = vi.fn();
    const submission = createRightsRequestSubmission({ client, onSubmitted: first });
    submission.setOptions({ client, onSubmitted: latest });
    await submission.submit(request);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(expect.objectContaining({ reference: expect.any(String) }));
  });
});
