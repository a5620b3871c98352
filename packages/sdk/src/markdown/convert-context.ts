import type { Definition } from 'mdast';
import type { IssueCollector } from './markdown-issues';
import type { SourceLines } from './source-lines';

/** What every converter needs: where to report problems and where to record source lines. */
export interface ConvertContext {
  issues: IssueCollector;
  lines: SourceLines;
  /** Link reference definitions (`[label]: https://…`), by normalized label. */
  definitions: Map<string, Definition>;
}

/** The 1-based source line of an mdast node. */
export function lineOf(node: {
  position?: { start: { line: number } } | undefined;
}): number | undefined {
  return node.position?.start.line;
}
