import type { CommandName } from './usage';

/**
 * The command line itself is wrong (unknown option, missing file name…):
 * `run` prints the message and the command's usage and exits 2.
 *
 * @example
 * throw new UsageError('import needs exactly one Markdown file', 'import');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** Whose usage to print; the overview when absent. */
    readonly command?: CommandName,
  ) {
    super(message);
  }
}
