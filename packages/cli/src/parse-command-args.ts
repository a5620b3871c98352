import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandName } from './usage';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` `parseArgs` in strict mode, with its errors turned into
 * {@link UsageError}s that name the command, and `--help` on every command.
 */
export function parseCommandArgs<T extends Options>(
  command: CommandName,
  args: string[],
  options: T,
) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs explains well ("Unknown option '--x'"), and never needs a stack trace.
    throw new UsageError((error as Error).message, command);
  }
}
