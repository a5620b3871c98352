import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT, type CliIo, type ExitCode } from '../cli-io';
import { parseCommandArgs } from '../parse-command-args';
import { describeFsError, readPolicy } from '../read-policy';
import { USAGE } from '../usage';
import { UsageError } from '../usage-error';

/**
 * `policykit import <file.md> [-o out.json]`: the document as pretty JSON on
 * stdout or in the output file; problems on stderr.
 */
export async function importCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('import', args, {
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout.write(USAGE.import);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError('import needs exactly one Markdown file', 'import');
  }
  if (!/\.(md|markdown)$/i.test(file)) {
    throw new UsageError(`${file} is not a Markdown file (.md)`, 'import');
  }
  const result = await readPolicy(file, io.cwd);
  if (!result.ok) {
    for (const problem of result.problems) io.stderr.write(`${problem}\n`);
    return EXIT.problems;
  }
  const json = `${JSON.stringify(result.policy, null, 2)}\n`;
  const output = values.output;
  if (output === undefined) {
    io.stdout.write(json);
    return EXIT.ok;
  }
  try {
    await writeFile(resolve(io.cwd, output), json);
  } catch (error) {
    io.stderr.write(`${output}: cannot be written: ${describeFsError(error)}\n`);
    return EXIT.problems;
  }
  io.stderr.write(`policykit: wrote ${output}\n`);
  return EXIT.ok;
}
