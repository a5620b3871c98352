import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { InlineError } from './inline-error';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  /** The translated error, shown inline and tied to the control with `aria-describedby`. */
  error?: string | undefined;
  /** The visually hidden word read before the error ("Error:"), translated. */
  errorPrefix: string;
  /** More ids for `aria-describedby` (e.g. a character count), after the hint and the error. */
  describedBy?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  required?: boolean;
  spellCheck?: boolean;
  rows?: number;
}

/**
 * One labelled field in the GOV.UK order: label, hint, error, control. The control carries
 * `aria-invalid` and `aria-describedby` (hint, error, extras) so a screen reader reads the
 * problem together with the field. `data-invalid` on the wrapper is for styling.
 *
 * No `maxLength` on purpose: it silently cuts a paste short, and nothing typed may be lost;
 * an over-long text is reported by validation instead.
 */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  errorPrefix,
  describedBy,
  multiline = false,
  type = 'text',
  autoComplete,
  inputMode,
  required = false,
  spellCheck,
  rows = 6,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedByIds = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value,
    className: multiline ? 'pk-RightsRequestForm-textarea' : 'pk-RightsRequestForm-input',
    autoComplete,
    required,
    spellCheck,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedByIds,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onValueChange(event.target.value),
  };
  return (
    <div className="pk-RightsRequestForm-field" data-invalid={error ? '' : undefined}>
      <label className="pk-RightsRequestForm-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="pk-RightsRequestForm-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error && errorId ? <InlineError id={errorId} message={error} prefix={errorPrefix} /> : null}
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} />
      )}
    </div>
  );
}
