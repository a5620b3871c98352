import {
  findMatches,
  inlineText,
  type Block,
  type PolicySearchResult,
  type SectionTree,
} from '@policykit/sdk';

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
      if (block) count += countInBlock(block, query);
    } else {
      count += result.matches.length;
    }
  }
  return count;
}

function countInBlock(block: Block, query: string): number {
  const count = (text: string | undefined) => (text ? findMatches(text, query).length : 0);
  switch (block.type) {
    case 'paragraph':
      return count(inlineText(block.text));
    case 'list':
      return block.items.reduce((sum, item) => sum + count(inlineText(item)), count(block.title));
    case 'callout':
      return block.blocks.reduce(
        (sum, child) => sum + countInBlock(child, query),
        count(block.title?.trim()),
      );
    case 'contact':
      return (
        count(block.title) +
        count(block.email) +
        count(block.phone) +
        count(block.address) +
        count(block.url)
      );
    default:
      return block satisfies never;
  }
}
