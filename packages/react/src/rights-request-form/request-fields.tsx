import {
  RIGHTS_REQUEST_LIMITS,
  type ContactDetails as Contact,
  type RequestDraft,
  type RightLabel,
  type RightsRequestField,
} from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { ContactDetails } from './contact-details';
import { RightPicker } from './right-picker';
import { TextField } from './text-field';

export interface RequestFieldIds {
  right: string;
  name: string;
  email: string;
  phone: string;
  details: string;
  detailsCount: string;
}

export interface RequestFieldsProps {
  ids: RequestFieldIds;
  rights: readonly RightLabel[];
  values: RequestDraft;
  onFieldChange: (field: keyof RequestDraft, value: string) => void;
  errors: ReadonlyMap<RightsRequestField, string>;
  contact: Contact | undefined;
  headingLevel: number;
  t: PolicyKitT;
}

/**
 * The request itself: the right, then name, e-mail, optional phone and details (with a
 * character count tied to the textarea), then the submit button. Without rights to offer,
 * it says so and shows the contact instead of an empty question.
 */
export function RequestFields({
  ids,
  rights,
  values,
  onFieldChange,
  errors,
  contact,
  headingLevel,
  t,
}: RequestFieldsProps) {
  const errorPrefix = t('rights.errorSummary.prefix');
  const limit = RIGHTS_REQUEST_LIMITS.details;
  const remaining = limit - values.details.length;
  return (
    <>
      {rights.length > 0 ? (
        <RightPicker
          idPrefix={ids.right}
          legend={t('rights.picker.legend')}
          rights={rights}
          value={values.right}
          onValueChange={(value) => onFieldChange('right', value)}
          error={errors.get('right')}
          errorPrefix={errorPrefix}
        />
      ) : (
        <div className="pk-RightsRequestForm-field">
          <p>{t('rights.picker.none')}</p>
          {contact ? <ContactDetails contact={contact} headingLevel={headingLevel} t={t} /> : null}
        </div>
      )}
      <TextField
        id={ids.name}
        label={t('rights.fields.name.label')}
        value={values.name}
        onValueChange={(value) => onFieldChange('name', value)}
        error={errors.get('name')}
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
        value={values.email}
        onValueChange={(value) => onFieldChange('email', value)}
        error={errors.get('email')}
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
        value={values.phone}
        onValueChange={(value) => onFieldChange('phone', value)}
        error={errors.get('phone')}
        errorPrefix={errorPrefix}
        autoComplete="tel"
      />
      <TextField
        id={ids.details}
        multiline
        label={t('rights.fields.details.label')}
        hint={t('rights.fields.details.hint', { limit })}
        value={values.details}
        onValueChange={(value) => onFieldChange('details', value)}
        error={errors.get('details')}
        errorPrefix={errorPrefix}
        describedBy={ids.detailsCount}
      />
      {/* Read with the textarea's description rather than live on every keystroke (GOV.UK's
          character count debounces its announcements for the same reason). */}
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
  );
}
