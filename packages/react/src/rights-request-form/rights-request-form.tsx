import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import {
  RightsRequestError,
  commonStrings,
  createRightsRequestSubmission,
  rightLabel,
  rightLabels,
  rightsErrorsStrings,
  rightsStrings,
  validateRightsRequest,
  type Jurisdiction,
  type PolicyDocument,
  type RightId,
  type RightsRequestClient,
  type RightsRequestField,
  type RightsRequestFieldIssue,
  type RightsRequestReceipt,
  type RightsRequestSubmissionOptions,
  type VerifyIdentity,
} from '@policykit/sdk';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';
import { useTranslationOf } from '../shared/use-translation-of';
import { ErrorSummary } from './error-summary';
import { FailureNotice } from './failure-notice';
import { describeIssues } from './field-issues';
import { clampHeadingLevel, type HeadingLevel } from '../shared/heading-level';
import { useSelector } from '../store/use-selector';
import { IdentityStep } from './identity-step';
import { ReceiptView } from './receipt-view';
import { RequestFields } from './request-fields';
import { rightRadioId } from './right-picker';
import { useOnlineStatus } from './use-online-status';
import { useRequestDraft } from './use-request-draft';

/**
 * Props of `<RightsRequestForm>`.
 *
 * @example
 * const props: RightsRequestFormProps = { policy, client, jurisdiction: 'id-pdp', defaultRight: 'access' };
 */
export interface RightsRequestFormProps {
  /**
   * The policy the request is about: its `rights` are the choices, its `contact` the fallback.
   * One document, or several translations of it (same `id` and `version`), as for
   * `<PolicyViewer>`: the UI locale picks one (`id-ID` → `id` → the first).
   */
  policy: PolicyDocument | readonly PolicyDocument[];
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
  /** The right chosen while the person has not picked one (e.g. from a "delete my data" link). */
  defaultRight?: RightId;
  /**
   * Level of the form's own headings (error summary, failure, code step, receipt), `2`–`6`:
   * they never outrank the page's `<h1>`, so `1` renders as `2`. Default 2.
   */
  headingLevel?: HeadingLevel;
  className?: string;
}

/**
 * A data-subject request form for one policy: the policy's rights as radio buttons, name,
 * e-mail, optional phone and details, then a receipt with the reference and the reply-by
 * date. Nothing typed is lost: the draft survives failed submissions, reloads (session
 * storage) and going offline, and "try again" reuses the request's idempotency key. One
 * request per submit, however often the button or Enter is pressed.
 *
 * UI strings follow the `PolicyKitProvider`'s locale, else the document's.
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
 *   onSubmitted={(receipt) => console.info('recorded as', receipt.reference)}
 * />
 */
export function RightsRequestForm({
  policy: policyOrTranslations,
  client,
  jurisdiction,
  onSubmitted,
  verifyIdentity,
  defaultRight,
  headingLevel: headingLevelProp = 2,
  className,
}: RightsRequestFormProps) {
  const headingLevel = clampHeadingLevel(headingLevelProp, 2);
  const policy = useTranslationOf(policyOrTranslations);
  const { t, locale } = usePolicyKitTranslation(policy.locale, [
    commonStrings,
    rightsStrings,
    rightsErrorsStrings,
  ]);
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
  const submissionOptions: RightsRequestSubmissionOptions = {
    client,
    verifyIdentity,
    // The key of a request that failed is kept with the draft: "send again", even after a
    // reload, never makes a second record.
    keys: draft.store.keys,
    onSubmitted: (receipt) => {
      // The request is recorded: the draft has done its job, and it holds personal data.
      draft.store.clear();
      onSubmitted?.(receipt);
    },
  };
  const [submission] = useState(() => createRightsRequestSubmission(submissionOptions));
  useEffect(() => {
    submission.setOptions(submissionOptions);
  });
  // A delivery still in flight when the form unmounts is aborted; its outcome is ignored.
  useEffect(() => () => submission.abort(), [submission]);
  const state = useSelector(submission);
  const online = useOnlineStatus();

  const [clientIssues, setClientIssues] = useState<RightsRequestFieldIssue[]>([]);
  const [code, setCode] = useState('');
  const [codeMissing, setCodeMissing] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const offlineRef = useRef<HTMLParagraphElement>(null);
  const codeHeadingRef = useRef<HTMLHeadingElement>(null);

  // A server's 400 names fields just as local validation does, and is shown the same way.
  const serverIssues =
    state.status === 'failed' &&
    state.error instanceof RightsRequestError &&
    state.error.issues?.length
      ? state.error.issues
      : undefined;
  const { errors, summary } = describeIssues(serverIssues ?? clientIssues, t, (field) =>
    targetOf(field, ids, rights.length > 0),
  );

  // Asynchronous outcomes move focus to where the person has to look next.
  useEffect(() => {
    if (state.status === 'failed') (serverIssues ? summaryRef : failureRef).current?.focus();
    if (state.status === 'code') codeHeadingRef.current?.focus();
    // Only a new state moves focus; `serverIssues` derives from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Double clicks and Enter-mashing land here; after the first, the machine is busy.
    if (submission.isBusy()) return;
    if (state.status === 'code') {
      setCodeMissing(!code.trim());
      if (code.trim()) void submission.confirmCode(code.trim());
      return;
    }
    const { values } = draft;
    const result = validateRightsRequest(
      { ...values, policyId: policy.id, policyVersion: policy.version, locale },
      { rights: policy.rights ?? [] },
    );
    if (!result.success) {
      // Rendered now, so the summary exists to take focus (GOV.UK: focus it on a failed submit).
      flushSync(() => setClientIssues(result.issues));
      summaryRef.current?.focus();
      return;
    }
    setClientIssues([]);
    if (!online) {
      offlineRef.current?.focus();
      return;
    }
    void submission.submit(result.data);
  }

  function handleRetry() {
    if (!online) offlineRef.current?.focus();
    else void submission.retry();
  }

  const rootProps = {
    className: className ? `pk-RightsRequestForm ${className}` : 'pk-RightsRequestForm',
    'data-state': state.status === 'idle' ? 'editing' : state.status,
  };

  if (state.status === 'sent') {
    const { receipt, request } = state;
    return (
      <div {...rootProps}>
        <ReceiptView
          receipt={receipt}
          jurisdiction={jurisdiction}
          rightTitle={
            rights.find((label) => label.id === receipt.right)?.title ??
            rightLabel({ id: receipt.right }, t).title
          }
          email={request.email}
          organization={policy.organization?.name}
          contact={policy.contact}
          headingLevel={headingLevel}
          t={t}
          locale={locale}
          onAnother={() => {
            draft.store.clear();
            submission.reset();
          }}
        />
      </div>
    );
  }

  const busyStatus =
    state.status === 'sending'
      ? t('rights.form.sending')
      : state.status === 'verifying' || (state.status === 'code' && state.checking)
        ? t('rights.identity.verifying')
        : '';

  return (
    <div {...rootProps}>
      {draft.restored ? (
        <p className="pk-RightsRequestForm-notice" data-tone="info">
          {t('rights.form.restored')}
        </p>
      ) : null}
      {/* Always in the DOM (empty while online), so screen readers announce it when it fills. */}
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
        aria-busy={busyStatus ? true : undefined}
        noValidate
        onSubmit={handleSubmit}
      >
        {summary.length > 0 && state.status !== 'code' ? (
          <ErrorSummary
            rootRef={summaryRef}
            title={t('rights.errorSummary.title')}
            items={summary}
            headingLevel={headingLevel}
          />
        ) : null}
        {state.status === 'failed' && !serverIssues ? (
          <FailureNotice
            rootRef={failureRef}
            failure={state}
            online={online}
            onRetry={handleRetry}
            contact={policy.contact}
            headingLevel={headingLevel}
            t={t}
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
            sentTo={state.sentTo}
            t={t}
          />
        ) : (
          <RequestFields
            ids={ids}
            rights={rights}
            values={draft.values}
            onFieldChange={draft.store.setField}
            errors={errors}
            contact={policy.contact}
            headingLevel={headingLevel}
            t={t}
          />
        )}
        <p className="pk-RightsRequestForm-visuallyHidden" role="status">
          {busyStatus}
        </p>
      </form>
    </div>
  );
}

/** The control an error summary link moves to; `undefined` for what the person cannot edit. */
function targetOf(
  field: RightsRequestField,
  ids: Record<'right' | 'name' | 'email' | 'phone' | 'details', string>,
  hasRights: boolean,
): string | undefined {
  switch (field) {
    case 'right':
      return hasRights ? rightRadioId(ids.right, 0) : undefined;
    case 'name':
    case 'email':
    case 'phone':
    case 'details':
      return ids[field];
    case 'policyId':
    case 'policyVersion':
    case 'locale':
      return undefined; // the sentence says to reload the page
    default:
      return field satisfies never;
  }
}
