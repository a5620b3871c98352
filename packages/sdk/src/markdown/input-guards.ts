import type { IssueCollector } from './markdown-issues';

/**
 * Limits on the Markdown source itself. A policy is tens of kilobytes; these
 * bounds are far above that and exist because micromark, like most
 * CommonMark parsers, has inputs that take super-linear time: thousands of
 * nested emphasis markers in one paragraph (about 45 s for 48 KB measured
 * here) or lists indented hundreds of levels deep. The dialect has no use for
 * either, so they are refused before parsing.
 */
export const MARKDOWN_LIMITS = {
  /** Characters of Markdown accepted by default (`ImportMarkdownOptions.maxLength`). */
  maxLength: 256 * 1024,
  /** `*` and `_` characters in the whole source: ~750 strong spans. */
  maxEmphasisMarkers: 3000,
  /** Columns of leading indentation on one line; the dialect has no nested lists. */
  maxIndent: 64,
} as const;

/**
 * Refuses input that is not Markdown text (binary, control characters) or
 * that is large or deep enough to make the parser slow. Returns `false` when
 * the source must not be parsed at all.
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
  let line = 1;
  let lineStart = true;
  let indent = 0;
  let markers = 0;
  let ok = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line += 1;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // Tabs count as the four columns CommonMark gives them at most.
      if (code === 32 || code === 9) {
        indent += code === 9 ? 4 : 1;
        if (indent > MARKDOWN_LIMITS.maxIndent) {
          issues.add(line, '', `indented more than ${MARKDOWN_LIMITS.maxIndent} columns`);
          ok = false;
          lineStart = false;
        }
        continue;
      }
      lineStart = false;
    }
    if (code === 42 || code === 95) markers += 1;
    // Tab, line feed and carriage return are text; any other C0 control, DEL
    // or a NUL means this is not a text file (or someone hides characters).
    if ((code < 32 && code !== 9 && code !== 13) || code === 127) {
      issues.add(
        line,
        '',
        `control character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed (is this a binary file?)`,
      );
      return false;
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
  return ok;
}
