import type { Section } from '@policykit/sdk';
import { checkParity } from '@policykit/sdk';
import { EXIT, type CliIo, type ExitCode } from '../cli-io';
import { parseCommandArgs } from '../parse-command-args';
import { readPolicy } from '../read-policy';
import { USAGE } from '../usage';
import { UsageError } from '../usage-error';

/** `policykit parity <a> <b>`: are two translations in step? */
export async function parityCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('parity', args, {});
  if (values.help) {
    io.stdout.write(USAGE.parity);
    return EXIT.ok;
  }
  if (positionals.length !== 2) {
    throw new UsageError('parity needs two files: two translations of one policy', 'parity');
  }
  const [fileA, fileB] = positionals as [string, string];
  const [a, b] = await Promise.all([readPolicy(fileA, io.cwd), readPolicy(fileB, io.cwd)]);
  if (!a.ok || !b.ok) {
    for (const result of [a, b]) {
      if (!result.ok) for (const problem of result.problems) io.stderr.write(`${problem}\n`);
    }
    return EXIT.problems;
  }
  const mismatches = checkParity(a.policy, b.policy);
  if (mismatches.length === 0) {
    const count = countSections(a.policy.sections);
    io.stdout.write(
      `${fileA} (${a.policy.locale}) and ${fileB} (${b.policy.locale}) are in parity: ${a.policy.id} version ${a.policy.version}, ${count} sections, ${a.policy.rights?.length ?? 0} rights\n`,
    );
    return EXIT.ok;
  }
  io.stdout.write(`${fileA} and ${fileB} are not in parity:\n`);
  for (const mismatch of mismatches) io.stdout.write(`  ${mismatch}\n`);
  return EXIT.problems;
}

function countSections(sections: readonly Section[]): number {
  return sections.reduce((total, section) => total + 1 + countSections(section.sections ?? []), 0);
}
