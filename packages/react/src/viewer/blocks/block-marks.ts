import type { Block, Inline } from '@policykit/sdk';
import { findMatches, inlineText, type TextRange } from '@policykit/sdk/text';
import type { ReactNode } from 'react';
import type { SectionHighlight } from '../state/viewer-store';
import { markText } from './mark-text';

/** Where a block's search matches come from. */
export type BlockMarks =
  /** A top-level block: the search's own ranges for this block index. */
  | { kind: 'result'; highlight: SectionHighlight; index: number }
  /** Inside a matching callout or contact: every piece highlights the query's terms. */
  | { kind: 'query'; query: string }
  | undefined;

/**
 * Ranges for one piece of a block's text. The text is flattened (`inlineText`) only for a
 * query, never while rendering without a search (every section at mount).
 */
export function rangesFor(
  marks: BlockMarks,
  text: Inline,
  lookup: (highlight: SectionHighlight, index: number) => TextRange[] | undefined,
): TextRange[] | undefined {
  if (!marks) return undefined;
  if (marks.kind === 'query') return findMatches(inlineText(text), marks.query);
  return lookup(marks.highlight, marks.index);
}

/**
 * Marks for the inside of a callout, contact, table or image block: the query, if this block
 * matched.
 */
export function wholeBlockMarks(
  marks: BlockMarks,
): Extract<BlockMarks, { kind: 'query' }> | undefined {
  if (marks?.kind === 'result') {
    return marks.highlight.blocks.has(marks.index)
      ? { kind: 'query', query: marks.highlight.query }
      : undefined;
  }
  return marks;
}

/** Plain text of a callout or contact block, with the query's terms marked when it matched. */
export function markQuery(
  text: string,
  marks: Extract<BlockMarks, { kind: 'query' }> | undefined,
): ReactNode {
  return markText(text, marks ? findMatches(text, marks.query) : undefined);
}

/** Renders a nested run of blocks (a rich list item's, a table cell's): passed in by `renderBlock`. */
export type RenderBlocks = (
  blocks: readonly Block[],
  path: string,
  marks: Extract<BlockMarks, { kind: 'query' }> | undefined,
) => ReactNode;
