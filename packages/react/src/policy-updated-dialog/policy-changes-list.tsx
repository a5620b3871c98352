import type { MouseEvent } from 'react';
import type { PolicyDiff, SectionChange } from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';

/** Where a link to a section of the policy goes: a base URL (`/privacy`) or a builder. */
export type SectionHref = string | ((sectionId: string) => string);

/** `#id` by default; `"/privacy"` → `/privacy#id`; a function decides everything itself. */
export function sectionHrefFor(sectionHref: SectionHref | undefined, sectionId: string): string {
  if (typeof sectionHref === 'function') return sectionHref(sectionId);
  return `${sectionHref ?? ''}#${sectionId}`;
}

export interface PolicyChangesListProps {
  diff: PolicyDiff;
  t: PolicyKitT;
  sectionHref?: SectionHref;
  /** `false` names sections without linking them (default `true`). */
  linkSections?: boolean;
  /** Called when a link to a changed section is followed (the default navigation still runs). */
  onSectionLinkClick?: (sectionId: string, event: MouseEvent<HTMLAnchorElement>) => void;
  /** Id for the list, so a heading or a description can point at it. */
  id?: string;
}

type ShownChange = Exclude<SectionChange, 'unchanged'>;

function changeLabel(change: ShownChange, t: PolicyKitT): string {
  switch (change) {
    case 'added':
      return t('dialog.change.added');
    case 'modified':
      return t('dialog.change.modified');
    case 'removed':
      return t('dialog.change.removed');
    default:
      return change satisfies never;
  }
}

/**
 * The changed sections of one `diffPolicies` result, in document order: a translated
 * badge (new / changed / removed) and the title, linked to the section — except removed
 * sections, which have nowhere left to go (the badge, not only the strike-through, says so). Nested sections keep their depth
 * (`data-depth`) so a reader sees where they sit.
 *
 * @selector [data-change="added" | "modified" | "removed"] on each item
 */
export function PolicyChangesList({
  diff,
  t,
  sectionHref,
  linkSections = true,
  onSectionLinkClick,
  id,
}: PolicyChangesListProps) {
  const changed = diff.sections.filter(
    (section): section is typeof section & { change: ShownChange } =>
      section.change !== 'unchanged',
  );
  if (changed.length === 0) {
    return (
      <p className="pk-PolicyChangesList-empty" id={id}>
        {diff.changed ? t('dialog.onlyDetailsChanged') : t('dialog.noContentChanged')}
      </p>
    );
  }
  return (
    <ul className="pk-PolicyChangesList" id={id}>
      {changed.map((section) => (
        <li
          key={section.id}
          className="pk-PolicyChangesList-item"
          data-change={section.change}
          data-depth={Math.min(section.depth, 4)}
        >
          <span className="pk-PolicyChangesList-badge">{changeLabel(section.change, t)}</span>{' '}
          {section.change === 'removed' || !linkSections ? (
            <span className="pk-PolicyChangesList-title">{section.title}</span>
          ) : (
            <a
              className="pk-PolicyChangesList-link"
              href={sectionHrefFor(sectionHref, section.id)}
              // A page's <base target> (Storybook's preview has `_parent`) would otherwise
              // send a jump to a section of this page into another frame.
              target="_self"
              onClick={(event) => onSectionLinkClick?.(section.id, event)}
            >
              {section.title}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
