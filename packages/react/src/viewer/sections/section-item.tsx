import * as Accordion from '@radix-ui/react-accordion';
import { memo, useMemo } from 'react';
import type { Section } from '@policykit/sdk';
import { clampHeadingLevel } from '../../shared/heading-level';
import { useSelector } from '../../store/use-selector';
import { markText } from '../blocks/mark-text';
import { markUntilFound } from '../dom/until-found';
import { contentId, summaryId, triggerId } from '../state/element-ids';
import { useViewerContext } from '../state/viewer-context';
import { watchSections } from '../state/viewer-store';
import { SectionBody } from './section-body';

export interface SectionItemProps {
  section: Section;
  /** 0 for a top-level section. */
  depth: number;
}

/**
 * One section: a Radix `Accordion.Item` (rendered onto the `<section>`)
 * whose `Accordion.Trigger` is the `<button>` inside the real heading of its
 * level (WAI-ARIA APG accordion), then the summary line and the panel. The
 * heading is ours, not `Accordion.Header`: Header only renders a heading with
 * `data-state` and `data-orientation`, which we set, and its Slot, context
 * read and three components per section cost ~10% of the viewer's mount at
 * 1000 sections (bench/viewer.bench.ts). The item's Root is its group's (see
 * `SectionList`); the item reads its open state from there, and the panel's
 * from the viewer's store — both change in the same render.
 *
 * The panel is the viewer's own always-mounted region, not
 * `Accordion.Content`: Content (Presence) measures its layout on mount and
 * drops closed content from the DOM, while collapsed text must stay in the
 * DOM as `hidden="until-found"` for find-in-page and the server HTML. The
 * trigger gets the panel's id as `aria-controls` (Radix spreads our props
 * after its own, and would drop the attribute while closed); its ref turns
 * `hidden` into `until-found` while closed (`markUntilFound`). Arrow keys,
 * Home and End are the viewer's, across every Root
 * (`onSectionsKeyDownCapture`, which stops Radix's roving inside one Root).
 * The panel's content is a separate memoized component, so opening or
 * closing re-renders the heading and one attribute — never the text — and a
 * search re-renders only sections whose highlights change.
 *
 * `variant="document"` has no toggles: a plain heading, no Radix. Nor has the
 * accordion before its script runs (server HTML, hydration; `useEnhanced`):
 * the heading holds the title as text, the panel is not hidden.
 *
 * @selector .pk-PolicyViewer-section[data-state="open" | "closed"] — Radix's item state; also on the heading and the trigger
 * @selector .pk-PolicyViewer-section[data-orientation="vertical"] — Radix's, on the item, heading and trigger (accordion variant)
 * @selector .pk-PolicyViewer-section[data-change="added" | "modified"] — with `changesSince`
 * @selector .pk-PolicyViewer-trigger[aria-expanded="true" | "false"]
 */
export const SectionItem = /* @__PURE__ */ memo(function SectionItem({
  section,
  depth,
}: SectionItemProps) {
  const { store, variant, idPrefix, headingLevel, labels, changes, regionRole, enhanced } =
    useViewerContext();
  const accordion = variant === 'accordion';
  // Before the script runs (server HTML, hydration) a section is a heading over visible text.
  const live = accordion && enhanced;
  // Two selections of this section's own state, heard only when it changes: nothing else
  // re-renders this item, or even runs its selectors.
  const own = useMemo(() => watchSections(store, [section.id]), [store, section.id]);
  const storedOpen = useSelector(own, (state) => state.open.has(section.id));
  const highlight = useSelector(own, (state) => state.highlights.get(section.id));
  const open = !live || storedOpen;

  const panelId = contentId(idPrefix, section.id);
  const summaryElementId = section.summary ? summaryId(idPrefix, section.id) : undefined;
  const buttonId = accordion ? triggerId(idPrefix, section.id) : undefined;
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
  const Heading = `h${clampHeadingLevel(headingLevel + depth)}` as const;
  const summary = section.summary && (
    <p className="pk-PolicyViewer-summary" id={summaryElementId}>
      {markText(section.summary, highlight?.summary)}
    </p>
  );
  const panel = (
    <div
      ref={open ? undefined : markUntilFound}
      className="pk-PolicyViewer-content"
      id={panelId}
      role={live && regionRole ? 'region' : undefined}
      aria-labelledby={live && regionRole ? buttonId : undefined}
      hidden={live ? !open : undefined}
    >
      <SectionBody
        section={section}
        depth={depth}
        highlight={highlight}
        idPrefix={idPrefix}
        labels={labels}
      />
    </div>
  );

  if (!accordion) {
    return (
      <section
        className="pk-PolicyViewer-section"
        id={section.id}
        data-state="open"
        data-change={change}
      >
        <Heading className="pk-PolicyViewer-heading">
          {title}
          {badge}
        </Heading>
        {summary}
        {panel}
      </section>
    );
  }

  if (!live) {
    // The same Item and <section> as below, so the enhancing render keeps their DOM (and the
    // text's): only the heading's contents become a button. Our `undefined`s win over the
    // Item's `data-state="closed"` (Slot spreads the child's props last): nothing claims closed.
    return (
      <Accordion.Item value={section.id} asChild>
        <section
          className="pk-PolicyViewer-section"
          id={section.id}
          data-change={change}
          data-state={undefined}
          data-orientation={undefined}
        >
          <Heading className="pk-PolicyViewer-heading">
            <span className="pk-PolicyViewer-triggerText">{title}</span>
            {badge}
          </Heading>
          {summary}
          {panel}
        </section>
      </Accordion.Item>
    );
  }

  return (
    <Accordion.Item value={section.id} asChild>
      <section className="pk-PolicyViewer-section" id={section.id} data-change={change}>
        {/* The attributes Radix's Header would set; see above for why there is no Header. */}
        <Heading
          className="pk-PolicyViewer-heading"
          data-state={open ? 'open' : 'closed'}
          data-orientation="vertical"
        >
          {/* Radix spreads these after its own: the ids tie the button to our panel. */}
          <Accordion.Trigger
            className="pk-PolicyViewer-trigger"
            id={buttonId}
            aria-controls={panelId}
            aria-describedby={summaryElementId}
          >
            <span className="pk-PolicyViewer-triggerText">{title}</span>
            {badge}
          </Accordion.Trigger>
        </Heading>
        {summary}
        {panel}
      </section>
    </Accordion.Item>
  );
});
