import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProductOptions {
  readonly schools?: number;
  readonly pupils?: number;
  readonly seed?: number;
  /** The last day of marks in the generated LA; fixed so results do not depend on the day the test runs. */
  readonly asOf?: string;
  /** Reuse a data folder from an earlier start (to test restarts); by default a fresh temporary folder. */
  readonly dataDir?: string;
  /** Generate and load the synthetic demo LA on first start (default true). */
  readonly demoData?: boolean;
  /** Further environment variables for the API, e.g. INGEST_FOLDER. */
  readonly environment?: Readonly<Record<string, string>>;
}

export interface RunningProduct {
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Where the demo exports the product generated and loaded on first start are kept. */
  readonly exportsDir: string;
  /** Stops the server and deletes its data folder, unless `keepData` is set. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

const API_MAIN = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const READY_LINE = /running at (http:\/\/localhost:\d+)\//;
const START_TIMEOUT_MS = 150_000;

/**
 * Starts the compiled API exactly as `npm start` does (embedded PostgreSQL, DuckDB file, demo data on first
 * run), on a free port with a fresh DATA_DIR, and resolves when it prints its URL.
 */
export async function startProduct(options: ProductOptions = {}): Promise<RunningProduct> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the api project first`);
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'attendance-e2e-')));
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_DATA: options.demoData === false ? 'off' : 'auto',
      DEMO_SCHOOLS: String(options.schools ?? 6),
      DEMO_PUPILS: String(options.pupils ?? 900),
      DEMO_SEED: String(options.seed ?? 2026),
      DEMO_AS_OF: options.asOf ?? '2026-11-20',
      ...options.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = await waitForReadyLine(child);
  return {
    baseUrl,
    dataDir,
    exportsDir: join(dataDir, 'demo-exports'),
    stop: async ({ keepData = false } = {}) => {
      await stopChild(child);
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForReadyLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The API did not start within ${START_TIMEOUT_MS} ms. Output:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
