import { describe, expect, it } from 'vitest';
import { acknowledgementAuditRecord } from './acknowledgement-audit';

const record = {
  policyId: 'ctt-privacy',
  version: '2024-06-12',
  locale: 'id-ID',
  acknowledgedAt: '2026-01-02T03:04:05.000Z',
  receiptId: '0b5c7c1e-7a43-4c5e-9a8e-0d5f3f1b2c3d',
};

describe('acknowledgementAuditRecord', () => {
  describe('given a policy acknowledgement', () => {
    it('carries policy, version, language, time and receipt id for the audit log', () => {
      expect(acknowledgementAuditRecord(record)).toEqual({
        type: 'policy.acknowledged',
        ...record,
      });
    });

    it('adds the subject when given', () => {
      expect(acknowledgementAuditRecord(record, { subject: 'user-42' }).subject).toBe('user-42');
    });

    it('survives a JSON round trip unchanged', () => {
      const entry = acknowledgementAuditRecord(record, { subject: 'user-42' });
      expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
    });
  });

  describe('given an upcoming-change notice acknowledgement', () => {
    it('names the policy by its own id and the event as a notice', () => {
      expect(
        acknowledgementAuditRecord({
          ...record,
          policyId: 'ctt-privacy:notice',
          version: '2027-01-01',
        }),
      ).toMatchObject({
        type: 'policy.notice-acknowledged',
        policyId: 'ctt-privacy',
        version: '2027-01-01',
      });
    });
  });
});
