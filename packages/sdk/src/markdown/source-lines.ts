/**
 * Remembers which source line produced each object of the imported document,
 * so a problem that `parsePolicy` reports by path (`sections[2].blocks[0]`)
 * can be traced back to a line of the Markdown.
 */
export class SourceLines {
  readonly #objectLines = new WeakMap<object, number>();
  readonly #keyLines = new WeakMap<object, Map<string, number>>();

  /** `value` (a section, block, span…) came from `line`. */
  mark<T extends object>(value: T, line: number | undefined): T {
    if (line !== undefined) this.#objectLines.set(value, line);
    return value;
  }

  /** The property `key` of `owner` came from `line` (front matter keys, contact fields). */
  markKey(owner: object, key: string | number, line: number | undefined): void {
    if (line === undefined) return;
    let lines = this.#keyLines.get(owner);
    if (!lines) {
      lines = new Map();
      this.#keyLines.set(owner, lines);
    }
    lines.set(String(key), line);
  }

  /**
   * The line of the deepest object (or key) along `path` that has one.
   *
   * @param path `sections[2].blocks[0].text` — the notation `PolicyIssue.path` uses.
   */
  lineOf(root: object, path: string): number | undefined {
    let line = this.#objectLines.get(root);
    let current: unknown = root;
    // `formatIssuePath` quotes keys that are not identifiers: `["odd key"]`.
    for (const token of path.match(/"(?:[^"\\]|\\.)*"|[^.[\]]+/g) ?? []) {
      const segment = token.startsWith('"') ? (JSON.parse(token) as string) : token;
      if (typeof current !== 'object' || current === null) break;
      const keyLine = this.#keyLines.get(current)?.get(segment);
      if (keyLine !== undefined) line = keyLine;
      current = (current as Record<string, unknown>)[segment];
      if (typeof current === 'object' && current !== null) {
        line = this.#objectLines.get(current) ?? line;
      }
    }
    return line;
  }
}
