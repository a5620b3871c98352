import { EXIT, type CliIo, type ExitCode } from '../cli-io';
import { parseCommandArgs } from '../parse-command-args';
import { readPolicy } from '../read-policy';
import { USAGE } from '../usage';
import { UsageError } from '../usage-error';

/**
 * `policykit validate <file…>`: every problem of every file on stdout as
 * `file: path: message`, a one-line summary on stderr.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('validate', args, {});
  if (values.help) {
    io.stdout.write(USAGE.validate);
    return EXIT.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('validate needs at least one file', 'validate');

  let invalid = 0;
  let problems = 0;
  for (const file of positionals) {
    const result = await readPolicy(file, io.cwd);
    if (result.ok) continue;
    invalid += 1;
    problems += result.problems.length;
    for (const problem of result.problems) io.stdout.write(`${problem}\n`);
  }
  const files = positionals.length === 1 ? '1 file' : `${positionals.length} files`;
  if (invalid === 0) {
    io.stderr.write(`policykit: ${files} valid\n`);
    return EXIT.ok;
  }
  io.stderr.write(
    `policykit: ${invalid} of ${files} invalid (${problems} ${problems === 1 ? 'problem' : 'problems'})\n`,
  );
  return EXIT.problems;
}
