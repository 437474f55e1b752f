import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AnalyticsStore, dfeAbsenceExportRows } from '@attendance/analytics';
import { DfeAreaIncompleteError, dfeAreaOfLa } from '@attendance/dfe-benchmarks';
import {
  DFE_TIME_IDENTIFIERS,
  dfeAbsenceCsv,
  type DfeArea,
  type DfeTimeIdentifier,
} from '@attendance/domain';
import { UsageError, dataDirFromEnvironment } from './command-context.js';

/**
 * `export dfe-absence --out <file.csv> --la-code <code>`: the statutory cohort's figures from DATA_DIR's store in
 * the column layout of the DfE's published absence files (libs/domain/src/dfe-absence-layout/COLUMNS.md).
 */
export async function runExportCommand(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what !== 'dfe-absence') throw new UsageError(`export knows one file, dfe-absence, not "${what ?? ''}"`);
  const { values } = parseArgs({
    args: rest,
    options: {
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'time-identifier': { type: 'string' },
      'la-code': { type: 'string' },
      'new-la-code': { type: 'string' },
      'la-name': { type: 'string' },
      'region-code': { type: 'string' },
      'region-name': { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) throw new UsageError('export dfe-absence needs --out <file.csv>');
  const area = areaFrom(values);
  const timeIdentifier = values['time-identifier'] ?? 'Academic year';
  if (!(DFE_TIME_IDENTIFIERS as readonly string[]).includes(timeIdentifier)) {
    throw new UsageError(`--time-identifier must be one of ${DFE_TIME_IDENTIFIERS.join(', ')}`);
  }

  const store = await AnalyticsStore.open({ path: join(dataDirFromEnvironment(), 'analytics.duckdb') });
  try {
    const rows = await dfeAbsenceExportRows(store, {
      area,
      timeIdentifier: timeIdentifier as DfeTimeIdentifier,
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
    });
    const out = resolve(values.out);
    await writeFile(out, dfeAbsenceCsv(rows), 'utf8');
    console.log(`Wrote ${rows.length} rows to ${out}`);
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * The LA's codes and names: those the DfE's own files give for --la-code (its three-digit number or ONS code),
 * each overridable by a flag; an LA the files do not know (a synthetic one) needs every flag.
 */
function areaFrom(flags: Record<string, string | boolean | undefined>): DfeArea {
  const text = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
  const laCode = text('la-code');
  if (!laCode)
    throw new UsageError('export dfe-absence needs --la-code (the DfE three-digit code, e.g. 935)');
  try {
    return dfeAreaOfLa(laCode, {
      newLaCode: text('new-la-code'),
      laName: text('la-name') ?? process.env['LA_NAME'],
      regionCode: text('region-code'),
      regionName: text('region-name'),
    });
  } catch (error) {
    if (!(error instanceof DfeAreaIncompleteError)) throw error;
    const flagOf = {
      newLaCode: '--new-la-code',
      laName: '--la-name (or LA_NAME)',
      regionCode: '--region-code',
      regionName: '--region-name',
    };
    throw new UsageError(`export dfe-absence needs ${error.missing.map((name) => flagOf[name]).join(', ')}`);
  }
}
