import { type Block, type Inline } from '@policykit/sdk';
import { findMatches, inlineText, type TextRange } from '@policykit/sdk/text';
import type { ReactNode } from 'react';
import { calloutBlock } from './callout-block';
import { contactBlock } from './contact-block';
import { inlineNodes } from './inline-text';
import { listBlock } from './list-block';
import type { RenderEnv } from './render-env';
import type { SectionHighlight } from './viewer-store';

/** Where a block's search matches come from. */
export type BlockMarks =
  /** A top-level block: the search's own ranges for this block index. */
  | { kind: 'result'; highlight: SectionHighlight; index: number }
  /** Inside a matching callout or contact: every piece highlights the query's terms. */
  | { kind: 'query'; query: string }
  | undefined;

/**
 * Ranges for one piece of a block's text. The text is flattened (`inlineText`) only for a
 * query: rendering without a search — every section at mount — allocates nothing here.
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

// Lookups as module-level functions: an arrow written inline would be a new function object
// for every block of every section at mount, searched or not.
const paragraphRanges = (highlight: SectionHighlight, index: number) =>
  highlight.paragraphs.get(index);

/** Marks for the inside of a callout or contact block: the query, if this block matched. */
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
            rangesFor(marks, block.text, paragraphRanges),
            env.labels.opensInNewTab,
            env.labels.lang,
          )}
        </p>
      );
    case 'list':
      return listBlock(block, path, marks, env);
    case 'callout':
      return calloutBlock(block, path, marks, env);
    case 'contact':
      return contactBlock(block, path, marks, env);
    default:
      return block satisfies never;
  }
}
