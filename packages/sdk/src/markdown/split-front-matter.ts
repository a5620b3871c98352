import type { IssueCollector } from './markdown-issues';

export interface SplitSource {
  /** The YAML between the `---` fences, or `undefined` when there is no front matter. */
  yaml: string | undefined;
  /** Line of the first YAML line (the one after the opening `---`). */
  yamlLine: number;
  /** Line of the opening `---`, for problems about the front matter as a whole. */
  fenceLine: number;
  /**
   * The Markdown body with the front matter lines blanked out rather than
   * removed, so every position the Markdown parser reports is a line of the
   * original file.
   */
  body: string;
}

const FENCE = '---';

/**
 * Separates YAML front matter from the Markdown body. Front matter is the
 * Jekyll/Hugo convention: the very first line is `---` and the block ends at
 * the next line that is `---` (or `...`, YAML's own document end marker).
 * Expects `\n` line endings.
 */
export function splitFrontMatter(source: string, issues: IssueCollector): SplitSource {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== FENCE) {
    return { yaml: undefined, yamlLine: 1, fenceLine: 1, body: source };
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === FENCE || line === '...') {
      close = i;
      break;
    }
  }
  if (close === -1) {
    issues.add(1, '', 'the front matter opened by --- is never closed (add a --- line after it)');
    return { yaml: undefined, yamlLine: 2, fenceLine: 1, body: '' };
  }
  const yaml = lines.slice(1, close).join('\n');
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  return { yaml, yamlLine: 2, fenceLine: 1, body };
}
