import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The real API for the cached figures: the compiled server started as `npm start` starts it (as
// test/support/product.ts does), on the benchmark's DuckDB store, asked over HTTP the way the dashboard asks.
// A request for a field selects every field of its answer (from the schema, so a new list needs no query
// written for it): at least as much as any page asks for.

const API_MAIN = fileURLToPath(new URL('../apps/api/dist/main.js', import.meta.url));
const READY_LINE = /running at (http:\/\/[^/\s]+)\//;
const START_TIMEOUT_MS = 180_000;
const MAX_SELECTION_DEPTH = 5;
const OUTPUT_KEPT = 6_000;

/** Starts the API on `dataDir` (its analytics.duckdb is the store) with its operational data at `databaseUrl`. */
export async function startApi({ dataDir, databaseUrl }) {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the api project first`);
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'off',
      INGEST_FOLDER: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = recentOutput(child);
  const baseUrl = await readyUrl(child, output);
  const types = await schemaTypes(baseUrl);
  const queryFields = new Map(types.get('Query').fields.map((field) => [field.name, field]));
  return {
    /** True when the API serves `field` as a query. */
    serves: (field) => queryFields.has(field),
    /** A request for `field(args)` selecting every field of its answer, or `selection`; call it with `post`. */
    request: (field, args, selection = selectionOf(types, queryFields.get(field).type, 0)) => {
      return `{ ${field}${args ? `(${args})` : ''} ${selection} }`;
    },
    post: (query) =>
      postGraphql(baseUrl, query).catch((error) => {
        throw new Error(
          `${error.message}\nfor ${query.slice(0, 200)}\nThe API's latest output:\n${output.text()}`,
        );
      }),
    stop: () => stopChild(child),
  };
}

export async function postGraphql(baseUrl, query) {
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors?.length)
    throw new Error(`GraphQL errors: ${body.errors.map((error) => error.message).join('; ')}`);
  if (!response.ok || !body.data) throw new Error(`GraphQL request failed with HTTP ${response.status}`);
  return body.data;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

async function schemaTypes(baseUrl) {
  const data = await postGraphql(
    baseUrl,
    `{ __schema { types { name kind fields { name args { type { kind } defaultValue } type { ${TYPE_REF} } } } } }`,
  );
  return new Map(data.__schema.types.map((type) => [type.name, type]));
}

/**
 * `{ a b { c } }` for an object type (every field without required arguments, nesting at most
 * MAX_SELECTION_DEPTH levels), '' for a scalar or enum, null for an object with nothing to select.
 */
function selectionOf(types, typeRef, depth) {
  let named = typeRef;
  while (named.ofType) named = named.ofType;
  const type = types.get(named.name);
  if (type.kind !== 'OBJECT') return '';
  if (depth >= MAX_SELECTION_DEPTH) return null;
  const fields = type.fields
    .filter((field) => field.args.every((arg) => arg.type.kind !== 'NON_NULL' || arg.defaultValue !== null))
    .map((field) => [field.name, selectionOf(types, field.type, depth + 1)])
    .filter(([, selection]) => selection !== null)
    .map(([name, selection]) => `${name} ${selection}`.trim());
  return fields.length === 0 ? null : `{ ${fields.join(' ')} }`;
}

/** The last few thousand characters the API wrote (read on throughout: a full pipe would stall it). */
function recentOutput(child) {
  let text = '';
  const keep = (chunk) => {
    text = (text + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { text: () => text };
}

function readyUrl(child, output) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The API did not start within ${START_TIMEOUT_MS} ms. Output:\n${output.text()}`));
    }, START_TIMEOUT_MS);
    const onData = () => {
      const match = READY_LINE.exec(output.text());
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.off('exit', onExit);
        resolve(match[1]);
      }
    };
    const onExit = (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited with code ${code} before it was ready. Output:\n${output.text()}`));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child) {
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
