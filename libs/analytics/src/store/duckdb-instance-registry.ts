import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DUCKDB_INSTANCE_SETTINGS, PIN_TIME_ZONE_SQL } from './duckdb-settings.js';
import { LoadThreadSetting } from './load-thread-setting.js';
import { SerialQueue } from './serial-queue.js';
import { WriteGate } from './write-gate.js';

// DuckDB wants one instance per database file per process (two instances on one file corrupt each other's
// view of it). Stores opened on the same file share the instance, its write gate (exclusive writes alone,
// school loads side by side) and the queue for the steps school loads must take one at a time; the instance
// closes when the last store using it closes.

export const IN_MEMORY_PATH = ':memory:';

export interface InstanceLease {
  readonly instance: DuckDBInstance;
  /** Every write to this database goes through this gate. */
  readonly writeGate: WriteGate;
  /** Steps of shared writes that touch rows every shared write may touch, one at a time. */
  readonly serialSteps: SerialQueue;
  /** DuckDB's thread count while shared writes (school loads) run side by side. */
  readonly loadThreads: LoadThreadSetting;
  release(): void;
}

export interface InstanceOptions {
  memoryLimit?: string | undefined;
  /** How many shared writes may run at once. */
  sharedWriteLimit: number;
}

interface SharedInstance {
  instance: DuckDBInstance;
  writeGate: WriteGate;
  serialSteps: SerialQueue;
  loadThreads: LoadThreadSetting;
  users: number;
}

const instancesByFile = new Map<string, Promise<SharedInstance>>();

async function createInstance(
  path: string,
  { memoryLimit, sharedWriteLimit }: InstanceOptions,
): Promise<SharedInstance> {
  const instance = await DuckDBInstance.create(path, {
    ...DUCKDB_INSTANCE_SETTINGS,
    ...(memoryLimit === undefined ? {} : { memory_limit: memoryLimit }),
  });
  const connection = await instance.connect();
  let ownThreads: number;
  try {
    await connection.run(PIN_TIME_ZONE_SQL);
    const threads = await connection.runAndReadAll(`SELECT current_setting('threads') AS threads`);
    ownThreads = Number(threads.getRowObjects()[0]?.['threads'] ?? 1);
  } finally {
    connection.closeSync();
  }
  return {
    instance,
    writeGate: new WriteGate(sharedWriteLimit),
    serialSteps: new SerialQueue(),
    loadThreads: new LoadThreadSetting(ownThreads),
    users: 0,
  };
}

export async function leaseInstance(path: string, options: InstanceOptions): Promise<InstanceLease> {
  // Each ':memory:' open is its own database, so it is never shared.
  if (path === IN_MEMORY_PATH) {
    const shared = await createInstance(path, options);
    return { ...shared, release: () => shared.instance.closeSync() };
  }
  const key = resolve(path);
  let pending = instancesByFile.get(key);
  if (!pending) {
    pending = createInstance(key, options);
    instancesByFile.set(key, pending);
    pending.catch(() => instancesByFile.delete(key));
  }
  const shared = await pending;
  shared.users += 1;
  let released = false;
  return {
    instance: shared.instance,
    writeGate: shared.writeGate,
    serialSteps: shared.serialSteps,
    loadThreads: shared.loadThreads,
    release: () => {
      if (released) return;
      released = true;
      shared.users -= 1;
      if (shared.users === 0) {
        instancesByFile.delete(key);
        shared.instance.closeSync();
      }
    },
  };
}
