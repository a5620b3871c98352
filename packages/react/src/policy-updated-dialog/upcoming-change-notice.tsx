import { useId } from 'react';
import type { PolicyDiff, PolicyDocument } from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { PolicyChangesList, type SectionHref } from './policy-changes-list';

export interface UpcomingChangeNoticeProps {
  upcoming: PolicyDocument;
  /** Already formatted for the reader (`1 Januari 2027`). */
  effectiveDate: string;
  /** `diffPolicies(policy, upcoming)`. */
  diff: PolicyDiff;
  t: PolicyKitT;
  className?: string;
  /**
   * Where the *upcoming* version's sections can be read. Without it the list names the
   * sections without linking them: the viewer on the page still shows the version in
   * force, so a link there would show the old text under a "changes" heading.
   */
  sectionHref?: SectionHref;
  onAcknowledge: () => void;
}

/**
 * Tells people about a version that has not taken effect yet (UU PDP 27/2022 Pasal 21(2):
 * a controller notifies data subjects *before* a change applies).
 *
 * Deliberately not a modal: nothing is required of the person yet, so it neither traps
 * focus nor hides the page. It is a labelled region (findable by landmark navigation);
 * the short sentence is announced through a separate polite live region (see
 * `PolicyUpdatedDialog`), because a live region around the whole notice would read the
 * list and the buttons aloud again whenever the disclosure opens.
 */
export function UpcomingChangeNotice({
  upcoming,
  effectiveDate,
  diff,
  t,
  className,
  sectionHref,
  onAcknowledge,
}: UpcomingChangeNoticeProps) {
  const headingId = useId();
  const changedCount = diff.sections.filter((section) => section.change !== 'unchanged').length;
  return (
    <section
      className={['pk-UpcomingChangeNotice', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <p className="pk-UpcomingChangeNotice-heading" id={headingId}>
        {t('dialog.upcoming.heading', { date: effectiveDate })}
      </p>
      <p className="pk-UpcomingChangeNotice-description">
        {t('dialog.upcoming.description', { version: upcoming.version, title: upcoming.title })}
      </p>
      <details className="pk-UpcomingChangeNotice-details">
        <summary>
          {t('dialog.upcoming.whatChanges')}
          {changedCount > 0 ? ` (${t('dialog.sectionCount', { count: changedCount })})` : null}
        </summary>
        <PolicyChangesList
          diff={diff}
          t={t}
          sectionHref={sectionHref}
          linkSections={!!sectionHref}
        />
      </details>
      <div className="pk-UpcomingChangeNotice-actions">
        <button
          type="button"
          className="pk-Button pk-UpcomingChangeNotice-acknowledge"
          data-variant="primary"
          onClick={onAcknowledge}
        >
          {t('dialog.upcoming.acknowledge')}
        </button>
      </div>
    </section>
  );
}
