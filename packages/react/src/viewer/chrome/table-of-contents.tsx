import { memo } from 'react';
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
 * Links to every section (`#section-id`), nested like the document. The
 * links work without JavaScript; with it, following one also opens the
 * section (see the deep-link handling in `PolicyViewer`).
 */
export const TableOfContents = /* @__PURE__ */ memo(function TableOfContents({
  sections,
  label,
  lang,
  labelId,
}: TableOfContentsProps) {
  return (
    <nav className="pk-PolicyViewer-toc" aria-labelledby={labelId}>
      <p className="pk-PolicyViewer-tocTitle" id={labelId} lang={lang}>
        {label}
      </p>
      <TocList sections={sections} />
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
