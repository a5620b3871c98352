import { describe, expect, it } from 'vitest';
import { lifecycleRules } from './lifecycle-rules';
import { requestClock } from './request-clock';
import { trackRequest } from './request-history';
import { drpStatus, DPV_REQUEST_STATUS, REQUEST_STATUSES } from './request-status';
import { transitionRequest } from './transition-request';

const dpo = { kind: 'controller' } as const;

describe('requestClock', () => {
  describe('given UU PDP access (Pasal 32(2): 3 × 24 hours)', () => {
    const tracked = trackRequest({
      reference: 'CTT-1',
      right: 'access',
      jurisdiction: 'id-pdp',
      receivedAt: '2026-03-02T09:00:00Z',
    });

    it('counts the hours left to the deadline', () => {
      expect(requestClock(tracked, { now: '2026-03-04T09:00:00Z' })).toEqual({
        dueBy: '2026-03-05T09:00:00.000Z',
        basis: 'law',
        paused: false,
        hoursLeft: 24,
        overdue: false,
        closedAt: null,
        closedLate: false,
      });
    });

    it('is overdue past the deadline, with negative hours left', () => {
      const clock = requestClock(tracked, { now: '2026-03-05T15:00:00Z' });
      expect(clock.overdue).toBe(true);
      expect(clock.hoursLeft).toBe(-6);
    });

    it('stops when the request closes and says whether it closed late', () => {
      const late = transitionRequest(tracked, {
        to: 'fulfilled',
        actor: dpo,
        at: '2026-03-05T10:00:00Z',
      });
      const clock = requestClock(late, { now: '2026-04-01T00:00:00Z' });
      expect(clock).toMatchObject({
        overdue: false,
        hoursLeft: null,
        closedAt: '2026-03-05T10:00:00.000Z',
        closedLate: true,
      });
      const onTime = transitionRequest(tracked, {
        to: 'fulfilled',
        actor: dpo,
        at: '2026-03-04T10:00:00Z',
      });
      expect(requestClock(onTime).closedLate).toBe(false);
    });

    it('does not pause while awaiting the requester unless the host says so', () => {
      const waiting = transitionRequest(tracked, {
        to: 'awaiting-requester',
        actor: dpo,
        at: '2026-03-03T09:00:00Z',
      });
      expect(requestClock(waiting, { now: '2026-03-04T09:00:00Z' }).dueBy).toBe(
        '2026-03-05T09:00:00.000Z',
      );
      const rules = lifecycleRules('id-pdp', { pauseWhileAwaitingRequester: true });
      const paused = requestClock(waiting, { now: '2026-03-04T09:00:00Z', rules });
      expect(paused).toMatchObject({
        paused: true,
        dueBy: '2026-03-06T09:00:00.000Z',
        hoursLeft: 48,
      });
      // The person answered after two days: those two days are added, and the clock runs again.
      const answered = transitionRequest(waiting, {
        to: 'in-progress',
        actor: dpo,
        at: '2026-03-05T09:00:00Z',
      });
      expect(requestClock(answered, { now: '2026-03-06T09:00:00Z', rules })).toMatchObject({
        paused: false,
        dueBy: '2026-03-07T09:00:00.000Z',
        hoursLeft: 24,
      });
    });
  });

  describe('given GDPR erasure (Art. 12(3): one month, extendable by two)', () => {
    const tracked = trackRequest({
      reference: 'EU-1',
      right: 'erasure',
      jurisdiction: 'gdpr',
      receivedAt: '2028-01-31T10:00:00Z',
    });

    it('is due a calendar month later (31 January → 29 February in a leap year)', () => {
      expect(requestClock(tracked).dueBy).toBe('2028-02-29T10:00:00.000Z');
    });

    it('is due two further months later once extended', () => {
      const extended = transitionRequest(tracked, {
        to: 'extended',
        actor: dpo,
        at: '2028-02-10T10:00:00Z',
        note: 'Backups in two regions',
      });
      expect(requestClock(extended)).toMatchObject({
        basis: 'extension',
        dueBy: '2028-04-29T10:00:00.000Z',
      });
    });

    it('uses the controller’s zone for the calendar', () => {
      const rules = lifecycleRules('gdpr', { timeZone: 'Europe/Berlin' });
      const march = trackRequest({ ...tracked, receivedAt: '2028-03-01T09:00:00Z' });
      // 10:00 in Berlin (CET) on 1 March → 10:00 in Berlin (CEST) on 1 April = 08:00 UTC.
      expect(requestClock(march, { rules }).dueBy).toBe('2028-04-01T08:00:00.000Z');
    });
  });

  it('has no deadline where the law fixes none (UU PDP erasure)', () => {
    const tracked = trackRequest({
      reference: 'CTT-2',
      right: 'erasure',
      jurisdiction: 'id-pdp',
      receivedAt: '2026-03-02T09:00:00Z',
    });
    expect(requestClock(tracked)).toMatchObject({
      dueBy: null,
      basis: null,
      hoursLeft: null,
      overdue: false,
    });
  });
});

describe('the standard vocabularies', () => {
  it('map every status to a Data Rights Protocol status and a DPV concept', () => {
    for (const status of REQUEST_STATUSES) {
      expect(['in_progress', 'fulfilled', 'denied', 'revoked']).toContain(drpStatus(status).status);
      expect(DPV_REQUEST_STATUS[status]).toMatch(/^dpv:Request[A-Z]\w+$/);
    }
    expect(drpStatus('rejected', 'insufficient-verification')).toEqual({
      status: 'denied',
      reason: 'insuf_verification',
    });
    expect(drpStatus('awaiting-requester')).toEqual({
      status: 'in_progress',
      reason: 'need_user_verification',
    });
  });
});
