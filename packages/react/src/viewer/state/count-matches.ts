import { type PolicySearchResult, type SectionTree } from '@policykit/sdk';
import { blockText, findMatches } from '@policykit/sdk/text';

/**
 * How many highlights the viewer shows for a set of results — one per
 * `<mark data-pk-match>` it renders, counted from the data so the count is
 * right at once, before every highlight is painted. Mirrors the renderers:
 * titles, summaries, paragraphs and list lines use the search's own ranges;
 * a matching callout or contact block highlights the query's terms in each
 * of its parts.
 */
export function countMatches(
  results: readonly PolicySearchResult[],
  query: string,
  tree: SectionTree,
): number {
  let count = 0;
  for (const result of results) {
    if (result.kind === 'callout' || result.kind === 'contact') {
      const block = tree.get(result.sectionId)?.section.blocks[result.blockIndex ?? -1];
      // The renderers highlight each part of the block (title, items, nested blocks, fields)
      // on its own; blockText joins those parts with newlines, and a query term never spans
      // whitespace, so counting in the joined text gives the same number of highlights.
      if (block) count += findMatches(blockText(block), query).length;
    } else {
      count += result.matches.length;
    }
  }
  return count;
}
