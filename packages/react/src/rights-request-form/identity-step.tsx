import type { Ref } from 'react';
import { Heading } from './heading';
import { TextField } from './text-field';

export interface IdentityStepProps {
  id: string;
  code: string;
  onCodeChange: (code: string) => void;
  error?: string | undefined;
  checking: boolean;
  headingLevel: number;
  onChangeDetails: () => void;
  strings: {
    title: string;
    intro: string;
    codeLabel: string;
    confirm: string;
    change: string;
    errorPrefix: string;
  };
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
  strings,
  headingRef,
}: IdentityStepProps) {
  return (
    <div className="pk-RightsRequestForm-identity" data-checking={checking ? '' : undefined}>
      <Heading
        level={headingLevel}
        className="pk-RightsRequestForm-identityTitle"
        ref={headingRef}
        focusable
      >
        {strings.title}
      </Heading>
      <p className="pk-RightsRequestForm-hint">{strings.intro}</p>
      <TextField
        id={id}
        label={strings.codeLabel}
        value={code}
        onValueChange={onCodeChange}
        error={error}
        errorPrefix={strings.errorPrefix}
        autoComplete="one-time-code"
        inputMode="numeric"
        spellCheck={false}
        required
      />
      <div className="pk-RightsRequestForm-actions">
        <button type="submit" className="pk-RightsRequestForm-button">
          {strings.confirm}
        </button>
        <button
          type="button"
          className="pk-RightsRequestForm-button"
          data-variant="secondary"
          onClick={onChangeDetails}
        >
          {strings.change}
        </button>
      </div>
    </div>
  );
}
