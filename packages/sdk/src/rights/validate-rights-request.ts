import type { rightsErrorsStrings } from '../i18n/strings-rights-errors';
import { LOCALE_PATTERN, RIGHT_ID_PATTERN } from '../document/policy-schema';
import type { PolicyRight, RightId } from '../document/policy-types';
import type {
  RightsRequest,
  RightsRequestField,
  RightsRequestFieldIssue,
} from './rights-request-types';

/**
 * Every issue code `validateRightsRequest` produces; each has a string under `rightsErrors.*`.
 *
 * @example
 * const key: PolicyKitKey = `rightsErrors.${issue.code as RightsRequestIssueCode}`;
 */
export type RightsRequestIssueCode = Exclude<keyof typeof rightsErrorsStrings.en, 'submit'>;

/**
 * Size limits on a request's text, in UTF-16 code units (what `maxlength` counts).
 *
 * @example
 * <textarea maxLength={RIGHTS_REQUEST_LIMITS.details} />
 */
export const RIGHTS_REQUEST_LIMITS = {
  name: 200,
  /** RFC 5321 §4.5.3.1.3: a forward path is at most 256 octets including the angle brackets. */
  email: 254,
  details: 5000,
  policyId: 200,
  policyVersion: 200,
  locale: 35,
} as const;

export interface ValidateRightsRequestOptions {
  /**
   * The rights the policy declares (`policy.rights`, or their ids). When given,
   * `right` must be one of them; otherwise any valid right id passes.
   */
  rights?: readonly (RightId | PolicyRight)[];
}

export type RightsRequestValidationResult =
  { success: true; data: RightsRequest } | { success: false; issues: RightsRequestFieldIssue[] };

// The WHATWG `input type=email` rule for the local part, but the domain must have a
// dot and a top-level label: `name@gmail` is nearly always a typo in a request form.
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;
// E.164: "+", a country code that never starts with 0, at most 15 digits in all.
// Seven digits is the shortest real international number (e.g. Niue, +683 4002).
const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/**
 * Normalizes a typed phone number towards E.164: removes white space (including
 * no-break spaces), hyphens and dashes, dots, slashes and parentheses, and the
 * national trunk prefix written as `(0)` after the country code (`+44 (0)20 …`).
 * Nothing else is guessed: a number without `+` and a country code stays invalid.
 */
function normalizePhone(value: string): string {
  return value
    .trim()
    .replace(/^(\+\d{1,3})\s*\(0\)/, '$1')
    .replace(/[\s\u00a0\u2010-\u2015\-./()]/g, '');
}

/**
 * Checks a rights request field by field and returns either the normalized request
 * (text trimmed, phone in E.164, empty optional fields dropped, unknown keys dropped)
 * or every problem found. Each issue has a `code` — a translation key under
 * `rightsErrors.*` — an English `message` for logs, and `params` for interpolation.
 *
 * Rules: `name` 1–200 characters; `email` syntactically valid, at most 254; `phone`
 * optional, E.164 after normalizing what people type — spaces, hyphens, dots,
 * slashes, parentheses and a `(0)` trunk prefix are removed, so `+62 21 1234 5678`
 * and `+62 (21) 1234-5678` both become `+622112345678`; `right` a
 * known or `x-…` right id, and one of `options.rights` when given; `details`
 * optional, at most 5000 characters; `policyId`, `policyVersion` and a BCP 47
 * `locale` present.
 *
 * @example
 * const result = validateRightsRequest(formValues, { rights: policy.rights });
 * if (!result.success) {
 *   for (const issue of result.issues) showError(issue.field, t(`rightsErrors.${issue.code}`, issue.params));
 * } else {
 *   await client.submit(result.data);
 * }
 */
export function validateRightsRequest(
  input: unknown,
  options: ValidateRightsRequestOptions = {},
): RightsRequestValidationResult {
  const record: Record<string, unknown> =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const issues: RightsRequestFieldIssue[] = [];
  const fail = (
    field: RightsRequestField,
    code: RightsRequestIssueCode,
    message: string,
    params?: Record<string, number>,
  ) => {
    issues.push(params ? { field, code, message, params } : { field, code, message });
    return undefined;
  };

  /** Trimmed text, `''` when absent, `undefined` (with an issue) when not a string. */
  const text = (field: RightsRequestField): string | undefined => {
    const value = record[field];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') return fail(field, 'wrongType', `${field} must be a string`);
    return value.trim();
  };
  const required = (
    field: 'name' | 'email' | 'policyId' | 'policyVersion' | 'locale',
    missing: RightsRequestIssueCode,
    tooLong: RightsRequestIssueCode,
  ): string | undefined => {
    const value = text(field);
    if (value === undefined) return undefined;
    if (value === '') return fail(field, missing, `${field} is required`);
    const max = RIGHTS_REQUEST_LIMITS[field];
    if (value.length > max) {
      return fail(field, tooLong, `${field} must be at most ${max} characters`, { max });
    }
    return value;
  };

  const right = text('right');
  if (right === '') fail('right', 'rightRequired', 'right is required');
  else if (right !== undefined && !RIGHT_ID_PATTERN.test(right)) {
    fail('right', 'rightUnknown', 'right is not a known right id or an x-… id');
  } else if (
    right !== undefined &&
    options.rights &&
    !options.rights.some((r) => (typeof r === 'string' ? r : r.id) === right)
  ) {
    fail('right', 'rightNotOffered', "right is not among the policy's rights");
  }

  const name = required('name', 'nameRequired', 'nameTooLong');

  let email = required('email', 'emailRequired', 'emailTooLong');
  if (email !== undefined && !EMAIL_PATTERN.test(email)) {
    email = fail('email', 'emailInvalid', 'email is not a valid e-mail address');
  }

  let phone = text('phone');
  if (phone) {
    const normalized = normalizePhone(phone);
    if (E164_PATTERN.test(normalized)) phone = normalized;
    else if (/^\d+$/.test(normalized)) {
      phone = fail('phone', 'phoneCountryCode', 'phone must start with + and a country code');
    } else
      phone = fail('phone', 'phoneInvalid', 'phone must be an E.164 number like +622112345678');
  }

  const details = text('details');
  const maxDetails = RIGHTS_REQUEST_LIMITS.details;
  if (details !== undefined && details.length > maxDetails) {
    fail('details', 'detailsTooLong', `details must be at most ${maxDetails} characters`, {
      max: maxDetails,
    });
  }

  const policyId = required('policyId', 'policyIdRequired', 'fieldTooLong');
  const policyVersion = required('policyVersion', 'policyVersionRequired', 'fieldTooLong');
  let locale = required('locale', 'localeRequired', 'localeInvalid');
  if (locale !== undefined && !LOCALE_PATTERN.test(locale)) {
    locale = fail('locale', 'localeInvalid', 'locale is not a BCP 47 tag');
  }

  if (issues.length > 0) return { success: false, issues };
  const data: RightsRequest = {
    policyId: policyId as string,
    policyVersion: policyVersion as string,
    right: right as RightId,
    name: name as string,
    email: email as string,
    locale: locale as string,
  };
  if (phone) data.phone = phone;
  if (details) data.details = details;
  return { success: true, data };
}
