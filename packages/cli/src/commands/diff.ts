import { diffPolicies } from '@policykit/sdk';
import { EXIT, type CliIo, type ExitCode } from '../cli-io';
import { formatDiff } from '../format-diff';
import { parseCommandArgs } from '../parse-command-args';
import { readPolicy } from '../read-policy';
import { USAGE } from '../usage';
import { UsageError } from '../usage-error';

/** `policykit diff <old> <new>`: added, removed and modified sections by title. */
export async function diffCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('diff', args, {
    json: { type: 'boolean' },
    'exit-code': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(USAGE.diff);
    return EXIT.ok;
  }
  if (positionals.length !== 2) {
    throw new UsageError('diff needs two files: the old version and the new one', 'diff');
  }
  const [oldFile, newFile] = positionals as [string, string];
  const [prev, next] = await Promise.all([
    readPolicy(oldFile, io.cwd),
    readPolicy(newFile, io.cwd),
  ]);
  if (!prev.ok || !next.ok) {
    for (const result of [prev, next]) {
      if (!result.ok) for (const problem of result.problems) io.stderr.write(`${problem}\n`);
    }
    return EXIT.problems;
  }
  const diff = diffPolicies(prev.policy, next.policy);
  io.stdout.write(
    values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(prev.policy, next.policy, diff),
  );
  return values['exit-code'] && diff.changed ? EXIT.problems : EXIT.ok;
}
