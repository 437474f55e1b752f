import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalyticsStore, loadExportFolder } from '@attendance/analytics';

// The DuckDB store the query benchmark reads: the ingestion benchmark's full-year exports loaded by the product's
// own loader. Loading 95 million marks takes about a minute, so the store is kept next to a marker and reused
// while the marker shows the same exports and the same built loader and schema (a changed loader or a new summary
// table must not be timed against a store an older loader built).

const PRODUCT_FOLDERS = ['schema', 'loader', 'sources'];

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A hash of the built analytics modules that decide what a load writes. */
async function productFingerprint() {
  const dist = dirname(fileURLToPath(import.meta.resolve('@attendance/analytics')));
  const hash = createHash('sha256');
  for (const folder of PRODUCT_FOLDERS) {
    const files = (await readdir(join(dist, folder), { recursive: true })).filter((file) =>
      file.endsWith('.js'),
    );
    for (const file of files.sort()) {
      hash.update(`${folder}/${file}\n`);
      hash.update(await readFile(join(dist, folder, file)));
    }
  }
  return hash.digest('hex');
}

/** What the store was built from; the marker must equal it for the store to be reused. */
export async function storeSource(manifest) {
  return { options: manifest.options, marks: manifest.totals.marks, product: await productFingerprint() };
}

export function sameJson(a, b) {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The analytics store at `storePath` holding the exports of `folder` (described by `manifest`), loaded unless
 * a matching one is already there.
 */
export async function ensureQueryStore({ folder, manifest, storePath, memoryLimit, loadConcurrency }, log) {
  const markerPath = `${storePath}.source.json`;
  const source = await storeSource(manifest);
  if (sameJson(await readJson(markerPath), source)) {
    log(`reusing the DuckDB store ${storePath}`);
    return;
  }
  await rm(markerPath, { force: true });
  await rm(storePath, { force: true });
  await rm(`${storePath}.wal`, { force: true });
  await mkdir(dirname(storePath), { recursive: true });
  log(
    `loading ${manifest.totals.marks.toLocaleString('en-GB')} marks into ${storePath} (the product's loader)`,
  );
  const store = await AnalyticsStore.open({
    path: storePath,
    memoryLimit,
    ...(loadConcurrency === undefined ? {} : { loadConcurrency }),
  });
  try {
    const result = await loadExportFolder(store, folder);
    const loaded = result.units.reduce((sum, unit) => sum + unit.markRows, 0);
    if (loaded !== manifest.totals.marks) {
      throw new Error(`the loader stored ${loaded} marks, expected ${manifest.totals.marks}`);
    }
    await store.write((session) => session.run('CHECKPOINT'));
  } finally {
    await store.close();
  }
  await writeFile(markerPath, `${JSON.stringify(source)}\n`);
}
