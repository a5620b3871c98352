import { formatPolicyDate, relativeTimeFromNow, type PolicyDocument } from '@policykit/sdk';
import type { ReactNode } from 'react';
import type { PolicyKitT } from '../../i18n/use-policykit-translation';
import type { HeadingLevel } from '../../shared/heading-level';

export interface ViewerHeaderProps {
  policy: PolicyDocument;
  showTitle: boolean;
  titleLevel: HeadingLevel;
  /** Locale for dates (the UI's). */
  locale: string;
  /** `lang` of the UI text when it differs from the document's. */
  lang: string | undefined;
  t: PolicyKitT;
  /** The language switch, when the viewer was given translations. */
  children?: ReactNode;
}

/**
 * Title, "applies to", last-updated date with how long ago that was ("12 Juni
 * 2024 (2 tahun yang lalu)") and the effective date, all through `Intl`.
 */
export function ViewerHeader({
  policy,
  showTitle,
  titleLevel,
  locale,
  lang,
  t,
  children,
}: ViewerHeaderProps) {
  const Heading = `h${titleLevel}` as const;
  return (
    // A <div>, not <header>: outside sectioning content a <header> is the page's banner landmark.
    <div className="pk-PolicyViewer-header">
      {showTitle && <Heading className="pk-PolicyViewer-title">{policy.title}</Heading>}
      {policy.appliesTo && <p className="pk-PolicyViewer-appliesTo">{policy.appliesTo}</p>}
      <dl className="pk-PolicyViewer-meta" lang={lang}>
        <div className="pk-PolicyViewer-metaRow">
          <dt>{t('viewer.lastUpdated')}</dt>
          <dd>
            <time dateTime={policy.lastUpdated}>{dateText(policy.lastUpdated, locale)}</time>{' '}
            {/* "2 years ago" depends on the day it is rendered: the server's day may not be the reader's. */}
            <span className="pk-PolicyViewer-relative" suppressHydrationWarning>
              {`(${relativeText(policy.lastUpdated, locale)})`}
            </span>
          </dd>
        </div>
        {policy.effectiveDate && (
          <div className="pk-PolicyViewer-metaRow">
            <dt>{t('viewer.effectiveDate')}</dt>
            <dd>
              <time dateTime={policy.effectiveDate}>{dateText(policy.effectiveDate, locale)}</time>
            </dd>
          </div>
        )}
      </dl>
      {children}
    </div>
  );
}

// The document was validated, so these dates are real; the fallbacks keep a hand-built one readable.
function dateText(iso: string, locale: string): string {
  try {
    return formatPolicyDate(iso, locale);
  } catch {
    return iso;
  }
}

function relativeText(iso: string, locale: string): string {
  try {
    return relativeTimeFromNow(iso, locale);
  } catch {
    return iso;
  }
}
