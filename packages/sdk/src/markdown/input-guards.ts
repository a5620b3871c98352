import type { IssueCollector } from './markdown-issues';

/**
 * Limits on the Markdown source itself. A policy is tens of kilobytes and a
 * few hundred list items; these bounds are far above that. They exist because
 * micromark / mdast-util-from-markdown, like most CommonMark parsers, take
 * super-linear time on some inputs: nested emphasis markers (1,500 pairs in
 * 9 KB took ~3 s here), very many list items (each item splices the list's
 * event array — syntax-tree/mdast-util-from-markdown#49; 16,000 items with
 * sub-items took minutes), deeply indented lists, and quotes or list markers
 * nested on one line (`- - - … x` or `>>> … x`: 8,000 levels, 16 KB, took
 * ~30 s). The dialect needs none of that, so such input is refused before it
 * is parsed.
 *
 * @example
 * if (source.length > MARKDOWN_LIMITS.maxLength) showTooLong(); // importMarkdown would refuse it
 */
export const MARKDOWN_LIMITS = {
  /** Characters of Markdown accepted by default (`ImportMarkdownOptions.maxLength`). */
  maxLength: 256 * 1024,
  /** `*` and `_` characters in the whole source: room for ~250 strong spans. */
  maxEmphasisMarkers: 1000,
  /** Lines that start a list item (`-`, `*`, `+`, `1.`), quoted or not. */
  maxListItems: 2000,
  /** Columns of leading indentation on one line; the dialect has no nested lists. */
  maxIndent: 64,
  /**
   * Block quotes and list items opened at the start of one line (`> > - x`
   * opens three). The dialect needs four at most (three callout levels and a
   * list); micromark's cost grows with the square of this count: 2,000
   * `- ` markers on one 4 KB line took 2.7 s here and 10,000 took 100 s.
   */
  maxLineNesting: 16,
} as const;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

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
  let markers = 0;
  let listItems = 0;
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
    if (LIST_ITEM.test(line)) listItems += 1;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === 42 || code === 95) markers += 1;
    }
  }
  if (markers > MARKDOWN_LIMITS.maxEmphasisMarkers) {
    issues.add(
      undefined,
      '',
      `the Markdown has ${markers} emphasis markers (* or _); the limit is ${MARKDOWN_LIMITS.maxEmphasisMarkers}`,
    );
    ok = false;
  }
  if (listItems > MARKDOWN_LIMITS.maxListItems) {
    issues.add(
      undefined,
      '',
      `the Markdown has ${listItems} list items; the limit is ${MARKDOWN_LIMITS.maxListItems}`,
    );
    ok = false;
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
