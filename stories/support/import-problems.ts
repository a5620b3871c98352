import { PolicyValidationError } from '@policykit/sdk';

/** One problem in pasted Markdown, ready to show a designer. */
export interface ImportProblem {
  /** 1-based source line, when the importer could tell. */
  line?: number;
  /** Where in the document (`sections[2].blocks[0].text`), when known. */
  path?: string;
  message: string;
}

/**
 * Turns whatever `importMarkdown` threw into a list of problems. A
 * `PolicyValidationError` lists every problem with its source line; anything
 * else (which would be a bug in the importer) still becomes one readable problem
 * rather than a blank preview.
 *
 * @example
 * try {
 *   importMarkdown(text);
 * } catch (error) {
 *   importProblems(error); // [{ line: 12, path: 'sections[0].blocks[1].text', message: 'link scheme javascript: is not allowed' }]
 * }
 */
export function importProblems(error: unknown): ImportProblem[] {
  if (!(error instanceof PolicyValidationError)) {
    return [{ message: error instanceof Error ? error.message : String(error) }];
  }
  return error.issues.map(({ line, path, message }) => ({
    // The importer also writes "line N: " in front of the message, for tools that print only
    // messages; here the line has its own column.
    message: line === undefined ? message : message.replace(/^line \d+:\s*/, ''),
    ...(line === undefined ? {} : { line }),
    ...(path === '' ? {} : { path }),
  }));
}
