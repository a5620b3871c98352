import type { ListBlock } from '@policykit/sdk';
import { isRichContent } from '@policykit/sdk/text';
import type { ReactNode } from 'react';
import { blockId } from '../state/element-ids';
import { rangesFor, type BlockMarks, type RenderBlocks } from './block-marks';
import { inlineNodes } from './inline-nodes';
import { markText } from './mark-text';
import type { RenderEnv } from './render-env';

/**
 * An ordered or unordered list. Its title ("We collect:") is a visible line
 * that also names the list (`aria-labelledby`), so a screen reader announces
 * "We collect, list, 4 items". An item that holds blocks (several paragraphs,
 * a nested list) renders them inside its `<li>` through `renderBlocks`.
 */
export function listBlock(
  block: ListBlock,
  path: string,
  marks: BlockMarks,
  env: RenderEnv,
  renderBlocks: RenderBlocks,
): ReactNode {
  const titleId = block.title ? blockId(env.idPrefix, env.sectionId, path) : undefined;
  const List = block.ordered ? 'ol' : 'ul';
  const index = marks?.kind === 'result' ? marks.index : -1;
  const items = block.items.map((item, itemIndex) => {
    if (isRichContent(item)) {
      // A matching rich item highlights the query's terms in each of its blocks.
      const matched =
        marks?.kind === 'query' ||
        (marks?.kind === 'result' && marks.highlight.items.has(`${index}:${itemIndex}`));
      const query = marks?.kind === 'query' ? marks.query : marks?.highlight.query;
      return (
        <li key={itemIndex}>
          {renderBlocks(
            item.blocks,
            `${path}-${itemIndex}`,
            matched && query !== undefined ? { kind: 'query', query } : undefined,
          )}
        </li>
      );
    }
    return (
      <li key={itemIndex}>
        {inlineNodes(
          item,
          rangesFor(marks, item, (highlight) => highlight.items.get(`${index}:${itemIndex}`)),
          env.labels.opensInNewTab,
          env.labels.lang,
        )}
      </li>
    );
  });
  if (!block.title) {
    return (
      <List key={path} className="pk-PolicyViewer-list">
        {items}
      </List>
    );
  }
  return (
    <div key={path} className="pk-PolicyViewer-list">
      <p className="pk-PolicyViewer-listTitle" id={titleId}>
        {markText(
          block.title,
          rangesFor(marks, block.title, (highlight, at) => highlight.listTitles.get(at)),
        )}
      </p>
      <List aria-labelledby={titleId}>{items}</List>
    </div>
  );
}
