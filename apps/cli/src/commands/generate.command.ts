import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { academicYearOf } from '@attendance/domain';
import {
  DEFAULT_DEMO_OPTIONS,
  MIXED_EXPORT_FORMATS,
  writeSyntheticLaExports,
  type SyntheticExportFormats,
  type SyntheticLaOptions,
} from '@attendance/synthetic-la';
import { UsageError } from './command-context.js';

/** `generate --out <folder> ...`: writes a synthetic LA's exports (the only source of demo and test data). */
export async function runGenerateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      schools: { type: 'string' },
      pupils: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      'academic-year': { type: 'string' },
      weeks: { type: 'string' },
      'amended-exports': { type: 'boolean' },
      format: { type: 'string' },
      'schools-format': { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) throw new UsageError('generate needs --out <folder>');
  const asOf = values['as-of'] ?? DEFAULT_DEMO_OPTIONS.asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be YYYY-MM-DD, not "${asOf}"`);
  const options: SyntheticLaOptions = {
    ...DEFAULT_DEMO_OPTIONS,
    asOf,
    academicYear: integerOption('academic-year', values['academic-year']) ?? academicYearOf(asOf),
    schools: integerOption('schools', values.schools) ?? DEFAULT_DEMO_OPTIONS.schools,
    pupils: integerOption('pupils', values.pupils) ?? DEFAULT_DEMO_OPTIONS.pupils,
    seed: integerOption('seed', values.seed) ?? DEFAULT_DEMO_OPTIONS.seed,
    amendedExports: values['amended-exports'] ?? DEFAULT_DEMO_OPTIONS.amendedExports,
  };
  const weeks = integerOption('weeks', values.weeks);
  if (weeks !== undefined) options.weeks = weeks;
  const formats = formatsOption(values.format, values['schools-format']);
  if (formats !== undefined) options.formats = formats;

  const folder = resolve(values.out);
  const startedAt = performance.now();
  const manifest = await writeSyntheticLaExports(options, folder);
  const seconds = (performance.now() - startedAt) / 1000;
  console.log(
    `Wrote ${manifest.laName}: ${manifest.totals.schools} schools, ${manifest.totals.enrolments} enrolments, ` +
      `${manifest.totals.marks} marks, ${manifest.files.length} files to ${folder} in ${seconds.toFixed(1)} s`,
  );
  return 0;
}

function integerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return parsed;
}

const EXPORT_FORMATS: readonly string[] = [...MIXED_EXPORT_FORMATS, 'mixed'];
const SCHOOLS_FORMATS: readonly string[] = ['csv', 'gias'];

/**
 * `--format csv|marks-string|ctf|ctf-dfe-name|mixed` and `--schools-format csv|gias`. A mixed folder gives
 * the schools a GIAS extract unless told otherwise, so one folder holds every format.
 */
function formatsOption(
  exportsFormat: string | undefined,
  schoolsFormat: string | undefined,
): SyntheticExportFormats | undefined {
  if (exportsFormat === undefined && schoolsFormat === undefined) return undefined;
  if (exportsFormat !== undefined && !EXPORT_FORMATS.includes(exportsFormat)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${exportsFormat}"`);
  }
  if (schoolsFormat !== undefined && !SCHOOLS_FORMATS.includes(schoolsFormat)) {
    throw new UsageError(
      `--schools-format must be one of ${SCHOOLS_FORMATS.join(', ')}, not "${schoolsFormat}"`,
    );
  }
  return {
    exports: (exportsFormat ?? 'csv') as NonNullable<SyntheticExportFormats['exports']>,
    schools: (schoolsFormat ?? (exportsFormat === 'mixed' ? 'gias' : 'csv')) as NonNullable<
      SyntheticExportFormats['schools']
    >,
  };
}
