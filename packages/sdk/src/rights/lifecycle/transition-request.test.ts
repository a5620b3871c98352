import { describe, expect, it } from 'vitest';
import { lifecycleRules } from './lifecycle-rules';
import { trackRequest } from './request-history';
import { REQUEST_STATUSES, isFinalRequestStatus } from './request-status';
import { RequestTransitionError } from './request-transition-error';
import { addRequestNote, allowedTransitions, transitionRequest } from './transition-request';

const dpo = { kind: 'controller', id: 'dpo@ctt.id' } as const;
const received = (jurisdiction: 'gdpr' | 'id-pdp' = 'id-pdp') =>
  trackRequest({
    reference: 'CTT-2026-000123',
    right: 'access',
    jurisdiction,
    receivedAt: '2026-03-02T09:00:00Z',
  });

function refusal(run: () => unknown): RequestTransitionError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestTransitionError) return error;
    throw error;
  }
  throw new Error('the move was allowed');
}

describe('trackRequest', () => {
  it('opens the history with the receipt', () => {
    const tracked = received();
    expect(tracked.status).toBe('received');
    expect(tracked.history).toEqual([
      {
        at: '2026-03-02T09:00:00.000Z',
        actor: { kind: 'system' },
        type: 'received',
        to: 'received',
      },
    ]);
  });

  it('refuses an unreadable receipt time', () => {
    expect(() =>
      trackRequest({ reference: 'X', right: 'access', jurisdiction: 'gdpr', receivedAt: 'soon' }),
    ).toThrow(/receivedAt "soon"/);
  });
});

describe('transitionRequest', () => {
  it('moves the request and appends who, when, from and to — leaving the old one as it was', () => {
    const before = received();
    const after = transitionRequest(before, {
      to: 'in-progress',
      actor: dpo,
      at: '2026-03-02T10:00:00Z',
      note: 'Identity matches the account',
    });
    expect(after.status).toBe('in-progress');
    expect(after.history.at(-1)).toEqual({
      at: '2026-03-02T10:00:00.000Z',
      actor: dpo,
      type: 'status',
      from: 'received',
      to: 'in-progress',
      note: 'Identity matches the account',
    });
    expect(before.status).toBe('received');
    expect(before.history).toHaveLength(1);
  });

  it('walks a whole request through to fulfilled', () => {
    let tracked = received();
    for (const to of ['verifying', 'awaiting-requester', 'in-progress', 'fulfilled'] as const) {
      tracked = transitionRequest(tracked, { to, actor: dpo, at: '2026-03-03T00:00:00Z' });
    }
    expect(tracked.history.map((event) => event.to)).toEqual([
      'received',
      'verifying',
      'awaiting-requester',
      'in-progress',
      'fulfilled',
    ]);
  });

  it('never moves a final request', () => {
    for (const final of ['fulfilled', 'rejected', 'withdrawn'] as const) {
      const closed = transitionRequest(received(), { to: final, actor: dpo, reason: 'no-match' });
      expect(isFinalRequestStatus(closed.status)).toBe(true);
      const error = refusal(() => transitionRequest(closed, { to: 'in-progress', actor: dpo }));
      expect(error.code).toBe('final');
      expect(error.from).toBe(final);
    }
  });

  it('refuses a move the lifecycle has no edge for', () => {
    const waiting = transitionRequest(received(), { to: 'awaiting-requester', actor: dpo });
    const error = refusal(() => transitionRequest(waiting, { to: 'fulfilled', actor: dpo }));
    expect(error).toMatchObject({
      code: 'not-allowed',
      from: 'awaiting-requester',
      to: 'fulfilled',
    });
    expect(error.message).toMatch(/awaiting-requester to fulfilled/);
  });

  it('refuses a rejection without a reason and keeps the reason given', () => {
    expect(refusal(() => transitionRequest(received(), { to: 'rejected', actor: dpo })).code).toBe(
      'reason-required',
    );
    const rejected = transitionRequest(received(), {
      to: 'rejected',
      actor: dpo,
      reason: 'legal-exemption',
      note: 'Pasal 33: would disclose another person’s data',
    });
    expect(rejected.history.at(-1)).toMatchObject({ reason: 'legal-exemption' });
  });

  it('refuses a move dated before the last event', () => {
    const error = refusal(() =>
      transitionRequest(received(), { to: 'verifying', actor: dpo, at: '2026-03-01T00:00:00Z' }),
    );
    expect(error.code).toBe('out-of-order');
  });

  describe('given GDPR (Art. 12(3): two further months, told within one month with reasons)', () => {
    it('extends once, with its reasons, within the first month', () => {
      const extended = transitionRequest(received('gdpr'), {
        to: 'extended',
        actor: dpo,
        at: '2026-03-20T09:00:00Z',
        note: 'Records in three systems',
      });
      expect(extended.status).toBe('extended');
      const back = transitionRequest(extended, {
        to: 'in-progress',
        actor: dpo,
        at: '2026-03-21T00:00:00Z',
      });
      expect(
        refusal(() => transitionRequest(back, { to: 'extended', actor: dpo, note: 'again' })).code,
      ).toBe('already-extended');
      expect(allowedTransitions(back)).not.toContain('extended');
    });

    it('refuses an extension without reasons', () => {
      const error = refusal(() =>
        transitionRequest(received('gdpr'), { to: 'extended', actor: dpo, note: '  ' }),
      );
      expect(error.code).toBe('reason-required');
      expect(error.message).toMatch(/Art\. 12\(3\)/);
    });

    it('refuses an extension told after the first month', () => {
      const error = refusal(() =>
        transitionRequest(received('gdpr'), {
          to: 'extended',
          actor: dpo,
          at: '2026-04-02T09:00:01Z',
          note: 'Late',
        }),
      );
      expect(error.code).toBe('extension-too-late');
      expect(error.message).toMatch(/2026-04-02T09:00:00/);
    });
  });

  describe('given UU PDP (no extension provision found)', () => {
    it('offers no extension and refuses one', () => {
      expect(allowedTransitions(received('id-pdp'))).not.toContain('extended');
      const error = refusal(() =>
        transitionRequest(received('id-pdp'), { to: 'extended', actor: dpo, note: 'busy' }),
      );
      expect(error.code).toBe('no-extension');
    });

    it('takes an extension the host’s own rules provide', () => {
      const rules = lifecycleRules('id-pdp', {
        extension: { by: { hours: 48 }, source: 'CTT service policy §4' },
      });
      expect(allowedTransitions(received('id-pdp'), rules)).toContain('extended');
      const extended = transitionRequest(
        received('id-pdp'),
        { to: 'extended', actor: dpo, note: 'Archive retrieval' },
        rules,
      );
      expect(extended.status).toBe('extended');
    });
  });

  it('offers from every open status exactly the moves it allows', () => {
    for (const status of REQUEST_STATUSES) {
      if (isFinalRequestStatus(status)) continue;
      const tracked = { ...received('gdpr'), status };
      for (const to of REQUEST_STATUSES) {
        const offered = allowedTransitions(tracked).includes(to);
        let allowed = true;
        try {
          transitionRequest(tracked, {
            to,
            actor: dpo,
            reason: 'other',
            note: 'n',
            at: '2026-03-03T00:00:00Z',
          });
        } catch {
          allowed = false;
        }
        expect({ status, to, offered }).toEqual({ status, to, offered: allowed });
      }
    }
  });
});

describe('addRequestNote', () => {
  it('adds words to the history without moving the request, even when closed', () => {
    const closed = transitionRequest(received(), { to: 'fulfilled', actor: dpo });
    const noted = addRequestNote(closed, { actor: dpo, note: 'Copy sent by registered mail' });
    expect(noted.status).toBe('fulfilled');
    expect(noted.history.at(-1)).toMatchObject({
      type: 'note',
      note: 'Copy sent by registered mail',
    });
    expect(() => addRequestNote(closed, { actor: dpo, note: ' ' })).toThrow(/needs some text/);
  });
});
