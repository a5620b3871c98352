import type { Ref } from 'react';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { Heading } from '../shared/heading';
import { TextField } from './text-field';

export interface IdentityStepProps {
  id: string;
  code: string;
  onCodeChange: (code: string) => void;
  error?: string | undefined;
  checking: boolean;
  headingLevel: number;
  onChangeDetails: () => void;
  /** Where the host sent the code, shown as text (`s•••@example.com`). */
  sentTo: string | undefined;
  t: PolicyKitT;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The code step of `verifyIdentity`: "we sent a code to …", a one-time-code field
 * (`autocomplete="one-time-code"` lets phones offer the code from an SMS or e-mail), and
 * a submit button — Enter in the field confirms. The fields typed before stay in the draft.
 */
export function IdentityStep({
  id,
  code,
  onCodeChange,
  error,
  checking,
  headingLevel,
  onChangeDetails,
  sentTo,
  t,
  headingRef,
}: IdentityStepProps) {
  return (
    <div className="pk-RightsRequestForm-identity" data-checking={checking ? '' : undefined}>
      <Heading
        level={headingLevel}
        className="pk-RightsRequestForm-identityTitle"
        headingRef={headingRef}
        focusable
      >
        {t('rights.identity.title')}
      </Heading>
      <p className="pk-RightsRequestForm-hint">
        {sentTo
          ? t('rights.identity.codeSent', { destination: sentTo })
          : t('rights.identity.codeSentNoDestination')}
      </p>
      <TextField
        id={id}
        label={t('rights.identity.codeLabel')}
        value={code}
        onValueChange={onCodeChange}
        error={error}
        errorPrefix={t('rights.errorSummary.prefix')}
        autoComplete="one-time-code"
        inputMode="numeric"
        spellCheck={false}
        required
      />
      <div className="pk-RightsRequestForm-actions">
        <button type="submit" className="pk-RightsRequestForm-button">
          {t('rights.identity.confirm')}
        </button>
        <button
          type="button"
          className="pk-RightsRequestForm-button"
          data-variant="secondary"
          onClick={onChangeDetails}
        >
          {t('rights.identity.change')}
        </button>
      </div>
    </div>
  );
}
