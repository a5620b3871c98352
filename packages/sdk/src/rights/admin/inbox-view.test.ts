// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { InboxRow } from './inbox-types';
import { inboxRowClock, inboxView, wholeHoursLeft } from './inbox-view';
import { transitionInputIssues } from './transition-input';

const NOW = '2026-03-05T00:00:00.000Z';
const row = (reference: string, fields: Partial<InboxRow> = {}): InboxRow => ({
  reference,
  right: 'access',
  status: 'received',
  version: 1,
  receivedAt: '2026-03-02T00:00:00.000Z',
  dueBy: '2026-03-05T00:00:00.000Z',
  hoursLeft: 0,
  overdue: false,
  paused: false,
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
  locale: 'id-ID',
  ...fields,
});

const rows: InboxRow[] = [
  row('CTT-2026-000004', { dueBy: '2026-03-06T12:00:00.000Z' }), // 36 h left: on time
  row('CTT-2026-000001', { dueBy: '2026-03-04T22:00:00.000Z' }), // 2 h late: overdue
  row('CTT-2026-000003', { dueBy: '2026-03-05T10:00:00.000Z', right: 'erasure' }), // 10 h: due soon
  row('CTT-2026-000002', { status: 'fulfilled', dueBy: '2026-03-03T00:00:00.000Z' }), // closed
  row('BTN-2026-000009', { dueBy: null, right: 'portability', email: 'Budi@Example.co.id' }),
  row('CTT-2026-000005', { status: 'awaiting-requester', paused: true, dueBy: null }),
];

describe('inboxView', () => {
  it('reads every clock at `now` and counts the urgencies of the whole list', () => {
    const view = inboxView(rows, {}, { now: NOW });
    const by = Object.fromEntries(view.rows.map((v) => [v.row.reference, v]));
    expect(by['CTT-2026-000001']).toMatchObject({ urgency: 'overdue', hoursLeft: -2 });
    expect(by['CTT-2026-000003']).toMatchObject({ urgency: 'due-soon', hoursLeft: 10 });
    expect(by['CTT-2026-000004']).toMatchObject({ urgency: 'on-time', hoursLeft: 36 });
    expect(by['CTT-2026-000002']).toMatchObject({ urgency: 'closed', hoursLeft: null });
    expect(by['BTN-2026-000009']).toMatchObject({ urgency: 'no-deadline', hoursLeft: null });
    expect(by['CTT-2026-000005']).toMatchObject({ urgency: 'paused', hoursLeft: null });
    expect(view.counts).toEqual({
      overdue: 1,
      'due-soon': 1,
      'on-time': 1,
      paused: 1,
      'no-deadline': 1,
      closed: 1,
    });
  });

  it("ignores the server's stale hoursLeft and overdue: a page left open still turns overdue", () => {
    const stale = row('CTT-2026-000007', {
      hoursLeft: 30,
      overdue: false,
      dueBy: '2026-03-04T23:00:00.000Z',
    });
    expect(inboxRowClock(stale, { now: NOW })).toEqual({ hoursLeft: -1, urgency: 'overdue' });
  });

  it('sorts by due date soonest first with no deadline last, ties by reference; desc and received too', () => {
    const due = inboxView(rows, {}, { now: NOW }).rows.map((v) => v.row.reference);
    expect(due).toEqual([
      'CTT-2026-000002',
      'CTT-2026-000001',
      'CTT-2026-000003',
      'CTT-2026-000004',
      'BTN-2026-000009',
      'CTT-2026-000005',
    ]);
    const desc = inboxView(rows, { due: 'open' }, { now: NOW, order: 'desc' }).rows.map(
      (v) => v.row.reference,
    );
    expect(desc).toEqual([
      'CTT-2026-000004',
      'CTT-2026-000003',
      'CTT-2026-000001',
      'CTT-2026-000005',
      'BTN-2026-000009',
    ]);
    const received = inboxView(
      [
        row('A-2', { receivedAt: '2026-03-02T00:00:00Z' }),
        row('A-1', { receivedAt: '2026-03-03T00:00:00Z' }),
      ],
      {},
      { now: NOW, sort: 'received', order: 'desc' },
    ).rows.map((v) => v.row.reference);
    expect(received).toEqual(['A-1', 'A-2']);
  });

  it('filters by status, right, clock and search as the handler does (reference start, whole e-mail)', () => {
    const refs = (filter: Parameters<typeof inboxView>[1], within?: number) =>
      inboxView(rows, filter, { now: NOW, dueSoonWithinHours: within }).rows.map(
        (v) => v.row.reference,
      );
    expect(refs({ due: 'overdue' })).toEqual(['CTT-2026-000001']);
    expect(refs({ due: 'due-soon' })).toEqual(['CTT-2026-000003']);
    expect(refs({ due: 'due-soon' }, 48)).toEqual(['CTT-2026-000003', 'CTT-2026-000004']);
    expect(refs({ status: ['fulfilled', 'awaiting-requester'] })).toEqual([
      'CTT-2026-000002',
      'CTT-2026-000005',
    ]);
    expect(refs({ right: ['erasure', 'portability'] })).toEqual([
      'CTT-2026-000003',
      'BTN-2026-000009',
    ]);
    expect(refs({ search: '  btn-2026 ' })).toEqual(['BTN-2026-000009']);
    expect(refs({ search: 'budi@example.CO.ID' })).toEqual(['BTN-2026-000009']);
    // Part of an e-mail finds nothing: the handler matches a whole address (a blind index can do no more).
    expect(refs({ search: 'budi' })).toEqual([]);
    expect(refs({ status: [], right: [], search: '' })).toHaveLength(rows.length);
  });

  it('names the bad option in a RangeError', () => {
    expect(() => inboxView(rows, {}, { now: 'yesterday' })).toThrow(
      /inboxView: now is not a valid date/,
    );
    expect(() => inboxView(rows, {}, { now: NOW, dueSoonWithinHours: -1 })).toThrow(
      /dueSoonWithinHours/,
    );
  });
});

describe('wholeHoursLeft', () => {
  it('rounds time left down and time overdue up', () => {
    expect(wholeHoursLeft(3.7)).toEqual({ direction: 'left', hours: 3 });
    expect(wholeHoursLeft(0)).toEqual({ direction: 'left', hours: 0 });
    expect(wholeHoursLeft(-0.2)).toEqual({ direction: 'overdue', hours: 1 });
    expect(wholeHoursLeft(-26)).toEqual({ direction: 'overdue', hours: 26 });
  });
});

describe('transitionInputIssues', () => {
  it('asks a rejection for its reason and an extension for its reasons in the note', () => {
    expect(transitionInputIssues({ to: 'rejected' })).toEqual([
      { field: 'reason', code: 'required' },
    ]);
    expect(transitionInputIssues({ to: 'rejected', reason: 'no-match' })).toEqual([]);
    expect(transitionInputIssues({ to: 'extended', note: '   ' })).toEqual([
      { field: 'note', code: 'required' },
    ]);
    expect(transitionInputIssues({ to: 'in-progress', note: 'x'.repeat(4001) })).toEqual([
      { field: 'note', code: 'too-long' },
    ]);
    expect(transitionInputIssues({ to: 'fulfilled' })).toEqual([]);
  });
});
