/**
 * Test support: a real, throwaway PostgreSQL server for the PostgreSQL store's tests — no
 * mock, no in-memory imitation. Debian's `postgresql` package provides the binaries
 * (`apt-get install -y postgresql`; `.ci/run` installs it). PostgreSQL refuses to run as
 * root, so as root the cluster belongs to the `postgres` user and every command runs
 * through `runuser -u postgres --`.
 *
 * The cluster lives in a temp dir, listens on 127.0.0.1 only, on a free port, with `trust`
 * auth, `fsync = on` (the store's durability is what the tests check) and
 * `recovery_init_sync_method = syncfs` (a restart after `-m immediate` takes ~0.7 s, not ~4 s).
 * `stop()` is `pg_ctl stop -m immediate` and removes the dir; it also runs when the test
 * process exits without calling it.
 *
 * @example
 * let pg: TestPostgres;
 * beforeAll(async () => { pg = await startPostgres(); }, 60_000);
 * afterAll(() => pg?.stop());
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  /** Makes an empty database and returns its URL (one per test file keeps them apart). */
  createDatabase(name: string): Promise<string>;
  /** `pg_ctl stop -m immediate` (a crash, as far as PostgreSQL knows). */
  kill(): Promise<void>;
  /** Starts the same cluster again on the same port (crash recovery runs). */
  start(): Promise<void>;
  /** Kills the server and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** Where PostgreSQL's binaries may be: `POSTGRES_BIN`, `pg_config --bindir`, Debian's place. */
export function postgresBinCandidates(): string[] {
  const candidates: string[] = [];
  if (process.env.POSTGRES_BIN) candidates.push(process.env.POSTGRES_BIN);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // No pg_config on PATH (Debian puts the server binaries outside PATH anyway).
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) {
      candidates.push(join(debian, version, 'bin'));
    }
  }
  return candidates;
}

/** The first of `candidates` that holds `initdb` and `pg_ctl`; a clear error when none does. */
export function findPostgresBin(candidates = postgresBinCandidates()): string {
  const found = candidates.find(
    (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')),
  );
  if (!found) {
    throw new Error(
      'PostgreSQL is not installed, and the PostgreSQL store is tested against a real server. ' +
        'Install it with `apt-get update && apt-get install -y postgresql` (Debian/Ubuntu; `.ci/run` ' +
        'does this), or set POSTGRES_BIN to the directory that holds initdb and pg_ctl. ' +
        `Looked in: ${candidates.join(', ') || '(nothing found)'}.`,
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const clusters = new Set<() => void>();
let exitHookInstalled = false;

export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const asRoot = userInfo().uid === 0;
  let owner: { uid: number; gid: number } | undefined;
  if (asRoot) {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      owner = { uid, gid };
    } catch {
      throw new Error(
        'Running as root, and PostgreSQL refuses to run as root: the tests run it as the ' +
          "`postgres` user, which does not exist. Install Debian's `postgresql` package " +
          '(it creates the user), or run the tests as another user.',
      );
    }
  }
  const as = (command: string, args: string[]) =>
    asRoot
      ? (['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] as const)
      : ([join(bin, command), args] as const);
  const exec = async (command: string, args: string[]) => {
    const [file, argv] = as(command, args);
    try {
      return await run(file, [...argv], { encoding: 'utf8', timeout: 60_000 });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`, { cause: error });
    }
  };

  const root = mkdtempSync(join(tmpdir(), 'pk-postgres-'));
  const data = join(root, 'data');
  if (owner) {
    chownSync(root, owner.uid, owner.gid);
    chmodSync(root, 0o700);
  }
  const port = await freePort();
  let running = false;

  const killSync = () => {
    if (running) {
      try {
        const [file, argv] = as('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
        execFileSync(file, [...argv], { stdio: 'ignore', timeout: 30_000 });
      } catch {
        // Already down.
      }
      running = false;
    }
    rmSync(root, { recursive: true, force: true });
  };
  clusters.add(killSync);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const cleanup of clusters) cleanup();
    });
  }

  const start = async () => {
    const options = [
      `-c port=${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${root}'`,
      '-c fsync=on',
      '-c synchronous_commit=on',
      '-c recovery_init_sync_method=syncfs',
      '-c max_connections=200',
      '-c shared_buffers=32MB',
    ].join(' ');
    await exec('pg_ctl', [
      'start',
      '-D',
      data,
      '-w',
      '-t',
      '60',
      '-l',
      join(root, 'log'),
      '-o',
      options,
    ]);
    running = true;
  };

  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    await start();
  } catch (error) {
    killSync();
    clusters.delete(killSync);
    throw error;
  }

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async kill() {
      await exec('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      running = false;
    },
    start,
    async stop() {
      killSync();
      clusters.delete(killSync);
    },
  };
}
