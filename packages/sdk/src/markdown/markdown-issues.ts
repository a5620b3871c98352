import type { PolicyIssue } from '../document/policy-types';

/**
 * A problem found while importing Markdown: a {@link PolicyIssue} that also
 * names the source line, so an author can jump straight to it. `message`
 * starts with `line N:` too, for tools that only print messages.
 *
 * @example
 * const issue: MarkdownIssue = {
 *   path: 'sections[0].blocks[1].text',
 *   line: 12,
 *   message: 'line 12: link scheme javascript: is not allowed',
 * };
 */
export interface MarkdownIssue extends PolicyIssue {
  /** 1-based line in the Markdown source, when the problem has one. */
  line?: number;
}

/**
 * Hostile input can produce thousands of problems; past this many the rest
 * are summarised in one last issue so an error message stays readable.
 */
export const MAX_REPORTED_ISSUES = 100;

/** Collects every problem of one import, in the order they are found. */
export class IssueCollector {
  readonly #issues: MarkdownIssue[] = [];
  readonly #paths = new Set<string>();
  #dropped = 0;

  /** Records a problem; `line` prefixes the message as `line N: …`. */
  add(line: number | undefined, path: string, message: string): void {
    this.#paths.add(path);
    if (this.#issues.length >= MAX_REPORTED_ISSUES) {
      this.#dropped += 1;
      return;
    }
    this.#issues.push(
      line === undefined ? { path, message } : { path, line, message: `line ${line}: ${message}` },
    );
  }

  /**
   * Whether a problem was already reported at this path or one enclosing it
   * (`sections[0].blocks[2]` covers `sections[0].blocks[2].items[1]`), so a
   * later check need not report the same place again.
   */
  covers(path: string): boolean {
    if (this.#paths.has(path)) return true;
    for (let end = path.length; end > 0; end--) {
      const char = path[end];
      if ((char === '.' || char === '[') && this.#paths.has(path.slice(0, end))) return true;
    }
    return false;
  }

  get size(): number {
    return this.#issues.length + this.#dropped;
  }

  /** The collected issues, with a closing summary when some were left out. */
  toArray(): MarkdownIssue[] {
    if (this.#dropped === 0) return [...this.#issues];
    return [...this.#issues, { path: '', message: `${this.#dropped} more problems not shown` }];
  }
}
