import { useContext, useEffect, useMemo } from 'react';
import { selectTranslation, TranslationSetError, type PolicyDocument } from '@policykit/sdk';
import { PolicyKitContext } from '../i18n/policykit-context';
import { usePolicyKitTranslation } from '../i18n/use-policykit-translation';

/** One policy document, or several translations of it (same `id` and `version`). */
export type PolicyOrTranslations = PolicyDocument | readonly PolicyDocument[];

/**
 * The document a component shows: the only one, or — given translations — the one for the UI
 * locale, by the SDK's BCP 47 fallback (`selectTranslation`, as `<PolicyViewer>` does). Without a
 * `PolicyKitProvider` there is no UI locale (the UI follows the document), so the first
 * translation is the one. `locale` picks the translation matching another document instead (the
 * dialog's previous version in the language of the current one).
 *
 * A set that is not one policy's translations is a host's mistake that must be loud but must not
 * take the page down: the `TranslationSetError` (which names each offending translation by index
 * and locale) goes to the console and the first document is used. An empty list throws it.
 */
export function useTranslationOf(policy: PolicyOrTranslations, locale?: string): PolicyDocument;
export function useTranslationOf(
  policy: PolicyOrTranslations | undefined,
  locale?: string,
): PolicyDocument | undefined;
export function useTranslationOf(
  policy: PolicyOrTranslations | undefined,
  locale?: string,
): PolicyDocument | undefined {
  const context = useContext(PolicyKitContext);
  const ui = usePolicyKitTranslation();
  const preferred = locale ?? (context ? ui.locale : undefined);
  const { doc, error } = useMemo(() => pick(policy, preferred), [policy, preferred]);
  useEffect(() => {
    if (error) console.error(error);
  }, [error]);
  return doc;
}

function pick(
  policy: PolicyOrTranslations | undefined,
  preferred: string | undefined,
): { doc: PolicyDocument | undefined; error?: TranslationSetError } {
  if (policy === undefined || !isTranslationSet(policy)) return { doc: policy };
  try {
    return { doc: selectTranslation(policy, preferred) };
  } catch (error) {
    // An empty set leaves nothing to show: that one is thrown.
    if (!(error instanceof TranslationSetError) || policy.length === 0) throw error;
    return { doc: policy[0], error };
  }
}

// `Array.isArray` does not narrow a `readonly` array type out of a union.
function isTranslationSet(policy: PolicyOrTranslations): policy is readonly PolicyDocument[] {
  return Array.isArray(policy);
}
