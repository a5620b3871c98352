import type { IssueCollector } from './markdown-issues';

/**
 * Limits on the Markdown source itself, sized for real documents: a long
 * policy is a few hundred kilobytes, with thousands of list items and bold
 * spans, so nothing ordinary is counted. markdown-it's cost is linear in its
 * input (bench/import-markdown.bench.ts measures 1 MB and 2 MB); what is still
 * refused before parsing is the one shape that is not: containers nested
 * absurdly deep, which markdown-it would stop parsing at its nesting limit
 * (skipping the rest) and which no document needs.
 *
 * @example
 * if (source.length > MARKDOWN_LIMITS.maxLength) showTooLong(); // importMarkdown would refuse it
 */
export const MARKDOWN_LIMITS = {
  /** Characters of Markdown accepted by default (`ImportOptions.maxLength`): 1 MiB. */
  maxLength: 1024 * 1024,
  /** Columns of leading indentation on one line: room for 30 levels of nested lists. */
  maxIndent: 64,
  /**
   * Block quotes and list items opened at the start of one line (`> > - x`
   * opens three). Real documents open three or four at most; each level is a
   * level of markdown-it's recursion.
   */
  maxLineNesting: 16,
} as const;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Refuses input that is not Markdown text (binary data, control characters)
 * or that is large or convoluted enough to make the parser slow. Returns
 * `false` when the source must not be parsed at all. Expects `\n` line endings.
 */
export function checkInput(text: string, maxLength: number, issues: IssueCollector): boolean {
  if (text.length > maxLength) {
    issues.add(
      undefined,
      '',
      `the Markdown is ${text.length} characters long; the limit is ${maxLength}`,
    );
    return false;
  }
  const lines = text.split('\n');
  let ok = true;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const control = CONTROL.exec(line);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      issues.add(
        index + 1,
        '',
        `control character U+${code} is not allowed (is this a binary file?)`,
      );
      return false;
    }
    if (indentOf(line) > MARKDOWN_LIMITS.maxIndent) {
      issues.add(index + 1, '', `indented more than ${MARKDOWN_LIMITS.maxIndent} columns`);
      ok = false;
    }
    if (lineNesting(line) > MARKDOWN_LIMITS.maxLineNesting) {
      issues.add(
        index + 1,
        '',
        `more than ${MARKDOWN_LIMITS.maxLineNesting} block quotes and list items (> - 1.) open at the start of the line`,
      );
      ok = false;
    }
  }
  return ok;
}

const CONTAINER_MARKER = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/;

/**
 * How many block quotes and list items the start of a line opens, counted up
 * to one past the limit (enough to refuse the line, and linear in its length).
 */
function lineNesting(line: string): number {
  let count = 0;
  let rest = line;
  for (let match = CONTAINER_MARKER.exec(rest); match; match = CONTAINER_MARKER.exec(rest)) {
    count += 1;
    if (count > MARKDOWN_LIMITS.maxLineNesting) break;
    rest = rest.slice(match[0].length);
  }
  return count;
}

/** Leading indentation in columns; a tab counts as the four CommonMark gives it at most. */
function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4;
    else break;
  }
  return columns;
}
