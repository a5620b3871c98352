import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import {
  RIGHTS_REQUEST_LIMITS,
  RightsRequestError,
  responseDeadline,
  rightLabel,
  rightLabels,
  validateRightsRequest,
  type Jurisdiction,
  type PolicyDocument,
  type PolicyKitKey,
  type RightId,
  type RightsRequestClient,
  type RightsRequestField,
  type RightsRequestFieldIssue,
  type RightsRequestReceipt,
} from '@policykit/sdk';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';
import { ContactDetails } from './contact-details';
import type { RequestDraft } from './draft-storage';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary';
import { FailureNotice } from './failure-notice';
import type { HeadingLevel } from './heading';
import { IdentityStep } from './identity-step';
import { ReceiptView } from './receipt-view';
import { RightPicker, rightRadioId } from './right-picker';
import { TextField } from './text-field';
import { useOnlineStatus } from './use-online-status';
import { useRequestDraft } from './use-request-draft';
import { useRightsRequestSubmission } from './use-rights-request-submission';
import type { VerifyIdentity } from './verify-identity';

export interface RightsRequestFormProps {
  /** The policy the request is about: its `rights` are the choices, its `contact` the fallback. */
  policy: PolicyDocument;
  /** Delivers the request (`createRightsRequestClient`). */
  client: RightsRequestClient;
  /**
   * The law whose reply periods apply. Fills in the receipt's reply-by date when the
   * client's receipt has none, and lets the receipt say "the law sets no fixed period".
   */
  jurisdiction?: Jurisdiction;
  /** Called once with the receipt after a request was accepted. */
  onSubmitted?: (receipt: RightsRequestReceipt) => void;
  /** An optional identity step (e.g. an e-mail code) before sending; see `VerifyIdentity`. */
  verifyIdentity?: VerifyIdentity;
  /** The right chosen when nothing was typed yet (e.g. from a "delete my data" link). */
  defaultRight?: RightId;
  /** Level of the form's own headings (error summary, failure, receipt). Default 2. */
  headingLevel?: HeadingLevel;
  className?: string;
}

/** The fields in the order the form shows them, which is the error summary's order too. */
const FIELD_ORDER: readonly RightsRequestField[] = [
  'right',
  'name',
  'email',
  'phone',
  'details',
  'policyId',
  'policyVersion',
  'locale',
];

type FormState = 'editing' | 'verifying' | 'code' | 'sending' | 'failed' | 'sent';

/**
 * A data-subject request form for one policy: the policy's rights as radio buttons, name,
 * e-mail, optional phone and details, then a receipt with the reference and the reply-by
 * date. Nothing typed is lost: the draft survives failed submissions, reloads (session
 * storage) and going offline, and a retry reuses the request's idempotency key. One
 * request per submit, however often the button is pressed.
 *
 * @selector [data-state="editing" | "verifying" | "code" | "sending" | "failed" | "sent"] — on the root
 * @selector [data-invalid] — on a field with an error
 * @selector [data-retryable="true" | "false"] — on the failure notice
 *
 * @example
 * const client = createRightsRequestClient({ endpoint: '/api/rights-requests' }, { jurisdiction: 'id-pdp' });
 * <RightsRequestForm
 *   policy={policy}
 *   client={client}
 *   jurisdiction="id-pdp"
 *   onSubmitted={(receipt) => analytics.track('rights-request', receipt.reference)}
 * />
 */
export function RightsRequestForm({
  policy,
  client,
  jurisdiction,
  onSubmitted,
  verifyIdentity,
  defaultRight,
  headingLevel = 2,
  className,
}: RightsRequestFormProps) {
  const { t, locale } = usePolicyKitTranslation(policy.locale);
  const baseId = useId();
  const ids = {
    right: `${baseId}-right`,
    name: `${baseId}-name`,
    email: `${baseId}-email`,
    phone: `${baseId}-phone`,
    details: `${baseId}-details`,
    detailsCount: `${baseId}-details-count`,
    code: `${baseId}-code`,
  };
  const rights = useMemo(() => rightLabels(policy.rights, t), [policy.rights, t]);
  const draft = useRequestDraft(policy.id, defaultRight);
  const submission = useRightsRequestSubmission({
    client,
    verifyIdentity,
    onSubmitted: (receipt) => {
      // The request is recorded: the draft has done its job, and holds personal data.
      draft.clear();
      onSubmitted?.(receipt);
    },
  });
  const online = useOnlineStatus();
  const { state } = submission;

  const [clientIssues, setClientIssues] = useState<RightsRequestFieldIssue[]>([]);
  const [code, setCode] = useState('');
  const [codeMissing, setCodeMissing] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const offlineRef = useRef<HTMLParagraphElement>(null);
  const codeHeadingRef = useRef<HTMLHeadingElement>(null);

  const serverIssues =
    state.status === 'failed' &&
    state.error instanceof RightsRequestError &&
    state.error.issues?.length
      ? state.error.issues
      : undefined;
  const issues = serverIssues ?? clientIssues;

  // Async outcomes move focus where the person has to look next (sync ones do it in the handler).
  useEffect(() => {
    if (state.status === 'failed') (serverIssues ? summaryRef : failureRef).current?.focus();
    if (state.status === 'code') codeHeadingRef.current?.focus();
    // Only a new state moves focus; `serverIssues` derives from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const issueText = (issue: RightsRequestFieldIssue) =>
    // A server may send codes this kit has no sentence for: its English message then shows.
    t(`rightsErrors.${issue.code}` as PolicyKitKey, {
      ...issue.params,
      defaultValue: issue.message,
    });
  const fieldErrors = new Map<RightsRequestField, string>();
  for (const issue of issues) {
    if (!fieldErrors.has(issue.field)) fieldErrors.set(issue.field, issueText(issue));
  }
  const targetOf = (field: RightsRequestField): string | undefined => {
    switch (field) {
      case 'right':
        return rights.length > 0 ? rightRadioId(ids.right, 0) : undefined;
      case 'name':
      case 'email':
      case 'phone':
      case 'details':
        return ids[field];
      case 'policyId':
      case 'policyVersion':
      case 'locale':
        return undefined; // nothing the person can edit: the sentence says to reload
      default:
        return field satisfies never;
    }
  };
  const summaryItems: ErrorSummaryItem[] = FIELD_ORDER.flatMap((field) => {
    const message = fieldErrors.get(field);
    return message ? [{ message, targetId: targetOf(field) }] : [];
  });

  function buildRequest(values: RequestDraft) {
    return {
      policyId: policy.id,
      policyVersion: policy.version,
      right: values.right,
      name: values.name,
      email: values.email,
      phone: values.phone,
      details: values.details,
      locale,
    };
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter-mashing and double clicks land here; the machine is already busy after the first.
    if (submission.isBusy()) return;
    if (state.status === 'code') {
      if (!code.trim()) {
        setCodeMissing(true);
        return;
      }
      setCodeMissing(false);
      void submission.confirmCode(code.trim());
      return;
    }
    const result = validateRightsRequest(buildRequest(draft.values), {
      rights: policy.rights ?? [],
    });
    if (!result.success) {
      flushSync(() => setClientIssues(result.issues));
      summaryRef.current?.focus();
      return;
    }
    setClientIssues([]);
    if (!online) {
      offlineRef.current?.focus();
      return;
    }
    const idempotencyKey = draft.idempotencyKeyFor(JSON.stringify(result.data));
    void submission.submit(result.data, idempotencyKey);
  }

  function handleRetry() {
    if (!online) {
      offlineRef.current?.focus();
      return;
    }
    void submission.retry();
  }

  const formState: FormState = state.status === 'idle' ? 'editing' : state.status;
  const labelOf = (right: RightId) =>
    rights.find((label) => label.id === right)?.title ?? rightLabel({ id: right }, t).title;
  const contactLabels = {
    title: t('rights.contact.title'),
    email: t('rights.contact.email'),
    phone: t('rights.contact.phone'),
    address: t('rights.contact.address'),
    url: t('rights.contact.url'),
  };
  const rootClass = className ? `pk-RightsRequestForm ${className}` : 'pk-RightsRequestForm';

  if (state.status === 'sent') {
    const { receipt, request } = state;
    return (
      <div className={rootClass} data-state={formState}>
        <ReceiptView
          receipt={receipt}
          dueBy={receipt.dueBy ?? lawDeadline(jurisdiction, receipt)}
          lawKnown={jurisdiction !== undefined || receipt.dueBySource === 'law'}
          rightTitle={labelOf(receipt.right)}
          email={request.email}
          organization={policy.organization?.name}
          contact={policy.contact}
          headingLevel={headingLevel}
          t={t}
          locale={locale}
          onAnother={() => {
            draft.clear();
            submission.reset();
          }}
        />
      </div>
    );
  }

  const sending = state.status === 'sending' || state.status === 'verifying';
  const failure = state.status === 'failed' && !serverIssues ? state : undefined;
  const remaining = RIGHTS_REQUEST_LIMITS.details - draft.values.details.length;
  const errorPrefix = t('rights.errorSummary.prefix');

  return (
    <div className={rootClass} data-state={formState}>
      {/* Success clears the draft, so this only fires for a draft that is really old work. */}
      {draft.restored ? (
        <p className="pk-RightsRequestForm-notice" data-tone="info">
          {t('rights.form.restored')}
        </p>
      ) : null}
      {/* Always in the DOM (empty while online) so screen readers announce it when it fills. */}
      <p
        className="pk-RightsRequestForm-notice"
        data-tone="warning"
        role="status"
        tabIndex={-1}
        ref={offlineRef}
      >
        {online ? null : t('rights.form.offline')}
      </p>
      <form
        className="pk-RightsRequestForm-form"
        aria-label={t('rights.form.label')}
        aria-busy={sending || undefined}
        noValidate
        onSubmit={handleSubmit}
      >
        {summaryItems.length > 0 && state.status !== 'code' ? (
          <ErrorSummary
            ref={summaryRef}
            title={t('rights.errorSummary.title')}
            items={summaryItems}
            headingLevel={headingLevel}
          />
        ) : null}
        {failure ? (
          <FailureNotice
            ref={failureRef}
            retryable={failure.retryable}
            title={t(
              failure.retryable ? 'rights.failure.retryableTitle' : 'rights.failure.finalTitle',
            )}
            reason={failureReason(failure.error, failure.stage, online, t)}
            detail={
              failure.retryable
                ? t('rights.failure.retryableBody')
                : serverMessageOf(failure.error) &&
                  t('rights.failure.serverSaid', { message: serverMessageOf(failure.error) })
            }
            retryLabel={t('rights.failure.retry')}
            onRetry={handleRetry}
            headingLevel={headingLevel}
            fallback={
              policy.contact ? (
                <>
                  <p>{t('rights.failure.contactFallback')}</p>
                  <ContactDetails
                    contact={policy.contact}
                    headingLevel={headingLevel + 1}
                    labels={contactLabels}
                  />
                </>
              ) : null
            }
          />
        ) : null}
        {state.status === 'code' ? (
          <IdentityStep
            id={ids.code}
            code={code}
            onCodeChange={setCode}
            checking={state.checking}
            error={
              codeMissing
                ? t('rights.identity.codeRequired')
                : state.wrongCode
                  ? t('rights.identity.wrongCode')
                  : undefined
            }
            headingLevel={headingLevel}
            headingRef={codeHeadingRef}
            onChangeDetails={() => {
              setCode('');
              setCodeMissing(false);
              submission.cancelIdentity();
            }}
            strings={{
              title: t('rights.identity.title'),
              intro: state.sentTo
                ? t('rights.identity.codeSent', { destination: state.sentTo })
                : t('rights.identity.codeSentNoDestination'),
              codeLabel: t('rights.identity.codeLabel'),
              confirm: t('rights.identity.confirm'),
              change: t('rights.identity.change'),
              errorPrefix,
            }}
          />
        ) : (
          <>
            {rights.length > 0 ? (
              <RightPicker
                idPrefix={ids.right}
                legend={t('rights.picker.legend')}
                rights={rights}
                value={draft.values.right}
                onValueChange={(value) => draft.setField('right', value)}
                error={fieldErrors.get('right')}
                errorPrefix={errorPrefix}
              />
            ) : (
              <div className="pk-RightsRequestForm-field">
                <p>{t('rights.picker.none')}</p>
                {policy.contact ? (
                  <ContactDetails
                    contact={policy.contact}
                    headingLevel={headingLevel}
                    labels={contactLabels}
                  />
                ) : null}
              </div>
            )}
            <TextField
              id={ids.name}
              label={t('rights.fields.name.label')}
              value={draft.values.name}
              onValueChange={(value) => draft.setField('name', value)}
              error={fieldErrors.get('name')}
              errorPrefix={errorPrefix}
              autoComplete="name"
              spellCheck={false}
              required
            />
            <TextField
              id={ids.email}
              type="email"
              label={t('rights.fields.email.label')}
              hint={t('rights.fields.email.hint')}
              value={draft.values.email}
              onValueChange={(value) => draft.setField('email', value)}
              error={fieldErrors.get('email')}
              errorPrefix={errorPrefix}
              autoComplete="email"
              spellCheck={false}
              required
            />
            <TextField
              id={ids.phone}
              type="tel"
              label={t('rights.fields.phone.label')}
              hint={t('rights.fields.phone.hint')}
              value={draft.values.phone}
              onValueChange={(value) => draft.setField('phone', value)}
              error={fieldErrors.get('phone')}
              errorPrefix={errorPrefix}
              autoComplete="tel"
            />
            <TextField
              id={ids.details}
              multiline
              label={t('rights.fields.details.label')}
              hint={t('rights.fields.details.hint', { limit: RIGHTS_REQUEST_LIMITS.details })}
              value={draft.values.details}
              onValueChange={(value) => draft.setField('details', value)}
              error={fieldErrors.get('details')}
              errorPrefix={errorPrefix}
              describedBy={ids.detailsCount}
            />
            <p
              className="pk-RightsRequestForm-count"
              id={ids.detailsCount}
              data-over={remaining < 0 ? '' : undefined}
            >
              {remaining >= 0
                ? t('rights.fields.details.remaining', { count: remaining })
                : t('rights.fields.details.over', { count: -remaining })}
            </p>
            <div className="pk-RightsRequestForm-actions">
              <button type="submit" className="pk-RightsRequestForm-button">
                {t('rights.form.submit')}
              </button>
            </div>
          </>
        )}
        <p className="pk-RightsRequestForm-visuallyHidden" role="status">
          {state.status === 'sending'
            ? t('rights.form.sending')
            : state.status === 'verifying' || (state.status === 'code' && state.checking)
              ? t('rights.identity.verifying')
              : ''}
        </p>
      </form>
    </div>
  );
}

/** The statutory reply-by instant when the client's receipt carries none; `null` when unknown. */
function lawDeadline(
  jurisdiction: Jurisdiction | undefined,
  receipt: RightsRequestReceipt,
): string | null {
  if (!jurisdiction) return null;
  try {
    return responseDeadline({
      jurisdiction,
      right: receipt.right,
      submittedAt: receipt.submittedAt,
    });
  } catch {
    // An unreadable `submittedAt` from a server: show the receipt without a date rather than nothing.
    return null;
  }
}

function serverMessageOf(error: unknown): string | undefined {
  return error instanceof RightsRequestError ? error.serverMessage : undefined;
}

function failureReason(
  error: unknown,
  stage: 'identity' | 'delivery',
  online: boolean,
  t: ReturnType<typeof usePolicyKitTranslation>['t'],
): string {
  if (!online) return t('rights.form.offline');
  if (stage === 'identity') return t('rights.identity.failed');
  if (error instanceof RightsRequestError) return t(error.messageKey);
  return t('rightsErrors.submit.network');
}
