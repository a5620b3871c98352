import { type CalloutBlock } from '@policykit/sdk';
import type { ReactNode } from 'react';
import { blockId } from '../state/element-ids';
import { markQuery, wholeBlockMarks, type BlockMarks } from './block-marks';
import type { RenderEnv } from './render-env';

/**
 * A callout: `role="note"`, named by its visible label — the tone in words
 * ("Important", "Penting"), never colour alone (WCAG 1.4.1) — and its title
 * when it says more than the tone (a Markdown `**Penting**` callout has title
 * "Penting": shown once, not "Penting: Penting"). `children` are its own
 * blocks, rendered by `renderBlock` with the same marks (so this module does
 * not import the renderer that imports it).
 *
 * @selector .pk-PolicyViewer-callout[data-tone="info" | "important" | "warning"]
 */
export function calloutBlock(
  block: CalloutBlock,
  path: string,
  marks: BlockMarks,
  env: RenderEnv,
  children: ReactNode,
): ReactNode {
  const labelId = blockId(env.idPrefix, env.sectionId, path);
  const toneLabel = env.labels.callout[block.tone] ?? env.labels.callout.info;
  const title = block.title?.trim();
  const showTitle = title && title.toLocaleLowerCase() !== toneLabel.toLocaleLowerCase();
  // A matching callout highlights the query's terms in every part of it.
  const inner = wholeBlockMarks(marks);
  return (
    <div
      key={path}
      className="pk-PolicyViewer-callout"
      role="note"
      aria-labelledby={labelId}
      data-tone={block.tone}
    >
      <p className="pk-PolicyViewer-calloutLabel" id={labelId}>
        {/* When the title is the tone ("Penting"), the label is the document's own text. */}
        <span
          className="pk-PolicyViewer-calloutTone"
          lang={title && !showTitle ? undefined : env.labels.lang}
        >
          {title && !showTitle ? markQuery(toneLabel, inner) : toneLabel}
        </span>
        {showTitle && (
          <>
            {': '}
            <span className="pk-PolicyViewer-calloutTitle">{markQuery(title, inner)}</span>
          </>
        )}
      </p>
      {children}
    </div>
  );
}
