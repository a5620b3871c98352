import { memo, useRef } from 'react';
import type { Section } from '@policykit/sdk';
import { clampHeadingLevel } from './heading-level';
import { markText } from './marked-text';
import { SectionBody } from './section-body';
import { useUntilFound } from './use-until-found';
import { useSectionState } from './use-viewer-store';
import { sectionIds, useViewerContext } from './viewer-context';

export interface SectionItemProps {
  section: Section;
  /** 0 for a top-level section. */
  depth: number;
}

/**
 * One section: a real heading holding the toggle button (WAI-ARIA APG
 * accordion), the summary line, and the panel. The panel's content is a
 * separate memoized component, so opening or closing re-renders this
 * heading and one attribute — never the text — and a search re-renders only
 * sections whose highlights change.
 *
 * @selector .pk-PolicyViewer-section[data-state="open" | "closed"]
 * @selector .pk-PolicyViewer-section[data-change="added" | "modified"] — with `changesSince`
 */
export const SectionItem = /* @__PURE__ */ memo(function SectionItem({
  section,
  depth,
}: SectionItemProps) {
  const { store, variant, idPrefix, headingLevel, labels, changes, regionRole, toggle } =
    useViewerContext();
  const accordion = variant === 'accordion';
  const { open: storedOpen, highlight } = useSectionState(store, section.id);
  const open = !accordion || storedOpen;
  const contentRef = useRef<HTMLDivElement>(null);
  useUntilFound(contentRef, open);

  const ids = sectionIds(idPrefix, section.id);
  const change = changes.get(section.id);
  const title = markText(section.title, highlight?.title);
  // The space keeps "Security New" two words in the button's accessible name; flex layout hides it.
  const badge = change && (
    <>
      {' '}
      <span className="pk-PolicyViewer-badge" data-change={change} lang={labels.lang}>
        {change === 'added' ? labels.added : labels.modified}
      </span>
    </>
  );
  const Heading = `h${clampHeadingLevel(headingLevel + depth)}` as 'h2';

  return (
    <section
      className="pk-PolicyViewer-section"
      id={section.id}
      data-state={open ? 'open' : 'closed'}
      data-change={change}
    >
      <Heading className="pk-PolicyViewer-heading">
        {accordion ? (
          <button
            type="button"
            className="pk-PolicyViewer-trigger"
            id={ids.trigger}
            aria-expanded={open}
            aria-controls={ids.content}
            aria-describedby={section.summary ? ids.summary : undefined}
            onClick={() => toggle(section.id)}
          >
            <span className="pk-PolicyViewer-triggerText">{title}</span>
            {badge}
          </button>
        ) : (
          <>
            {title}
            {badge}
          </>
        )}
      </Heading>
      {section.summary && (
        <p className="pk-PolicyViewer-summary" id={ids.summary}>
          {markText(section.summary, highlight?.summary)}
        </p>
      )}
      <div
        ref={contentRef}
        className="pk-PolicyViewer-content"
        id={ids.content}
        role={accordion && regionRole ? 'region' : undefined}
        aria-labelledby={accordion && regionRole ? ids.trigger : undefined}
        hidden={accordion ? !open : undefined}
      >
        <SectionBody
          section={section}
          depth={depth}
          highlight={highlight}
          idPrefix={idPrefix}
          labels={labels}
        />
      </div>
    </section>
  );
});
