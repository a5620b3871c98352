import { memo } from 'react';
import type { Section } from '@policykit/sdk';
import { renderBlock } from './block-view';
import type { RenderEnv } from './render-env';
import { SectionList } from './section-list';
import type { ViewerLabels } from './viewer-context';
import type { SectionHighlight } from './viewer-store';

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
  const blocks = section.blocks.map((block, index) =>
    renderBlock(
      block,
      String(index),
      highlight ? { kind: 'result', highlight, index } : undefined,
      env,
    ),
  );
  if (!section.sections) return blocks;
  // One flat list: an array nested in children would be one more fiber per section.
  blocks.push(<SectionList key="sections" sections={section.sections} depth={depth + 1} />);
  return blocks;
});
