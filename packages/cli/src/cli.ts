import { run } from './run';

// The bin: all behaviour lives in `run`, which tests call directly.
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
