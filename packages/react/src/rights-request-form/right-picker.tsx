import type { RightLabel } from '@policykit/sdk';
import { InlineError } from './inline-error';

export interface RightPickerProps {
  /** Prefix of the radios' ids: the first radio is `${idPrefix}-0` (the error summary links there). */
  idPrefix: string;
  legend: string;
  rights: readonly RightLabel[];
  value: string;
  onValueChange: (rightId: string) => void;
  error?: string | undefined;
  errorPrefix: string;
}

/** The id of the n-th radio, so an error summary link can move focus to the group. */
export function rightRadioId(idPrefix: string, index: number): string {
  return `${idPrefix}-${index}`;
}

/**
 * The request types as native radio buttons in a fieldset: the legend is the question,
 * each radio's value is the right id, and the document's description (when there is one)
 * is tied to its radio with `aria-describedby`. Native radios give arrow keys, Space and
 * the group's name to every browser and screen reader without a line of ARIA.
 */
export function RightPicker({
  idPrefix,
  legend,
  rights,
  value,
  onValueChange,
  error,
  errorPrefix,
}: RightPickerProps) {
  const errorId = error ? `${idPrefix}-error` : undefined;
  return (
    <fieldset
      className="pk-RightsRequestForm-fieldset pk-RightsRequestForm-field"
      aria-describedby={errorId}
      data-invalid={error ? '' : undefined}
    >
      <legend className="pk-RightsRequestForm-legend">{legend}</legend>
      {error && errorId ? <InlineError id={errorId} message={error} prefix={errorPrefix} /> : null}
      <div className="pk-RightsRequestForm-choices">
        {rights.map((right, index) => {
          const id = rightRadioId(idPrefix, index);
          const descriptionId = right.description ? `${id}-description` : undefined;
          return (
            <div className="pk-RightsRequestForm-choice" key={right.id} data-right={right.id}>
              <input
                className="pk-RightsRequestForm-radio"
                type="radio"
                id={id}
                name={idPrefix}
                value={right.id}
                checked={value === right.id}
                onChange={() => onValueChange(right.id)}
                aria-describedby={descriptionId}
                aria-invalid={error ? true : undefined}
              />
              <label className="pk-RightsRequestForm-choiceLabel" htmlFor={id}>
                {right.title}
              </label>
              {right.description ? (
                <p
                  className="pk-RightsRequestForm-hint pk-RightsRequestForm-choiceHint"
                  id={descriptionId}
                >
                  {right.description}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
