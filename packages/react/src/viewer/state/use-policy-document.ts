import { useContext, useMemo, useState } from 'react';
import {
  availableLocales,
  safeParsePolicy,
  selectTranslation,
  TranslationSetError,
  type PolicyDocument,
  type PolicyIssue,
} from '@policykit/sdk';
import { PolicyKitContext } from '../../i18n/policykit-context';
import { usePolicyKitTranslation } from '../../i18n/use-policykit-translation';

export type PolicyDocumentState =
  | {
      ok: true;
      policy: PolicyDocument;
      /** Locales of the translations given, for the language switch (one or none: no switch). */
      locales: string[];
      chooseLocale(locale: string): void;
    }
  | { ok: false; issues: PolicyIssue[] };

// Validation is linear in the document; do it once per document object.
const validated = new WeakMap<object, ReturnType<typeof safeParsePolicy>>();
function validate(doc: PolicyDocument) {
  let result = validated.get(doc);
  if (!result) validated.set(doc, (result = safeParsePolicy(doc)));
  return result;
}

/**
 * The document to show: the only one, or — given translations — the one for
 * the UI locale (the SDK's BCP 47 fallback), unless the reader picked another
 * in the language switch; in development builds validated, so a broken
 * document gives its issues instead of a crash. Without a `PolicyKitProvider` there is no UI locale
 * yet (the UI follows the document), so the first translation is the default.
 */
export function usePolicyDocument(
  policy: PolicyDocument | readonly PolicyDocument[],
): PolicyDocumentState {
  const context = useContext(PolicyKitContext);
  const ui = usePolicyKitTranslation();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const preferred = chosen ?? (context ? ui.locale : undefined);

  const selection = useMemo(() => {
    if (!Array.isArray(policy)) {
      return { doc: policy as PolicyDocument, locales: [] as string[], issues: undefined };
    }
    try {
      return {
        doc: selectTranslation(policy, preferred),
        locales: availableLocales(policy),
        issues: undefined,
      };
    } catch (error) {
      if (!(error instanceof TranslationSetError)) throw error;
      const issues: PolicyIssue[] = error.issues.map((issue) => ({
        path: issue.index < 0 ? '' : `[${issue.index}]`,
        message: issue.message,
      }));
      return { doc: undefined, locales: [], issues };
    }
  }, [policy, preferred]);

  if (selection.issues) return { ok: false, issues: selection.issues };
  // Development builds check the whole document and list every problem with its path. Production
  // builds trust the type (documents come through `loadPolicy`/`parsePolicy`, which validate) and
  // leave the validator out of the bundle (~6 KB gzip); links are still checked one by one as they
  // render, and a document too broken to render shows an error (see ViewerErrorBoundary).
  // Written out (not a helper) so bundlers see `"production" !== "production"` and drop the branch.
  // No `typeof process` guard: browsers have no `process`, bundlers replace only this expression,
  // and React itself needs it replaced too (its entry point reads process.env.NODE_ENV).
  if (process.env.NODE_ENV !== 'production') {
    const result = validate(selection.doc);
    if (!result.success) return { ok: false, issues: result.issues };
  }
  return { ok: true, policy: selection.doc, locales: selection.locales, chooseLocale: setChosen };
}
