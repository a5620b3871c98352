import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  RightsRequestStatusError,
  commonStrings,
  fetchRightsRequestStatus,
  readStatusLink,
  rightsStatusStrings,
  type RightsRequestStatusErrorCode,
  type RightsRequestStatusReply,
} from '@policykit/sdk';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';
import { Heading } from '../shared/heading';
import { formatInstant } from '../shared/format-instant';
import type { HeadingLevel } from '../shared/heading-level';

export interface RightsRequestStatusProps {
  /** The status endpoint of the host's rights-request handler, e.g. `/api/rights-requests/status`. */
  endpoint: string | URL;
  /**
   * The reference and status code to look up at once — from the receipt's status link. Default:
   * read from the page's fragment (`#ref=…&token=…`, the form `statusUrl` builds), which a
   * browser never sends to a server. Without them, the person types both in.
   */
  reference?: string;
  token?: string;
  /**
   * IANA zone the dates are shown in: the controller's (`Asia/Jakarta` for WIB, `Asia/Makassar`
   * for WITA, `Asia/Jayapura` for WIT), so "reply by" means the same hour to both sides.
   * Default: the browser's own zone.
   */
  timeZone?: string;
  /** Level of the component's heading (2–6; default 2). */
  headingLevel?: HeadingLevel;
  /** Default the global `fetch` (tests, a host's own client). */
  fetch?: typeof fetch;
}

type Lookup =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'found'; reply: RightsRequestStatusReply }
  | { state: 'failed'; code: RightsRequestStatusErrorCode };

const ERROR_KEYS = {
  'not-found': 'rightsStatus.lookup.notFound',
  invalid: 'rightsStatus.lookup.notFound',
  'rate-limited': 'rightsStatus.lookup.rateLimited',
  unavailable: 'rightsStatus.lookup.unavailable',
} as const;

const AREAS = [commonStrings, rightsStatusStrings];

/**
 * The requester's status page: where their rights request stands (status, when it was received,
 * by when a reply is due, the history), looked up with the reference and the status code from
 * their receipt — by the SDK's `fetchRightsRequestStatus`, which sends the code in a header,
 * never in a URL. The server answers the same for an unknown reference and a wrong code, and
 * never with the person's data, so this page cannot show anyone else's request.
 *
 * What the person typed stays in the fields whatever the answer; the answer to their submit
 * moves focus to its heading (or the alert), so screen-reader and keyboard users hear it. A
 * lookup from a status link on page load moves no focus.
 *
 * @example
 * <RightsRequestStatus endpoint="/api/rights-requests/status" timeZone="Asia/Jakarta" />
 */
export function RightsRequestStatus({
  endpoint,
  reference: givenReference,
  token: givenToken,
  timeZone,
  headingLevel = 2,
  fetch: doFetch,
}: RightsRequestStatusProps) {
  const { t, locale, language } = usePolicyKitTranslation(undefined, AREAS);
  const id = useId();
  const [reference, setReference] = useState(givenReference ?? '');
  const [token, setToken] = useState(givenToken ?? '');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const resultRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const controller = useRef<AbortController | null>(null);
  // Focus follows an answer the person asked for; a lookup on page load leaves it where the
  // page starts (a screen reader reads the answer in order).
  const askedByPerson = useRef(false);

  const check = (ref: string, code: string) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setLookup({ state: 'checking' });
    fetchRightsRequestStatus({
      endpoint,
      reference: ref,
      token: code,
      language,
      signal: abort.signal,
      ...(doFetch ? { fetch: doFetch } : {}),
    }).then(
      (reply) => {
        if (!abort.signal.aborted) setLookup({ state: 'found', reply });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const code = error instanceof RightsRequestStatusError ? error.code : 'unavailable';
        setLookup({ state: 'failed', code });
      },
    );
  };

  // A status link opens the page with both in its fragment: look them up straight away.
  useEffect(() => {
    let ref = givenReference;
    let code = givenToken;
    if (ref === undefined && code === undefined) {
      const link = readStatusLink(window.location.hash);
      if (!link) return;
      ({ reference: ref, token: code } = link);
      // The fragment is read after hydration, never during render: the server has no
      // fragment, so the first render must match its HTML (empty fields).
      /* eslint-disable react-hooks/set-state-in-effect */
      setReference(link.reference);
      setToken(link.token);
      /* eslint-enable react-hooks/set-state-in-effect */
    }
    if (ref && code) check(ref, code);
    return () => controller.current?.abort();
    // Once, on mount: later changes come from the person's own submit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!askedByPerson.current) return;
    if (lookup.state === 'found') resultRef.current?.focus();
    if (lookup.state === 'failed') alertRef.current?.focus();
  }, [lookup]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    askedByPerson.current = true;
    check(reference, token);
  };
  const date = (iso: string) => formatInstant(iso, locale, timeZone);
  const reply = lookup.state === 'found' ? lookup.reply : undefined;

  return (
    <section className="pk-RightsRequestStatus" aria-labelledby={`${id}title`}>
      <Heading level={headingLevel} id={`${id}title`} className="pk-RightsRequestStatus-title">
        {t('rightsStatus.lookup.title')}
      </Heading>
      <form className="pk-RightsRequestStatus-form" onSubmit={onSubmit} noValidate>
        <div className="pk-RightsRequestStatus-field">
          <label htmlFor={`${id}reference`}>{t('rightsStatus.lookup.reference')}</label>
          <input
            id={`${id}reference`}
            name="reference"
            autoComplete="off"
            spellCheck={false}
            required
            value={reference}
            onChange={(event) => setReference(event.target.value)}
          />
        </div>
        <div className="pk-RightsRequestStatus-field">
          <label htmlFor={`${id}token`}>{t('rightsStatus.lookup.token')}</label>
          <p id={`${id}tokenHint`} className="pk-RightsRequestStatus-hint">
            {t('rightsStatus.lookup.tokenHint')}
          </p>
          <input
            id={`${id}token`}
            name="token"
            autoComplete="off"
            spellCheck={false}
            required
            aria-describedby={`${id}tokenHint`}
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="pk-RightsRequestStatus-button"
          aria-disabled={lookup.state === 'checking' || undefined}
        >
          {lookup.state === 'checking'
            ? t('rightsStatus.lookup.checking')
            : t('rightsStatus.lookup.submit')}
        </button>
      </form>

      {lookup.state === 'failed' ? (
        <div ref={alertRef} className="pk-RightsRequestStatus-failure" role="alert" tabIndex={-1}>
          <p>{t(ERROR_KEYS[lookup.code])}</p>
        </div>
      ) : null}

      {reply ? (
        <div className="pk-RightsRequestStatus-result" data-status={reply.status}>
          <Heading
            level={headingLevel + 1}
            className="pk-RightsRequestStatus-resultTitle"
            headingRef={resultRef}
            focusable
          >
            {reply.reference}: {reply.status_label}
          </Heading>
          <dl className="pk-RightsRequestStatus-facts">
            <div>
              <dt>{t('rightsStatus.lookup.status')}</dt>
              <dd>
                <span className="pk-RightsRequestStatus-badge" data-status={reply.status}>
                  {reply.status_label}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('rightsStatus.lookup.receivedAt')}</dt>
              <dd>
                <time dateTime={reply.received_at}>{date(reply.received_at)}</time>
              </dd>
            </div>
            {reply.closed ? null : (
              <div>
                <dt>{t('rightsStatus.lookup.expectedBy')}</dt>
                <dd>
                  {reply.expected_by ? (
                    <time dateTime={reply.expected_by}>{date(reply.expected_by)}</time>
                  ) : (
                    t('rightsStatus.lookup.noDeadline')
                  )}
                </dd>
              </div>
            )}
            {reply.reason_label ? (
              <div>
                <dt>{t('rightsStatus.lookup.reason')}</dt>
                <dd>{reply.reason_label}</dd>
              </div>
            ) : null}
          </dl>
          <Heading level={headingLevel + 2} className="pk-RightsRequestStatus-historyTitle">
            {t('rightsStatus.lookup.history')}
          </Heading>
          <ol className="pk-RightsRequestStatus-history">
            {reply.history.map((event, index) => (
              <li key={`${event.at}-${index}`}>
                <time dateTime={event.at}>{date(event.at)}</time>
                <span className="pk-RightsRequestStatus-event">{event.label}</span>
                {event.note ? <p className="pk-RightsRequestStatus-note">{event.note}</p> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
