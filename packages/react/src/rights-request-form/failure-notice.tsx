import type { Ref } from 'react';
import { RightsRequestError, type ContactDetails as Contact } from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { ContactDetails } from './contact-details';
import { Heading } from '../shared/heading';

export interface Failure {
  stage: 'identity' | 'delivery';
  error: unknown;
  retryable: boolean;
}

export interface FailureNoticeProps {
  failure: Failure;
  online: boolean;
  onRetry: () => void;
  /** The policy's contact: the way to reach a person when the form cannot deliver. */
  contact: Contact | undefined;
  headingLevel: number;
  t: PolicyKitT;
  /**
   * The notice's root, which the form focuses when sending fails. Not `ref`: React 18 does
   * not pass `ref` to a function component as a prop, so focus would silently not move.
   */
  rootRef?: Ref<HTMLDivElement> | undefined;
}

/** Why it failed, in the person's language; never a raw exception text. */
function reasonOf({ error, stage }: Failure, online: boolean, t: PolicyKitT): string {
  if (!online) return t('rights.form.offline');
  if (stage === 'identity') return t('rights.identity.failed');
  // A host's own transport may throw anything; the client wraps it as a network failure.
  return t(error instanceof RightsRequestError ? error.messageKey : 'rightsErrors.submit.network');
}

/**
 * What went wrong with sending, and what to do now: a retry button when the very same
 * request can still succeed (the client then reuses its idempotency key, so a request that
 * did arrive is not recorded twice), otherwise the server's own message and the policy's
 * contact. The form moves focus here; `role="alert"` announces it either way.
 *
 * @selector [data-retryable="true" | "false"]
 */
export function FailureNotice({
  failure,
  online,
  onRetry,
  contact,
  headingLevel,
  t,
  rootRef,
}: FailureNoticeProps) {
  const { retryable, error } = failure;
  const serverMessage = error instanceof RightsRequestError ? error.serverMessage : undefined;
  return (
    <div
      className="pk-RightsRequestForm-failure"
      data-retryable={retryable ? 'true' : 'false'}
      tabIndex={-1}
      ref={rootRef}
    >
      <div role="alert">
        <Heading level={headingLevel} className="pk-RightsRequestForm-failureTitle">
          {t(retryable ? 'rights.failure.retryableTitle' : 'rights.failure.finalTitle')}
        </Heading>
        <p>{reasonOf(failure, online, t)}</p>
        {retryable ? <p>{t('rights.failure.retryableBody')}</p> : null}
        {!retryable && serverMessage ? (
          <p>{t('rights.failure.serverSaid', { message: serverMessage })}</p>
        ) : null}
      </div>
      {retryable ? (
        <button type="button" className="pk-RightsRequestForm-button" onClick={onRetry}>
          {t('rights.failure.retry')}
        </button>
      ) : contact ? (
        <>
          <p>{t('rights.failure.contactFallback')}</p>
          <ContactDetails contact={contact} headingLevel={headingLevel + 1} t={t} />
        </>
      ) : null}
    </div>
  );
}
