import type { ReactNode, Ref } from 'react';
import { Heading } from './heading';

export interface FailureNoticeProps {
  retryable: boolean;
  title: string;
  /** Why, in the person's language ("We could not reach the server…"). */
  reason: string;
  /** Retryable: "nothing you typed is lost". Final: the server's own message, if it sent one. */
  detail?: string | undefined;
  retryLabel: string;
  onRetry: () => void;
  /** Final failures: the policy's contact, the way to reach a person instead. */
  fallback?: ReactNode;
  headingLevel: number;
  ref?: Ref<HTMLDivElement>;
}

/**
 * What went wrong with sending, and what to do now: a retry button when the very same
 * request can still succeed (the client then reuses its idempotency key, so a request that
 * did arrive is not recorded twice), otherwise the server's message and the policy's
 * contact. The form moves focus here; `role="alert"` announces it either way.
 * `data-retryable` is for styling.
 */
export function FailureNotice({
  retryable,
  title,
  reason,
  detail,
  retryLabel,
  onRetry,
  fallback,
  headingLevel,
  ref,
}: FailureNoticeProps) {
  return (
    <div
      className="pk-RightsRequestForm-failure"
      data-retryable={retryable ? 'true' : 'false'}
      tabIndex={-1}
      ref={ref}
    >
      <div role="alert">
        <Heading level={headingLevel} className="pk-RightsRequestForm-failureTitle">
          {title}
        </Heading>
        <p>{reason}</p>
        {detail ? <p>{detail}</p> : null}
      </div>
      {retryable ? (
        <button type="button" className="pk-RightsRequestForm-button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : (
        fallback
      )}
    </div>
  );
}
