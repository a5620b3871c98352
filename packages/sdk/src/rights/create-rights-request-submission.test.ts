import { describe, expect, it, vi } from 'vitest';
import { createRightsRequestClient, type RightsRequest } from '@policykit/sdk';
import { scriptedTransport } from '../../../../stories/support/scripted-transport';
import { createSubmission } from './submission-machine';

const request: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.com',
  locale: 'id-ID',
};

describe('given a submission machine', () => {
  describe('when submit is called twice in the same tick', () => {
    it('sends once: the first call is already busy before it awaits anything', async () => {
      const scripted = scriptedTransport({ kind: 'success' });
      const submission = createSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      const first = submission.submit(request, 'key-1');
      const second = submission.submit(request, 'key-2');
      expect(submission.get().status).toBe('sending');
      await Promise.all([first, second]);
      expect(scripted.calls.map((call) => call.idempotencyKey)).toEqual(['key-1']);
      expect(submission.get().status).toBe('sent');
    });
  });

  describe('when a delivery fails retryably', () => {
    it('retries with the same request and key', async () => {
      const scripted = scriptedTransport([{ kind: 'retryable' }, { kind: 'success' }]);
      const submission = createSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      await submission.submit(request, 'key-1');
      expect(submission.get()).toMatchObject({
        status: 'failed',
        stage: 'delivery',
        retryable: true,
      });
      await submission.retry();
      expect(submission.get().status).toBe('sent');
      expect(scripted.calls.map((call) => call.idempotencyKey)).toEqual(['key-1', 'key-1']);
    });
  });

  describe('when a delivery fails for good', () => {
    it('is not retryable', async () => {
      const scripted = scriptedTransport({ kind: 'final', status: 409 });
      const submission = createSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
      });
      await submission.submit(request, 'key-1');
      expect(submission.get()).toMatchObject({ status: 'failed', retryable: false });
    });
  });

  describe('when it is aborted mid-flight (the form unmounted)', () => {
    it('ignores the outcome and calls no callback', async () => {
      const scripted = scriptedTransport({ kind: 'slow' });
      const onSubmitted = vi.fn();
      const submission = createSubmission({
        client: createRightsRequestClient({ transport: scripted.transport }),
        onSubmitted,
      });
      const pending = submission.submit(request, 'key-1');
      submission.abort();
      await pending;
      expect(submission.get().status).toBe('sending');
      expect(onSubmitted).not.toHaveBeenCalled();
    });
  });

  it('notifies subscribers of each state, in order', async () => {
    const scripted = scriptedTransport({ kind: 'success' });
    const submission = createSubmission({
      client: createRightsRequestClient({ transport: scripted.transport }),
    });
    const seen: string[] = [];
    submission.subscribe(() => seen.push(submission.get().status));
    await submission.submit(request, 'key-1');
    submission.reset();
    expect(seen).toEqual(['sending', 'sent', 'idle']);
  });
});
