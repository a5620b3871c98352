import type { AnchorIndex } from './anchors';
import type { IssueCollector } from './markdown-issues';
import type { SourceLines } from './source-lines';
import type { WarningCollector } from './import-warnings';

/** What every converter needs: where to report problems and where to record source lines. */
export interface ConvertContext {
  issues: IssueCollector;
  /**
   * Where conversions are reported: every change the importer makes to fit the
   * format (a rule dropped, a table turned into a list…) is one warning, or in
   * `strict` mode one issue.
   */
  warnings: WarningCollector;
  lines: SourceLines;
  /** Every `#fragment` a section answers to: its id, the ids written on its heading, GitHub slugs. */
  anchors: AnchorIndex;
  /**
   * What a link with a forbidden scheme (`javascript:`…) becomes: an error in
   * Markdown (an author wrote it), its text with a warning in HTML (web pages use
   * `javascript:` for buttons; the markup is never kept either way).
   */
  unsafeLinks: 'error' | 'text';
  /** Absolute URL relative links are resolved against (an imported page's address). */
  baseUrl?: URL | undefined;
  /** Promote bold-only paragraphs that look like headings to sections. */
  promoteBoldHeadings: boolean;
  /**
   * The level of the blocks being converted now — 1 for a section's own blocks, one more inside
   * each list item, table cell or callout — so a rich item or cell is only built while its
   * blocks stay within `LIMITS.maxBlockDepth` (deeper content is flattened, with a warning).
   * `convertBlocks` keeps it; it starts at 0, outside any blocks.
   */
  blockDepth: number;
}

/** The 1-based source line of an mdast node. */
export function lineOf(node: {
  position?: { start: { line: number } } | undefined;
}): number | undefined {
  return node.position?.start.line;
}
