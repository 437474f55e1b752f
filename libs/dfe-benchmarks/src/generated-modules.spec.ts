import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateModules, generatorSha256, moduleHashes } from '../scripts/import-benchmarks.mjs';
import { areas, GENERATOR_SHA256, sources } from './generated/index.js';

// The committed modules in src/generated must be exactly what the current import script writes. The source
// CSVs live outside the repository, so this checks it without them: each module's content hash (a hand edit
// shows) and the script hash it records (a script change without a re-run shows).

const generatedDir = fileURLToPath(new URL('./generated/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./__fixtures__/benchmarks/', import.meta.url));
const committed = readdirSync(generatedDir).filter((name) => name.endsWith('.ts'));

describe('generated modules', () => {
  it.each(committed)('%s has not been edited by hand', (name) => {
    const { claimed, actual } = moduleHashes(readFileSync(`${generatedDir}${name}`, 'utf8'));
    expect(claimed).toBe(actual);
  });

  it('were written by the current import script', () => {
    const current = generatorSha256();
    expect(GENERATOR_SHA256).toBe(current);
    expect(areas.generatorSha256).toBe(current);
    expect(sources.map((source) => source.generatorSha256)).toEqual(sources.map(() => current));
  });

  it('are the modules the script writes, no more and no fewer', () => {
    const written = generateModules((file) => readFileSync(`${fixturesDir}${file}`, 'utf8'), 'fixture');
    expect([...committed].sort()).toEqual([...written.keys()].sort());
  });

  it('stay within the 1.5 MB budget for shipped data', () => {
    const bytes = committed.reduce((total, name) => total + statSync(`${generatedDir}${name}`).size, 0);
    expect(bytes).toBeLessThan(1_500_000);
  });
});
