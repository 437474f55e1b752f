import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '@attendance/domain';
import type { SyntheticLaOptions } from '../options/synthetic-la-options.js';
import { SYNTHETIC_LA_CODE } from '../options/synthetic-la-options.js';
import { generateSchool, type GeneratedSchool } from '../school/generate-school.js';
import { planSyntheticLa, type ExportCut, type SyntheticLaPlan } from '../school-plan/plan-synthetic-la.js';
import { ByteChunkWriter } from './byte-chunk-writer.js';
import {
  MARKS_HEADER,
  PUPILS_HEADER,
  SCHOOLS_HEADER,
  exportFileName,
  pupilRow,
  schoolRow,
} from './csv-format.js';
import { isInExport, pupilAsExported } from './export-view.js';
import { MarkRowEncoder } from './mark-row-encoder.js';

export interface SchoolExportSummary {
  urn: string;
  /** Rows in the pupils file (a dual-registered pupil counts at each school). */
  enrolments: number;
  /** Rows in the marks file. */
  marks: number;
  /** Earliest and latest date in the marks file; null when it has no rows. */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

export interface EarlierExportSummary extends SchoolExportSummary {
  exportDate: IsoDate;
}

export interface SyntheticLaManifest {
  laName: string;
  laCode: typeof SYNTHETIC_LA_CODE;
  /** The options used, with defaults filled in (laName, exportDate, amendedExports). */
  options: SyntheticLaOptions;
  /** Every data file written, relative to the output folder, in the order to load them (manifest.json excluded). */
  files: string[];
  /** Totals of the latest export of every school: what a store holds after loading all files in date order. */
  totals: { schools: number; enrolments: number; marks: number; byCode: Record<string, number> };
  /** The latest export of each school. */
  perSchool: SchoolExportSummary[];
  /** The earlier exports (amendedExports), superseded by the latest ones for the dates they share. */
  earlierExports: EarlierExportSummary[];
}

export const MANIFEST_FILE = 'manifest.json';
export const SCHOOLS_FILE = 'schools.csv';

/**
 * Writes a synthetic LA's nightly export to `outDir`: schools.csv, a pupils and a marks file per school (and an
 * earlier pair for some schools when `amendedExports` is on), and manifest.json. Schools are generated and
 * streamed one at a time, so memory stays bounded for any number of pupils.
 */
export async function writeSyntheticLaExports(
  options: SyntheticLaOptions,
  outDir: string,
): Promise<SyntheticLaManifest> {
  const plan = planSyntheticLa(options);
  await mkdir(outDir, { recursive: true });
  const encoder = new MarkRowEncoder(plan.timeline);
  const latestCounts = encoder.newCounts();
  const files: string[] = [SCHOOLS_FILE];
  await writeFile(join(outDir, SCHOOLS_FILE), textFile(SCHOOLS_HEADER, plan.schools.map(schoolRow)));

  const perSchool: SchoolExportSummary[] = [];
  const earlierExports: EarlierExportSummary[] = [];
  for (const school of plan.schools) {
    const generated = generateSchool(plan, school.index);
    if (school.hasEarlierExport && plan.earlierExport) {
      const summary = await writeSchoolExport(
        plan,
        generated,
        plan.earlierExport,
        encoder,
        encoder.newCounts(),
        outDir,
        files,
      );
      earlierExports.push({ ...summary, exportDate: plan.earlierExport.exportDate });
    }
    perSchool.push(
      await writeSchoolExport(plan, generated, plan.latestExport, encoder, latestCounts, outDir, files),
    );
  }

  const manifest: SyntheticLaManifest = {
    laName: plan.laName,
    laCode: SYNTHETIC_LA_CODE,
    options: {
      ...options,
      laName: plan.laName,
      exportDate: plan.latestExport.exportDate,
      amendedExports: options.amendedExports ?? false,
    },
    files: orderForLoading(files),
    totals: {
      schools: plan.schools.length,
      enrolments: perSchool.reduce((sum, school) => sum + school.enrolments, 0),
      marks: perSchool.reduce((sum, school) => sum + school.marks, 0),
      byCode: encoder.countsByCode(latestCounts),
    },
    perSchool,
    earlierExports,
  };
  await writeFile(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function textFile(header: string, rows: readonly string[]): string {
  return `${[header, ...rows].join('\n')}\n`;
}

/** schools.csv first, then exports oldest first; within an export, the pupils file before the marks file. */
function orderForLoading(files: readonly string[]): string[] {
  const sortKey = (file: string): string => {
    const [urn = '', date = '', kind = ''] = file.split('_');
    return `${date}_${urn}_${kind.startsWith('pupils') ? 0 : 1}`;
  };
  return [...files].sort((left, right) => {
    if (left === SCHOOLS_FILE || right === SCHOOLS_FILE) return left === SCHOOLS_FILE ? -1 : 1;
    return sortKey(left).localeCompare(sortKey(right));
  });
}

async function writeSchoolExport(
  plan: SyntheticLaPlan,
  generated: GeneratedSchool,
  cut: ExportCut,
  encoder: MarkRowEncoder,
  counts: Float64Array,
  outDir: string,
  files: string[],
): Promise<SchoolExportSummary> {
  const { urn } = generated.school;
  const inExport = generated.pupils.filter((pupil) => isInExport(pupil, cut));
  const pupilsFile = exportFileName(urn, cut.exportDate, 'pupils');
  const marksFile = exportFileName(urn, cut.exportDate, 'marks');
  await writeFile(
    join(outDir, pupilsFile),
    textFile(
      PUPILS_HEADER,
      inExport.map((pupil) => pupilRow(pupilAsExported(pupil, cut))),
    ),
  );
  const writer = new ByteChunkWriter(createWriteStream(join(outDir, marksFile)));
  await writer.writeText(`${MARKS_HEADER}\n`);
  let marks = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = -1;
  for (const pupil of inExport) {
    const rows = await encoder.writePupil(writer, pupil, cut, counts);
    if (rows > 0) {
      marks += rows;
      firstDay = Math.min(firstDay, pupil.register.firstDay);
      lastDay = Math.max(lastDay, Math.min(pupil.register.endDay, cut.markDayCount) - 1);
    }
  }
  await writer.end();
  files.push(pupilsFile, marksFile);
  return {
    urn,
    enrolments: inExport.length,
    marks,
    firstDate: lastDay >= 0 ? (plan.timeline.days[firstDay] as IsoDate) : null,
    lastDate: lastDay >= 0 ? (plan.timeline.days[lastDay] as IsoDate) : null,
  };
}
