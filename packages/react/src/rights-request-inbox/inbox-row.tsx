import { memo } from 'react';
import { rightLabel, wholeHoursLeft, type InboxRow, type InboxUrgency } from '@policykit/sdk';
import type { InboxFormat } from './inbox-format';

/** The mark before an urgency's words: a shape as well as a colour, so neither alone carries it. */
export const URGENCY_ICON: Partial<Record<InboxUrgency, string>> = {
  overdue: '⚠',
  'due-soon': '⏱',
  paused: '⏸',
};

interface InboxTableRowProps {
  row: InboxRow;
  hoursLeft: number | null;
  urgency: InboxUrgency;
  selected: boolean;
  format: InboxFormat;
  onOpen: (reference: string) => void;
  buttonRef: (reference: string, element: HTMLButtonElement | null) => void;
}

/**
 * One request in the table. Memoised on its props: filtering the list re-renders only the
 * table body's order, never the rows that stay (see bench/inbox).
 */
export const InboxTableRow = memo(function InboxTableRow({
  row,
  hoursLeft,
  urgency,
  selected,
  format,
  onOpen,
  buttonRef,
}: InboxTableRowProps) {
  const { t } = format;
  const icon = URGENCY_ICON[urgency];
  return (
    <tr data-urgency={urgency} aria-selected={selected || undefined}>
      <th scope="row" className="pk-RightsRequestInbox-reference">
        <button
          type="button"
          ref={(element) => buttonRef(row.reference, element)}
          onClick={() => onOpen(row.reference)}
          aria-label={t('inbox.detail.open', { reference: row.reference })}
        >
          {row.reference}
        </button>
      </th>
      <td>{rightLabel({ id: row.right }, t).title}</td>
      <td>{t(`inbox.statuses.${row.status}`)}</td>
      <td>
        <time dateTime={row.receivedAt}>{format.date(row.receivedAt)}</time>
      </td>
      <td>{row.dueBy ? <time dateTime={row.dueBy}>{format.date(row.dueBy)}</time> : '—'}</td>
      <td className="pk-RightsRequestInbox-hours">
        <span className="pk-RightsRequestInbox-urgency" data-urgency={urgency}>
          {icon ? <span aria-hidden="true">{icon} </span> : null}
          {t(`inbox.urgency.${urgency}`)}
        </span>
        {hoursLeft === null ? null : <span> {format.hours(hoursLeft)}</span>}
      </td>
    </tr>
  );
});

/** The words for hours left: "26 hours overdue", "tersisa 3 jam". */
export function hoursText(
  hoursLeft: number,
  t: InboxFormat['t'],
  hourFormat: Intl.NumberFormat,
): string {
  const { direction, hours } = wholeHoursLeft(hoursLeft);
  return t(`inbox.hours.${direction}`, { time: hourFormat.format(hours) });
}
