import type { IssueCollector } from './markdown-issues';

/**
 * A change the importer made to fit a real document into the format: what it
 * did, and where. Nothing is dropped without one.
 *
 * @example
 * const warning: ImportWarning = {
 *   line: 41,
 *   message: 'a horizontal rule (---, ***) was dropped',
 * };
 */
export interface ImportWarning {
  /** 1-based line of the source (Markdown or HTML), when the change has one. */
  line?: number;
  /** What was changed, naming what was dropped or moved (without the `line N:` prefix issues have). */
  message: string;
  /** Where the result sits in the document (`sections[1].blocks[0]`), when it has a place. */
  path?: string;
}

/**
 * Collects the conversions of one import. In `strict` mode each one is an
 * issue instead (the same message, at the same line and path), so `strict`
 * refuses exactly what would have produced warnings.
 */
export class WarningCollector {
  readonly #issues: IssueCollector;
  readonly #strict: boolean;
  readonly #warnings: ImportWarning[] = [];
  readonly #seen = new Set<string>();

  constructor(issues: IssueCollector, strict: boolean) {
    this.#issues = issues;
    this.#strict = strict;
  }

  /** Reports a conversion; the same message on the same line is reported once. */
  add(line: number | undefined, path: string, message: string): void {
    const key = `${line ?? ''}\u0000${message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    if (this.#strict) {
      this.#issues.add(line, path, message);
      return;
    }
    this.#warnings.push(line === undefined ? { message, path } : { line, message, path });
  }

  toArray(): ImportWarning[] {
    return [...this.#warnings];
  }
}
