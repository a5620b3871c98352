/** One problem in pasted Markdown, ready to show a designer. */
export interface ImportProblem {
  /** 1-based source line, when the importer could tell. */
  line?: number;
  /** Where in the document (`sections[2].blocks[0].text`), when known. */
  path?: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const lineFrom = (issue: Record<string, unknown>, message: string): number | undefined => {
  if (typeof issue.line === 'number') return issue.line;
  // Importers that only put the line into the message ("line 12: …") still get a line column.
  const match = /\bline (\d+)\b/i.exec(message);
  return match ? Number(match[1]) : undefined;
};

/**
 * Turns whatever `importMarkdown` threw into a list of problems. A
 * `PolicyValidationError` carries `.issues` (path, message, and the source line);
 * anything else — a YAML error in the front matter, say — becomes one problem
 * with its message, so the designer always sees *something* readable.
 */
export function importProblems(error: unknown): ImportProblem[] {
  if (isRecord(error) && Array.isArray(error.issues) && error.issues.length > 0) {
    return error.issues.filter(isRecord).map((issue) => {
      const message = typeof issue.message === 'string' ? issue.message : String(issue.message);
      const path = typeof issue.path === 'string' && issue.path !== '' ? issue.path : undefined;
      const line = lineFrom(issue, message);
      return {
        message,
        ...(line === undefined ? {} : { line }),
        ...(path === undefined ? {} : { path }),
      };
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  const line = isRecord(error) ? lineFrom(error, message) : undefined;
  return [{ message, ...(line === undefined ? {} : { line }) }];
}
