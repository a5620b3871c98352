import { memo, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../dom/use-isomorphic-layout-effect';
import type { Section } from '@policykit/sdk';

export interface TableOfContentsProps {
  sections: readonly Section[];
  label: string;
  /** `lang` of the label when the UI language differs from the document's. */
  lang: string | undefined;
  /** Id of the visible label (names the `nav` landmark). */
  labelId: string;
}

/**
 * Below this width the contents start folded: on a 390 px phone the list of a
 * dozen sections filled the whole first screen and pushed the search and the
 * policy itself below the fold.
 */
const NARROW = '(max-width: 40em)';

/**
 * Links to every section (`#section-id`), nested like the document, in a
 * `<details>` the reader can fold. The links work without JavaScript; with
 * it, following one also opens the section (see the deep-link handling in
 * `PolicyViewer`).
 *
 * The server renders it open (readable before and without JavaScript); on a
 * narrow screen it folds before the first paint of a client render, or right
 * after hydration. Find-in-page opens a folded `<details>` by itself.
 */
export const TableOfContents = /* @__PURE__ */ memo(function TableOfContents({
  sections,
  label,
  lang,
  labelId,
}: TableOfContentsProps) {
  const [open, setOpen] = useState(true);
  useIsomorphicLayoutEffect(() => {
    if (typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches) {
      setOpen(false);
    }
  }, []);
  return (
    <nav className="pk-PolicyViewer-toc" aria-labelledby={labelId}>
      <details
        className="pk-PolicyViewer-tocDetails"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary className="pk-PolicyViewer-tocTitle">
          <span id={labelId} lang={lang}>
            {label}
          </span>
        </summary>
        <TocList sections={sections} />
      </details>
    </nav>
  );
});

function TocList({ sections }: { sections: readonly Section[] }) {
  return (
    <ol className="pk-PolicyViewer-tocList">
      {sections.map((section) => (
        <li key={section.id}>
          <a className="pk-PolicyViewer-link" href={`#${section.id}`}>
            {section.title}
          </a>
          {section.sections && section.sections.length > 0 && (
            <TocList sections={section.sections} />
          )}
        </li>
      ))}
    </ol>
  );
}
