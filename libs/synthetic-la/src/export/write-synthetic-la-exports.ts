import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '@attendance/domain';
import { writeCtfFile, dfeCtfFileName } from '../export-formats/write-ctf-file.js';
import { writeGiasExtract } from '../export-formats/write-gias-extract.js';
import { writeMarksStringExport } from '../export-formats/write-marks-string-export.js';
import {
  SYNTHETIC_LA_CODE,
  schoolExportFormat,
  type SchoolExportFormat,
  type SyntheticLaOptions,
} from '../options/synthetic-la-options.js';
import { generateSchool, type GeneratedPupil, type GeneratedSchool } from '../school/generate-school.js';
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
  /**
   * Every data file written, relative to the output folder, in the order to load them (manifest.json
   * excluded): the schools file first, then exports oldest first.
   */
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

/** A data file written, with what orders it for loading. */
interface WrittenFile {
  name: string;
  /** `<YYYY-MM-DD> <URN> <n>` for an export's files (n: pupils file first); '' for the schools file. */
  loadKey: string;
}

/**
 * Writes a synthetic LA's nightly export to `outDir`: the LA's schools (schools.csv, or a GIAS extract), an
 * export per school (and an earlier one for some schools when `amendedExports` is on) in the format
 * `options.formats` gives it, and manifest.json. Schools are generated and streamed one at a time, so memory
 * stays bounded for any number of pupils.
 */
export async function writeSyntheticLaExports(
  options: SyntheticLaOptions,
  outDir: string,
): Promise<SyntheticLaManifest> {
  const plan = planSyntheticLa(options);
  await mkdir(outDir, { recursive: true });
  const encoder = new MarkRowEncoder(plan.timeline);
  const latestCounts = encoder.newCounts();
  const files: WrittenFile[] = [];
  if (options.formats?.schools === 'gias') {
    files.push({ name: await writeGiasExtract(plan, outDir), loadKey: '' });
  } else {
    await writeFile(join(outDir, SCHOOLS_FILE), textFile(SCHOOLS_HEADER, plan.schools.map(schoolRow)));
    files.push({ name: SCHOOLS_FILE, loadKey: '' });
  }

  const perSchool: SchoolExportSummary[] = [];
  const earlierExports: EarlierExportSummary[] = [];
  for (const school of plan.schools) {
    const generated = generateSchool(plan, school.index);
    const writer = new SchoolExportWriter(plan, generated, encoder, outDir, files);
    if (school.hasEarlierExport && plan.earlierExport) {
      const summary = await writer.write(plan.earlierExport, encoder.newCounts());
      earlierExports.push({ ...summary, exportDate: plan.earlierExport.exportDate });
    }
    perSchool.push(await writer.write(plan.latestExport, latestCounts));
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

/** The schools file first, then exports oldest first; within an export, the pupils file before the marks file. */
function orderForLoading(files: readonly WrittenFile[]): string[] {
  return [...files].sort((left, right) => left.loadKey.localeCompare(right.loadKey)).map((file) => file.name);
}

/** Writes one school's exports in its format and sums up what each holds. */
class SchoolExportWriter {
  private readonly format: SchoolExportFormat;
  private exportsWritten = 0;

  constructor(
    private readonly plan: SyntheticLaPlan,
    private readonly generated: GeneratedSchool,
    private readonly encoder: MarkRowEncoder,
    private readonly outDir: string,
    private readonly files: WrittenFile[],
  ) {
    this.format = schoolExportFormat(plan.options, generated.school.index);
  }

  async write(cut: ExportCut, counts: Float64Array): Promise<SchoolExportSummary> {
    const { plan, generated, encoder, outDir } = this;
    this.exportsWritten += 1;
    if (this.format === 'csv') {
      return writeSchoolExport(plan, generated, cut, encoder, counts, outDir, this.written(cut));
    }
    const names = await this.writeOtherFormat(cut);
    this.written(cut)(...names);
    const inExport = generated.pupils.filter((pupil) => isInExport(pupil, cut));
    return summarise(plan, generated.school.urn, inExport, cut, (pupil) =>
      encoder.countPupil(pupil, cut, counts),
    );
  }

  private async writeOtherFormat(cut: ExportCut): Promise<string[]> {
    const { plan, generated, outDir } = this;
    switch (this.format) {
      case 'marks-string':
        return writeMarksStringExport(generated, cut, plan.timeline.days, outDir);
      case 'ctf':
        return [await writeCtfFile(plan, generated, cut, outDir)];
      default: {
        const name = dfeCtfFileName(generated.school.laestab, `${plan.laCode}LLLL`, this.exportsWritten);
        return [await writeCtfFile(plan, generated, cut, outDir, name)];
      }
    }
  }

  /** Records an export's files in the order given (the pupils file first). */
  private written(cut: ExportCut): (...names: string[]) => void {
    return (...names) =>
      names.forEach((name, index) =>
        this.files.push({ name, loadKey: `${cut.exportDate} ${this.generated.school.urn} ${index}` }),
      );
  }
}

/** The manifest's summary of an export; `rowsOf` gives (and counts) each pupil's mark rows. */
async function summarise(
  plan: SyntheticLaPlan,
  urn: string,
  inExport: readonly GeneratedPupil[],
  cut: ExportCut,
  rowsOf: (pupil: GeneratedPupil) => number | Promise<number>,
): Promise<SchoolExportSummary> {
  let marks = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = -1;
  for (const pupil of inExport) {
    const rows = await rowsOf(pupil);
    if (rows > 0) {
      marks += rows;
      firstDay = Math.min(firstDay, pupil.register.firstDay);
      lastDay = Math.max(lastDay, Math.min(pupil.register.endDay, cut.markDayCount) - 1);
    }
  }
  return {
    urn,
    enrolments: inExport.length,
    marks,
    firstDate: lastDay >= 0 ? (plan.timeline.days[firstDay] as IsoDate) : null,
    lastDate: lastDay >= 0 ? (plan.timeline.days[lastDay] as IsoDate) : null,
  };
}

async function writeSchoolExport(
  plan: SyntheticLaPlan,
  generated: GeneratedSchool,
  cut: ExportCut,
  encoder: MarkRowEncoder,
  counts: Float64Array,
  outDir: string,
  written: (...names: string[]) => void,
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
  const summary = await summarise(plan, urn, inExport, cut, (pupil) =>
    encoder.writePupil(writer, pupil, cut, counts),
  );
  await writer.end();
  written(pupilsFile, marksFile);
  return summary;
}
