import { rightsStatusStrings } from '../../i18n/strings-rights-status';
import { uiLanguageFor } from '../../i18n/ui-language';
import type { RequestClock } from '../../rights/lifecycle/request-clock';
import { drpStatus, isFinalRequestStatus } from '../../rights/lifecycle/request-status';
import type {
  RightsRequestStatusEvent,
  RightsRequestStatusReply,
} from '../../rights/rights-request-status';
import { lifecycleOf } from '../lifecycle/stored-lifecycle';
import type { StoredRightsRequest } from '../rights-request-store';

/**
 * The public face of a stored request (see `RightsRequestStatusReply`): built field by field
 * from the lifecycle, so nothing of `record.request` (name, e-mail, phone, details) can reach
 * it, nor a DPO's id or private notes.
 */
export function statusReplyOf(
  record: StoredRightsRequest,
  clock: RequestClock,
  locale: string | null | undefined,
): RightsRequestStatusReply {
  const language = uiLanguageFor(locale ?? record.request.locale);
  const text = rightsStatusStrings[language];
  const lifecycle = lifecycleOf(record);
  const statusLabel = (status: keyof typeof text.statuses) => text.statuses[status];
  const history: RightsRequestStatusEvent[] = [];
  let reason: RightsRequestStatusReply['reason'];
  for (const event of lifecycle.history) {
    const note = event.public && event.note ? { note: event.note } : {};
    if (event.type === 'received') {
      history.push({
        kind: 'received',
        at: event.at,
        status: 'received',
        label: text.events.received,
        ...note,
      });
    } else if (event.type === 'status' && event.to) {
      const label = text.events.status.replace('{{status}}', statusLabel(event.to));
      history.push({ kind: 'status', at: event.at, status: event.to, label, ...note });
      if (event.to === 'rejected') reason = event.reason ?? 'other';
    } else if (event.type === 'note' && event.public && event.note) {
      history.push({ kind: 'note', at: event.at, label: text.events.note, note: event.note });
    }
  }
  const status = lifecycle.status;
  return {
    reference: record.receipt.reference,
    right: record.receipt.right,
    status,
    status_label: statusLabel(status),
    drp_status: drpStatus(status).status,
    ...(status === 'rejected' && reason ? { reason, reason_label: text.reasons[reason] } : {}),
    received_at: new Date(record.receipt.submittedAt).toISOString(),
    expected_by: clock.dueBy,
    closed: isFinalRequestStatus(status),
    language,
    history,
  };
}
