/** Where a command writes: anything with `write(text)`, such as `process.stdout`. */
export interface CliOutput {
  write(text: string): unknown;
}

/**
 * The world a command sees. Passing it in (rather than touching `process`)
 * lets tests run every command in-process and read exactly what it printed.
 *
 * @example
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
 */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Directory relative file names are resolved against. */
  cwd: string;
  /** What `policykit import https://…` fetches with (default: the global `fetch`). */
  fetch?: typeof fetch;
}

/** Exit codes: 0 success, 1 a problem with the input, 2 the command line itself is wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
