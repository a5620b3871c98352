import { useId, useState, type Ref } from 'react';
import {
  INBOX_NOTE_MAX_LENGTH,
  REJECTION_REASONS,
  inboxRowClock,
  rightLabel,
  transitionInputIssues,
  type InboxRequestDetail,
  type RejectionReason,
  type RequestEvent,
  type RequestStatus,
  type TransitionInputIssue,
} from '@policykit/sdk';
import { Heading } from '../shared/heading';
import type { InboxFormat } from './inbox-format';
import { URGENCY_ICON } from './inbox-row';

export interface InboxMove {
  to?: RequestStatus;
  reason?: RejectionReason;
  note: string;
  public: boolean;
}

interface InboxDetailProps {
  detail: InboxRequestDetail;
  format: InboxFormat;
  headingLevel: number;
  headingRef: Ref<HTMLHeadingElement>;
  now: Date;
  dueSoonWithinHours: number;
  saving: boolean;
  onClose: () => void;
  /** Resolves when the server answered (the pane then shows the request as it is now). */
  onMove: (move: InboxMove) => Promise<boolean>;
}

const ISSUE_KEY = {
  'reason:required': 'inbox.actions.issues.reason',
  'note:required': 'inbox.actions.issues.noteRequired',
  'note:too-long': 'inbox.actions.issues.noteTooLong',
} as const;

/** The request's facts, its history, and its next steps as buttons. */
export function InboxDetail({
  detail,
  format,
  headingLevel,
  headingRef,
  now,
  dueSoonWithinHours,
  saving,
  onClose,
  onMove,
}: InboxDetailProps) {
  const { t } = format;
  const id = useId();
  const [note, setNote] = useState('');
  const [isPublic, setPublic] = useState(false);
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [issues, setIssues] = useState<TransitionInputIssue[]>([]);
  const [noteEmpty, setNoteEmpty] = useState(false);
  const clock = inboxRowClock(detail, { now, dueSoonWithinHours });
  const icon = URGENCY_ICON[clock.urgency];
  const statusName = (status: RequestStatus | undefined) =>
    status ? t(`inbox.statuses.${status}`) : '';

  const submit = async (to: RequestStatus | undefined) => {
    const found = to
      ? transitionInputIssues({ to, ...(reason ? { reason } : {}), note })
      : note.length > INBOX_NOTE_MAX_LENGTH
        ? [{ field: 'note' as const, code: 'too-long' as const }]
        : [];
    setIssues(found);
    setNoteEmpty(!to && !note.trim());
    if (found.length || (!to && !note.trim())) return;
    const done = await onMove({
      ...(to ? { to } : {}),
      ...(to === 'rejected' && reason ? { reason } : {}),
      note,
      public: isPublic,
    });
    if (done) {
      setNote('');
      setPublic(false);
      setReason('');
    }
  };
  const issueOf = (field: 'note' | 'reason') => issues.find((issue) => issue.field === field);
  const noteIssue = issueOf('note');
  const reasonIssue = issueOf('reason');

  return (
    <section className="pk-RightsRequestInbox-detail" aria-labelledby={`${id}title`}>
      <div className="pk-RightsRequestInbox-detailHeader">
        <Heading
          level={headingLevel}
          id={`${id}title`}
          headingRef={headingRef}
          focusable
          className="pk-RightsRequestInbox-detailTitle"
        >
          {detail.reference}: {rightLabel({ id: detail.right }, t).title}
        </Heading>
        <button type="button" className="pk-RightsRequestInbox-secondary" onClick={onClose}>
          {t('inbox.detail.close')}
        </button>
      </div>
      <dl className="pk-RightsRequestInbox-facts">
        <div>
          <dt>{t('inbox.detail.status')}</dt>
          <dd>{statusName(detail.status)}</dd>
        </div>
        <div>
          <dt>{t('inbox.detail.receivedAt')}</dt>
          <dd>
            <time dateTime={detail.receivedAt}>{format.date(detail.receivedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('inbox.detail.dueBy')}</dt>
          <dd>
            {detail.dueBy ? <time dateTime={detail.dueBy}>{format.date(detail.dueBy)}</time> : '—'}{' '}
            <span className="pk-RightsRequestInbox-urgency" data-urgency={clock.urgency}>
              {icon ? <span aria-hidden="true">{icon} </span> : null}
              {t(`inbox.urgency.${clock.urgency}`)}
            </span>
            {clock.hoursLeft === null ? null : <span> {format.hours(clock.hoursLeft)}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('inbox.detail.requester')}</dt>
          <dd>{detail.request.name}</dd>
        </div>
        <div>
          <dt>{t('inbox.detail.email')}</dt>
          <dd>{detail.request.email}</dd>
        </div>
        {detail.request.phone ? (
          <div>
            <dt>{t('inbox.detail.phone')}</dt>
            <dd>{detail.request.phone}</dd>
          </div>
        ) : null}
        {detail.request.details ? (
          <div>
            <dt>{t('inbox.detail.details')}</dt>
            <dd className="pk-RightsRequestInbox-text">{detail.request.details}</dd>
          </div>
        ) : null}
      </dl>

      <Heading level={headingLevel + 1} className="pk-RightsRequestInbox-subtitle">
        {t('inbox.detail.history')}
      </Heading>
      <ol className="pk-RightsRequestInbox-history">
        {detail.history.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <time dateTime={event.at}>{format.date(event.at)}</time>{' '}
            <span>{eventText(event, t, statusName)}</span>{' '}
            <span className="pk-RightsRequestInbox-actor">{actorText(event, t)}</span>
            {event.reason ? (
              <p>{t('inbox.events.reason', { reason: t(`inbox.reasons.${event.reason}`) })}</p>
            ) : null}
            {event.note ? <p className="pk-RightsRequestInbox-text">{event.note}</p> : null}
            {event.note && event.public ? (
              <p className="pk-RightsRequestInbox-public">{t('inbox.events.public')}</p>
            ) : null}
          </li>
        ))}
      </ol>

      <Heading level={headingLevel + 1} className="pk-RightsRequestInbox-subtitle">
        {t('inbox.actions.title')}
      </Heading>
      {detail.allowedTransitions.length === 0 ? <p>{t('inbox.actions.none')}</p> : null}
      <div className="pk-RightsRequestInbox-actions">
        <div className="pk-RightsRequestInbox-field">
          <label htmlFor={`${id}note`}>{t('inbox.actions.note')}</label>
          <p id={`${id}noteHint`} className="pk-RightsRequestInbox-hint">
            {t('inbox.actions.noteHint')}
          </p>
          <textarea
            id={`${id}note`}
            rows={3}
            value={note}
            aria-describedby={`${id}noteHint${noteIssue || noteEmpty ? ` ${id}noteIssue` : ''}`}
            aria-invalid={noteIssue || noteEmpty ? true : undefined}
            onChange={(event) => setNote(event.target.value)}
          />
          {noteIssue || noteEmpty ? (
            <p id={`${id}noteIssue`} className="pk-RightsRequestInbox-issue">
              {noteIssue
                ? t(ISSUE_KEY[`note:${noteIssue.code}`], { max: INBOX_NOTE_MAX_LENGTH })
                : t('inbox.actions.issues.noteEmpty')}
            </p>
          ) : null}
          <label className="pk-RightsRequestInbox-check">
            <input
              type="checkbox"
              checked={isPublic}
              onChange={(event) => setPublic(event.target.checked)}
            />{' '}
            {t('inbox.actions.public')}
          </label>
        </div>
        {detail.allowedTransitions.includes('rejected') ? (
          <div className="pk-RightsRequestInbox-field">
            <label htmlFor={`${id}reason`}>{t('inbox.actions.reason')}</label>
            <select
              id={`${id}reason`}
              value={reason}
              aria-invalid={reasonIssue ? true : undefined}
              aria-describedby={reasonIssue ? `${id}reasonIssue` : undefined}
              onChange={(event) => setReason(event.target.value as RejectionReason | '')}
            >
              <option value="">{t('inbox.actions.chooseReason')}</option>
              {REJECTION_REASONS.map((value) => (
                <option key={value} value={value}>
                  {t(`inbox.reasons.${value}`)}
                </option>
              ))}
            </select>
            {reasonIssue ? (
              <p id={`${id}reasonIssue`} className="pk-RightsRequestInbox-issue">
                {t('inbox.actions.issues.reason')}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="pk-RightsRequestInbox-moves">
          {detail.allowedTransitions.map((to) => (
            <button
              key={to}
              type="button"
              className="pk-RightsRequestInbox-move"
              data-to={to}
              aria-disabled={saving || undefined}
              onClick={() => void (saving ? undefined : submit(to))}
            >
              {t('inbox.actions.move', { status: statusName(to) })}
            </button>
          ))}
          <button
            type="button"
            className="pk-RightsRequestInbox-secondary"
            aria-disabled={saving || undefined}
            onClick={() => void (saving ? undefined : submit(undefined))}
          >
            {t('inbox.actions.addNote')}
          </button>
        </div>
      </div>
    </section>
  );
}

function eventText(
  event: RequestEvent,
  t: InboxFormat['t'],
  statusName: (status: RequestStatus | undefined) => string,
): string {
  if (event.type === 'received') return t('inbox.events.received');
  if (event.type === 'note') return t('inbox.events.note');
  return t('inbox.events.status', { from: statusName(event.from), to: statusName(event.to) });
}

/** Who did it: the DPO's own id (the host's), or the requester, or the system. */
function actorText(event: RequestEvent, t: InboxFormat['t']): string {
  const actor =
    event.actor.kind === 'controller'
      ? (event.actor.id ?? '')
      : event.actor.kind === 'requester'
        ? t('inbox.events.requester')
        : t('inbox.events.system');
  return actor ? t('inbox.events.by', { actor }) : '';
}
