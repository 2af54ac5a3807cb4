import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

const run = promisify(execFile);

const binDirs = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/14/bin'];
const postgresBinaries = binDirs.find((dir) => existsSync(join(dir, 'initdb')));

/** Why {@link startPrivatePostgres} cannot work here, or `undefined` when it can. */
export const privatePostgresUnavailable: string | undefined = postgresBinaries ? undefined : `no Postgres server binaries (initdb) in ${binDirs.join(', ')}`;

/** A private Postgres server: `stop()` and `start()` really stop and start it (same port, same data). */
export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust auth). */
  url: string;
  port: number;
  /** Creates a fresh database on the server and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (`pg_ctl stop -m fast`): open connections are terminated, new ones refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its files. */
  destroy(): Promise<void>;
}

/**
 * A Postgres server of its own for a test, so the test can really stop and restart the database
 * (an outage) without touching a shared server other tests use. Creates a cluster in a temporary
 * directory (initdb, trust auth, no fsync) and starts it on a free port on 127.0.0.1. Postgres
 * refuses to run as root, so as root the binaries run as the `postgres` OS user (`runuser`).
 * Needs the server binaries (Debian's `postgresql` package); see {@link privatePostgresUnavailable}.
 *
 * @example
 * const server = await startPrivatePostgres();
 * await server.stop(); await server.start();
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  if (!postgresBinaries) throw new Error(`startPrivatePostgres needs ${privatePostgresUnavailable!.replace(/^no/, 'the')}; install the postgresql package.`);
  const root = mkdtempSync(join(tmpdir(), 'buildwright-private-pg-'));
  chmodSync(root, 0o777);
  const dataDir = join(root, 'data');
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const pg = (tool: string, args: string[]) => {
    const [command, ...rest] = [...asPostgres, join(postgresBinaries!, tool), ...args];
    return run(command!, rest, { cwd: root });
  };
  const port = await freePort();
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
  const start = async () => void (await pg('pg_ctl', ['start', '-w', '-D', dataDir, '-l', join(root, 'server.log'), '-o', options]));
  const stop = async () => void (await pg('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', dataDir]));
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    port,
    async createDatabase() {
      const name = `db_${++databases}`;
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url.replace(/\/postgres$/, `/${name}`);
    },
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
