import { type CalloutBlock } from '@policykit/sdk';
import { findMatches } from '@policykit/sdk/text';
import type { ReactNode } from 'react';
import { renderBlock, wholeBlockMarks, type BlockMarks } from './block-view';
import { markText } from './marked-text';
import type { RenderEnv } from './render-env';
import { blockId } from './viewer-context';

/**
 * A callout: `role="note"`, named by its visible label — the tone in words
 * ("Important", "Penting"), never colour alone (WCAG 1.4.1) — and its title
 * when it says more than the tone (a Markdown `**Penting**` callout has title
 * "Penting": shown once, not "Penting: Penting").
 *
 * @selector .pk-PolicyViewer-callout[data-tone="info" | "important" | "warning"]
 */
export function calloutBlock(
  block: CalloutBlock,
  path: string,
  marks: BlockMarks,
  env: RenderEnv,
): ReactNode {
  const labelId = blockId(env.idPrefix, env.sectionId, path);
  const toneLabel = env.labels.callout[block.tone] ?? env.labels.callout.info;
  const title = block.title?.trim();
  const showTitle = title && title.toLocaleLowerCase() !== toneLabel.toLocaleLowerCase();
  // A matching callout highlights the query's terms in every part of it.
  const inner = wholeBlockMarks(marks);
  const mark = (text: string) => markText(text, inner ? findMatches(text, inner.query) : undefined);
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
          {title && !showTitle ? mark(toneLabel) : toneLabel}
        </span>
        {showTitle && (
          <>
            {': '}
            <span className="pk-PolicyViewer-calloutTitle">{mark(title)}</span>
          </>
        )}
      </p>
      {block.blocks.map((child, index) => renderBlock(child, `${path}-${index}`, inner, env))}
    </div>
  );
}
