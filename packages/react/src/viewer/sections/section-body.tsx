import { memo } from 'react';
import type { Section } from '@policykit/sdk';
import { renderBlock } from '../blocks/render-block';
import type { RenderEnv } from '../blocks/render-env';
import type { ViewerLabels } from '../state/viewer-context';
import type { SectionHighlight } from '../state/viewer-store';
import { SectionList } from './section-list';

export interface SectionBodyProps {
  section: Section;
  depth: number;
  highlight: SectionHighlight | undefined;
  idPrefix: string;
  labels: ViewerLabels;
}

/**
 * A section's blocks and subsections. Memoized on the section object, its
 * highlight and the language's labels: opening, closing or searching
 * elsewhere never re-renders it.
 */
export const SectionBody = /* @__PURE__ */ memo(function SectionBody({
  section,
  depth,
  highlight,
  idPrefix,
  labels,
}: SectionBodyProps) {
  const env: RenderEnv = { idPrefix, sectionId: section.id, labels };
  return (
    <>
      {section.blocks.map((block, index) =>
        renderBlock(
          block,
          String(index),
          highlight ? { kind: 'result', highlight, index } : undefined,
          env,
        ),
      )}
      {section.sections && <SectionList sections={section.sections} depth={depth + 1} />}
    </>
  );
});
