import { spawn } from 'node:child_process';

export interface ServerProcess {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** Resolves with the exit code once the process has exited (a crash included). */
  exited: Promise<number | null>;
  /** Everything it wrote to stderr (a test fails on unexpected server errors). */
  stderr: () => string;
  /** Stops it (SIGTERM) and waits for the exit. */
  stop: () => Promise<void>;
}

/**
 * Runs a host-app server script in its own Node process — plain `node`, no test transform,
 * so `@policykit/*` resolve through node_modules to the built packages — and resolves once
 * it prints the address it listens on.
 */
export function startServerProcess(
  script: string,
  env: { DATA_DIR: string; PORT?: string } & Record<string, string>,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${script} did not start within 15 s.\n${stdout}${stderr}`));
    }, 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[0],
        port: Number(match[1]),
        exited,
        stderr: () => stderr,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before listening.\n${stdout}${stderr}`));
    });
  });
}
