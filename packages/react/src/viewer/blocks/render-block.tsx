import type { Block } from '@policykit/sdk';
import type { ReactNode } from 'react';
import { rangesFor, wholeBlockMarks, type BlockMarks } from './block-marks';
import { calloutBlock } from './callout-block';
import { contactBlock } from './contact-block';
import { imageBlock } from './image-block';
import { inlineNodes } from './inline-nodes';
import { listBlock } from './list-block';
import { tableBlock } from './table-block';
import type { RenderEnv } from './render-env';

/**
 * One block of a section, by type.
 *
 * @param path unique within the section (`3`, `3-0` inside a callout): derives element ids.
 */
export function renderBlock(
  block: Block,
  path: string,
  marks: BlockMarks,
  env: RenderEnv,
): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p key={path} className="pk-PolicyViewer-paragraph">
          {inlineNodes(
            block.text,
            rangesFor(marks, block.text, (highlight, index) => highlight.paragraphs.get(index)),
            env.labels.opensInNewTab,
            env.labels.lang,
          )}
        </p>
      );
    case 'list':
      return listBlock(block, path, marks, env, renderNested(env));
    case 'callout': {
      const inner = wholeBlockMarks(marks);
      const children = block.blocks.map((child, index) =>
        renderBlock(child, `${path}-${index}`, inner, env),
      );
      return calloutBlock(block, path, marks, env, children);
    }
    case 'contact':
      return contactBlock(block, path, marks, env);
    case 'table':
      return tableBlock(block, path, marks, env, renderNested(env));
    case 'image':
      return imageBlock(block, path, marks);
    default:
      return block satisfies never;
  }
}

/** How a list item or table cell renders the blocks it holds: with this renderer. */
function renderNested(env: RenderEnv) {
  return (blocks: readonly Block[], path: string, marks: BlockMarks): ReactNode =>
    blocks.map((child, index) => renderBlock(child, `${path}-${index}`, marks, env));
}
