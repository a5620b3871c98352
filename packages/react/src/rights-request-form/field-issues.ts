import type { PolicyKitKey, RightsRequestField, RightsRequestFieldIssue } from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import type { ErrorSummaryItem } from './error-summary';

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

export interface DescribedIssues {
  /** The first problem of each field, translated: the inline error. */
  errors: ReadonlyMap<RightsRequestField, string>;
  /** One line per field with a problem, in form order, linked to its control where there is one. */
  summary: ErrorSummaryItem[];
}

/**
 * Turns validation issues (the SDK's, or a server's 400) into what the form shows. Each
 * `code` is a key under `rightsErrors.*`; a code the kit has no sentence for (a server's
 * own) falls back to the issue's English `message` rather than showing a raw key.
 *
 * @example
 * const { errors, summary } = describeIssues(issues, t, (field) => ids[field]);
 */
export function describeIssues(
  issues: readonly RightsRequestFieldIssue[],
  t: PolicyKitT,
  targetOf: (field: RightsRequestField) => string | undefined,
): DescribedIssues {
  const errors = new Map<RightsRequestField, string>();
  for (const issue of issues) {
    if (errors.has(issue.field)) continue;
    const key = `rightsErrors.${issue.code}` as PolicyKitKey;
    errors.set(issue.field, t(key, { ...issue.params, defaultValue: issue.message }));
  }
  const summary = FIELD_ORDER.flatMap((field) => {
    const message = errors.get(field);
    return message ? [{ message, targetId: targetOf(field) }] : [];
  });
  return { errors, summary };
}
