import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  REQUEST_STATUSES,
  RightsRequestAdminError,
  commonStrings,
  inboxView,
  rightLabel,
  rightsInboxStrings,
  type InboxDueFilter,
  type InboxRequestDetail,
  type InboxRow,
  type RequestStatus,
  type RightId,
  type RightsRequestAdminClient,
} from '@policykit/sdk';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';
import { Heading } from '../shared/heading';
import type { HeadingLevel } from '../shared/heading-level';
import { dateFormatter, hourFormatter, type InboxFormat } from './inbox-format';
import { InboxDetail, type InboxMove } from './inbox-detail';
import { InboxTableRow, hoursText } from './inbox-row';

export interface RightsRequestInboxProps {
  /** The SDK's `createRightsRequestAdminClient({ endpoint })` for the host's admin handler. */
  client: RightsRequestAdminClient;
  /**
   * IANA zone the dates are shown in: the controller's (`Asia/Jakarta` WIB, `Asia/Makassar`
   * WITA, `Asia/Jayapura` WIT). Default: the browser's.
   */
  timeZone?: string;
  /** Hours before the reply-by instant a request counts as due soon. Default 24. */
  dueSoonWithinHours?: number;
  /** A fixed instant to read the clocks at (stories, tests); default the current time, read every minute. */
  now?: Date;
  /** Level of the component's heading (2–6; default 2). */
  headingLevel?: HeadingLevel;
  /** The most requests loaded (in pages of 500). Default 5000. */
  maxRows?: number;
}

type SortChoice = 'due' | 'due-desc' | 'received';

const AREAS = [commonStrings, rightsInboxStrings];
const RIGHTS: RightId[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'automated-decision',
];

const ERROR_KEY = (code: string) =>
  code === 'unauthorized'
    ? 'inbox.errors.unauthorized'
    : code === 'forbidden'
      ? 'inbox.errors.forbidden'
      : code === 'not-found'
        ? 'inbox.errors.notFound'
        : code === 'version-conflict'
          ? 'inbox.errors.conflict'
          : [
                'final',
                'not-allowed',
                'reason-required',
                'no-extension',
                'extension-too-late',
                'already-extended',
                'out-of-order',
              ].includes(code)
            ? 'inbox.errors.refused'
            : 'inbox.errors.unavailable';

/**
 * The DPO's inbox: every rights request in a table (reference, right, status, received, reply
 * by, hours left), overdue and due-soon requests marked in words and an icon (not by colour
 * alone), filters, and a detail pane with the history and the moves the lifecycle allows.
 * All policy logic is the SDK's (`inboxView`, `transitionInputIssues`; the server's
 * `allowedTransitions`); this component loads through the SDK's admin client and renders.
 *
 * Keyboard and screen reader: the filters are ordinary fields; the filtered count is announced
 * in a polite live region; opening a request moves focus to the pane's heading, closing it
 * back to the request's row.
 *
 * @example
 * const client = createRightsRequestAdminClient({ endpoint: '/admin/rights-requests' });
 * <RightsRequestInbox client={client} timeZone="Asia/Jakarta" />
 */
export function RightsRequestInbox({
  client,
  timeZone,
  dueSoonWithinHours = 24,
  now: fixedNow,
  headingLevel = 2,
  maxRows = 5000,
}: RightsRequestInboxProps) {
  const { t, locale } = usePolicyKitTranslation(undefined, AREAS);
  const id = useId();
  const [rows, setRows] = useState<InboxRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [right, setRight] = useState<RightId | ''>('');
  const [due, setDue] = useState<InboxDueFilter>('open');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortChoice>('due');
  const [detail, setDetail] = useState<InboxRequestDetail | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState('');
  const [tick, setTick] = useState(() => Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);
  const focusDetail = useRef(false);

  // The clocks move while the page is open: hours left are read again every minute.
  useEffect(() => {
    if (fixedNow) return;
    const timer = setInterval(() => setTick(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [fixedNow]);
  const now = useMemo(() => fixedNow ?? new Date(tick), [fixedNow, tick]);

  const load = useCallback(async () => {
    setError(null);
    try {
      const all: InboxRow[] = [];
      for (let offset: number | null = 0; offset !== null && all.length < maxRows;) {
        const page = await client.list({ sort: 'due', limit: 500, offset });
        all.push(...page.items);
        offset = page.nextOffset;
      }
      setRows(all);
    } catch (caught) {
      setError(ERROR_KEY(caught instanceof RightsRequestAdminError ? caught.code : 'unavailable'));
      setRows((current) => current ?? []);
    }
  }, [client, maxRows]);

  useEffect(() => {
    // Loading is the effect's purpose: the list comes from the server after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const format = useMemo<InboxFormat>(() => {
    const dates = dateFormatter(locale, timeZone);
    const hours = hourFormatter(locale);
    return {
      t,
      date: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dates.format(date);
      },
      hours: (left) => hoursText(left, t, hours),
    };
  }, [locale, timeZone, t]);

  const view = useMemo(
    () =>
      inboxView(
        rows ?? [],
        {
          ...(status ? { status: [status] } : {}),
          ...(right ? { right: [right] } : {}),
          due,
          search,
        },
        {
          now,
          dueSoonWithinHours,
          sort: sort === 'received' ? 'received' : 'due',
          order: sort === 'due' ? 'asc' : 'desc',
        },
      ),
    [rows, status, right, due, search, sort, now, dueSoonWithinHours],
  );

  const open = useCallback(
    async (reference: string) => {
      returnTo.current = reference;
      setError(null);
      try {
        const found = await client.get(reference);
        focusDetail.current = true;
        setDetail(found);
      } catch (caught) {
        setError(
          ERROR_KEY(caught instanceof RightsRequestAdminError ? caught.code : 'unavailable'),
        );
      }
    },
    [client],
  );

  useEffect(() => {
    if (detail && focusDetail.current) {
      focusDetail.current = false;
      headingRef.current?.focus();
    }
  }, [detail]);

  const close = () => {
    setDetail(null);
    const reference = returnTo.current;
    // After React removed the pane: back to the row the DPO came from (if it is still shown).
    requestAnimationFrame(() => {
      if (reference) buttons.current.get(reference)?.focus();
    });
  };

  const registerButton = useCallback((reference: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(reference, element);
    else buttons.current.delete(reference);
  }, []);

  const move = async (change: InboxMove): Promise<boolean> => {
    if (!detail) return false;
    setSaving(true);
    setError(null);
    try {
      const next = change.to
        ? await client.transition(detail.reference, detail.version, {
            to: change.to,
            ...(change.reason ? { reason: change.reason } : {}),
            note: change.note,
            public: change.public,
          })
        : await client.addNote(detail.reference, detail.version, {
            note: change.note,
            public: change.public,
          });
      setDetail(next);
      setRows((current) =>
        (current ?? []).map((row) => (row.reference === next.reference ? rowOf(next) : row)),
      );
      setNotice(
        change.to
          ? t('inbox.actions.moved', {
              reference: next.reference,
              status: t(`inbox.statuses.${next.status}`),
            })
          : t('inbox.actions.noted', { reference: next.reference }),
      );
      return true;
    } catch (caught) {
      const code = caught instanceof RightsRequestAdminError ? caught.code : 'unavailable';
      setError(ERROR_KEY(code));
      // Someone else moved it first: show the request as it is now.
      if (code === 'version-conflict') {
        const fresh = await client.get(detail.reference).catch(() => null);
        if (fresh) setDetail(fresh);
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  const total = rows?.length ?? 0;
  const caption = sort === 'received' ? t('inbox.captionReceived') : t('inbox.caption');

  return (
    <section className="pk-RightsRequestInbox" aria-labelledby={`${id}title`}>
      <div className="pk-RightsRequestInbox-header">
        <Heading level={headingLevel} id={`${id}title`} className="pk-RightsRequestInbox-title">
          {t('inbox.title')}
        </Heading>
        <div className="pk-RightsRequestInbox-tools">
          <button
            type="button"
            className="pk-RightsRequestInbox-secondary"
            onClick={() => void load()}
          >
            {t('inbox.refresh')}
          </button>
          <a
            className="pk-RightsRequestInbox-secondary"
            href={client.csvUrl({ sort: 'due' })}
            download
          >
            {t('inbox.csv')}
          </a>
        </div>
      </div>

      <form
        className="pk-RightsRequestInbox-filters"
        role="search"
        aria-label={t('inbox.filters.legend')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="pk-RightsRequestInbox-field">
          <label htmlFor={`${id}search`}>{t('inbox.filters.search')}</label>
          <input
            id={`${id}search`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}searchHint`}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <p id={`${id}searchHint`} className="pk-RightsRequestInbox-hint">
            {t('inbox.filters.searchHint')}
          </p>
        </div>
        <div className="pk-RightsRequestInbox-field">
          <label htmlFor={`${id}due`}>{t('inbox.filters.due')}</label>
          <select
            id={`${id}due`}
            value={due}
            onChange={(event) => setDue(event.target.value as InboxDueFilter)}
          >
            <option value="open">{t('inbox.filters.dueOpen')}</option>
            <option value="overdue">
              {t('inbox.filters.dueOverdue')} ({view.counts.overdue})
            </option>
            <option value="due-soon">
              {t('inbox.filters.dueSoon')} ({view.counts['due-soon']})
            </option>
            <option value="all">{t('inbox.filters.dueAll')}</option>
          </select>
        </div>
        <div className="pk-RightsRequestInbox-field">
          <label htmlFor={`${id}status`}>{t('inbox.filters.status')}</label>
          <select
            id={`${id}status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as RequestStatus | '')}
          >
            <option value="">{t('inbox.filters.anyStatus')}</option>
            {REQUEST_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`inbox.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="pk-RightsRequestInbox-field">
          <label htmlFor={`${id}right`}>{t('inbox.filters.right')}</label>
          <select
            id={`${id}right`}
            value={right}
            onChange={(event) => setRight(event.target.value as RightId | '')}
          >
            <option value="">{t('inbox.filters.anyRight')}</option>
            {RIGHTS.map((value) => (
              <option key={value} value={value}>
                {rightLabel({ id: value }, t).title}
              </option>
            ))}
          </select>
        </div>
        <div className="pk-RightsRequestInbox-field">
          <label htmlFor={`${id}sort`}>{t('inbox.filters.sort')}</label>
          <select
            id={`${id}sort`}
            value={sort}
            onChange={(event) => setSort(event.target.value as SortChoice)}
          >
            <option value="due">{t('inbox.filters.sortDue')}</option>
            <option value="due-desc">{t('inbox.filters.sortDueDesc')}</option>
            <option value="received">{t('inbox.filters.sortReceived')}</option>
          </select>
        </div>
      </form>

      <p className="pk-RightsRequestInbox-count" role="status">
        {rows === null ? t('inbox.loading') : t('inbox.shown', { count: view.rows.length, total })}
      </p>
      <p className="pk-RightsRequestInbox-notice" role="status">
        {notice}
      </p>
      {error ? (
        <div className="pk-RightsRequestInbox-failure" role="alert">
          <p>{t(error as 'inbox.errors.unavailable')}</p>
        </div>
      ) : null}

      <div className="pk-RightsRequestInbox-layout" data-open={detail ? '' : undefined}>
        <div
          className="pk-RightsRequestInbox-scroll"
          role="region"
          aria-labelledby={`${id}caption`}
          tabIndex={0}
        >
          <table className="pk-RightsRequestInbox-table">
            <caption id={`${id}caption`}>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inbox.columns.reference')}</th>
                <th scope="col">{t('inbox.columns.right')}</th>
                <th scope="col">{t('inbox.columns.status')}</th>
                <th scope="col">{t('inbox.columns.received')}</th>
                <th
                  scope="col"
                  aria-sort={
                    sort === 'received' ? undefined : sort === 'due' ? 'ascending' : 'descending'
                  }
                >
                  {t('inbox.columns.due')}
                </th>
                <th scope="col">{t('inbox.columns.hoursLeft')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((item) => (
                <InboxTableRow
                  key={item.row.reference}
                  row={item.row}
                  hoursLeft={item.hoursLeft === null ? null : Math.round(item.hoursLeft * 60) / 60}
                  urgency={item.urgency}
                  selected={detail?.reference === item.row.reference}
                  format={format}
                  onOpen={open}
                  buttonRef={registerButton}
                />
              ))}
            </tbody>
          </table>
          {rows !== null && view.rows.length === 0 ? (
            <p className="pk-RightsRequestInbox-empty">{t('inbox.empty')}</p>
          ) : null}
        </div>
        {detail ? (
          <InboxDetail
            key={detail.reference}
            detail={detail}
            format={format}
            headingLevel={headingLevel + 1}
            headingRef={headingRef}
            now={now}
            dueSoonWithinHours={dueSoonWithinHours}
            saving={saving}
            onClose={close}
            onMove={move}
          />
        ) : null}
      </div>
    </section>
  );
}

/** The list row of a request the server just answered with. */
function rowOf(detail: InboxRequestDetail): InboxRow {
  return {
    reference: detail.reference,
    right: detail.right,
    status: detail.status,
    version: detail.version,
    receivedAt: detail.receivedAt,
    dueBy: detail.dueBy,
    hoursLeft: detail.hoursLeft,
    overdue: detail.overdue,
    paused: detail.paused,
    name: detail.name,
    email: detail.email,
    locale: detail.locale,
  };
}
