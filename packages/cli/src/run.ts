import packageJson from '../package.json';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { diffCommand } from './commands/diff';
import { importCommand } from './commands/import';
import { lintCommand } from './commands/lint';
import { parityCommand } from './commands/parity';
import { receiptCommand } from './commands/receipt';
import { validateCommand } from './commands/validate';
import { COMMANDS, USAGE, type CommandName } from './usage';
import { UsageError } from './usage-error';

const HANDLERS: Record<CommandName, (args: string[], io: CliIo) => Promise<ExitCode>> = {
  validate: validateCommand,
  import: importCommand,
  diff: diffCommand,
  parity: parityCommand,
  lint: lintCommand,
  receipt: receiptCommand,
};

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/**
 * The whole `policykit` command line as a function: give it the arguments
 * (without `node` and the script) and where to write, get the exit code.
 * It never throws and never calls `process.exit`, so tests run it in-process.
 *
 * @example
 * const code = await run(['validate', 'policy.json'], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   cwd: process.cwd(),
 * });
 * process.exitCode = code;
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) throw new UsageError('no command given');
    if (first === '--help' || first === '-h') {
      io.stdout.write(USAGE.overview);
      return EXIT.ok;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic !== undefined && !isCommand(topic))
        throw new UsageError(`unknown command "${topic}"`);
      io.stdout.write(topic === undefined ? USAGE.overview : USAGE[topic]);
      return EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (!isCommand(first)) {
      throw new UsageError(
        first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`,
      );
    }
    return await HANDLERS[first]([...rest], io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`policykit: ${error.message}\n\n${USAGE[error.command ?? 'overview']}`);
      return EXIT.usage;
    }
    // A bug of ours, not the user's input: say so in one line, no stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`policykit: unexpected error: ${reason}\n`);
    return EXIT.problems;
  }
}
