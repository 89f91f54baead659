// A throwaway PostgreSQL cluster for the feedback tests and bench: Debian's binaries (initdb, pg_ctl),
// a data directory and socket directory in a temporary folder, a loopback port, trust authentication,
// and for the tests no fsync (nothing there has to survive the machine; the bench keeps it on).
// PostgreSQL refuses to run as root, so as root the binaries run as the `postgres` user the Debian
// package creates.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type PostgresCluster = {
  /** postgres:// URL of the cluster's maintenance database (create your own with createDatabase). */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

/** The directory of initdb and pg_ctl: PG_BIN, else Debian's newest /usr/lib/postgresql/<ver>/bin, else PATH. */
export function postgresBinDir(): string | undefined {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb'))) return dir;
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function runPg(bin: string, args: string[]) {
  const [command, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    return execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).toString();
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`${bin.split('/').pop()} failed: ${e.stderr?.toString().trim() || e.message}`);
  }
}

/** Starts a new cluster on 127.0.0.1:`port`; throws with what to install when the binaries are missing. */
export async function startPostgres(port: number, { fsync = false }: { fsync?: boolean } = {}): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed (no initdb): run `bash scripts/ensure-system-deps.sh` as root, or apt-get install postgresql, or set PG_BIN',
    );
  const dir = mkdtempSync(join(tmpdir(), 'yibao-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    runPg(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    const options = [
      `-p ${port}`,
      `-c listen_addresses=127.0.0.1`,
      `-c unix_socket_directories=${dir}`,
      `-c fsync=${fsync ? 'on' : 'off'}`,
    ];
    runPg(join(bin, 'pg_ctl'), ['start', '-w', '-t', '30', '-D', data, '-l', log, '-o', options.join(' ')]);
  } catch (err) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    remove();
    throw new Error(`${(err as Error).message}\n${serverLog}`);
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopNow);
    try {
      runPg(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w']);
    } finally {
      remove();
    }
  };
  // A cluster never outlives the process that started it, even one that ends on an uncaught error.
  process.on('exit', stopNow);
  return {
    url,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      stopNow();
    },
  };
}
