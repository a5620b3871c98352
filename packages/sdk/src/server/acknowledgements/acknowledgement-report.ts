import type { AcknowledgementChannel } from '../../acknowledgements/acknowledgement-receipt';
import { toCsv } from '../admin/csv';
import type {
  AcknowledgementRecordStore,
  StoredAcknowledgement,
} from './acknowledgement-record-store';

/** One person's acknowledgement of a version: their first, which is when they were told. */
export interface AcknowledgedSubject {
  subjectId: string;
  recordId: string;
  /** By the server's clock. */
  acknowledgedAt: string;
  locale: string;
  channel: AcknowledgementChannel;
  documentSha256: string;
}

/** For the DPO: who acknowledged one policy version, and when; counts by locale and channel. */
export interface AcknowledgementReport {
  policyId: string;
  version: string;
  /** People who acknowledged (each once, at their first acknowledgement), oldest first. */
  subjects: AcknowledgedSubject[];
  /** Acknowledgements counted per person (one each), by the locale shown. */
  byLocale: Record<string, number>;
  /** Acknowledgements counted per person, by channel. */
  byChannel: Partial<Record<AcknowledgementChannel, number>>;
  /** People shown the notice of this version (`delivered`), acknowledged or not. */
  delivered: number;
}

/** The first record of each subject, in order. */
function firstPerSubject(records: readonly StoredAcknowledgement[]): StoredAcknowledgement[] {
  const seen = new Set<string>();
  return records.filter((r) => !seen.has(r.record.subjectId) && seen.add(r.record.subjectId));
}

/**
 * Per policy version: who acknowledged and when, and counts by locale and by channel — what a
 * DPO shows an auditor (UU PDP Pasal 21(2) asks that people be told before a change; this is
 * the record that they were). Each person counts once, at their first acknowledgement.
 *
 * @example
 * const report = await acknowledgementReport(store, { policyId: 'ctt-privacy', version: '2024-06-12' });
 * report.byLocale; // { 'id-ID': 812, 'en-US': 94 }
 */
export async function acknowledgementReport(
  store: AcknowledgementRecordStore,
  query: { policyId: string; version: string },
): Promise<AcknowledgementReport> {
  const [acknowledged, delivered] = await Promise.all([
    store.query({ ...query, event: 'acknowledged' }),
    store.query({ ...query, event: 'delivered' }),
  ]);
  const subjects = firstPerSubject(acknowledged).map(({ record }): AcknowledgedSubject => ({
    subjectId: record.subjectId,
    recordId: record.recordId,
    acknowledgedAt: record.recordedAt,
    locale: record.locale,
    channel: record.channel,
    documentSha256: record.documentSha256,
  }));
  const byLocale: Record<string, number> = {};
  const byChannel: Partial<Record<AcknowledgementChannel, number>> = {};
  for (const s of subjects) {
    byLocale[s.locale] = (byLocale[s.locale] ?? 0) + 1;
    byChannel[s.channel] = (byChannel[s.channel] ?? 0) + 1;
  }
  return {
    policyId: query.policyId,
    version: query.version,
    subjects,
    byLocale,
    byChannel,
    delivered: new Set(delivered.map((r) => r.record.subjectId)).size,
  };
}

/**
 * The report's people as CSV for a spreadsheet: UTF-8 with a BOM, CRLF, and cells a
 * spreadsheet would run as a formula prefixed with `'` (the rights inbox's `toCsv`). The
 * subject ids are the host's own; the file is personal data — keep it like the store.
 *
 * @example
 * new Response(acknowledgementReportCsv(report), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
 */
export function acknowledgementReportCsv(report: AcknowledgementReport): string {
  return toCsv([
    [
      'policy_id',
      'version',
      'subject_id',
      'acknowledged_at',
      'locale',
      'channel',
      'record_id',
      'document_sha256',
    ],
    ...report.subjects.map((s) => [
      report.policyId,
      report.version,
      s.subjectId,
      s.acknowledgedAt,
      s.locale,
      s.channel,
      s.recordId,
      s.documentSha256,
    ]),
  ]);
}

/**
 * Which of `subjectIds` have not acknowledged `version` of `policyId` — for a host's reminder
 * job, in the order given, each once. Only acknowledgements count: being shown a notice
 * (`delivered`) is not acknowledging it.
 *
 * @example
 * const remind = await notAcknowledged(store, { policyId: 'ctt-privacy', version: '2024-06-12', subjectIds });
 */
export async function notAcknowledged(
  store: AcknowledgementRecordStore,
  query: { policyId: string; version: string; subjectIds: readonly string[] },
): Promise<string[]> {
  const wanted = [...new Set(query.subjectIds)];
  if (wanted.length === 0) return [];
  const done = await store.query({
    policyId: query.policyId,
    version: query.version,
    event: 'acknowledged',
    subjectIds: wanted,
  });
  const acknowledged = new Set(done.map((r) => r.record.subjectId));
  return wanted.filter((id) => !acknowledged.has(id));
}
