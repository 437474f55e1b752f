import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvField } from '../export/csv-format.js';
import type { SyntheticLaPlan } from '../school-plan/plan-synthetic-la.js';
import type { SchoolPhase, SyntheticSchool } from '../school-plan/synthetic-school.types.js';

/** The columns of the GIAS "All establishment data" extract this writer fills (a real one has ~130 more). */
export const GIAS_EXTRACT_HEADER = [
  'URN',
  'LA (code)',
  'LA (name)',
  'EstablishmentNumber',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'PhaseOfEducation (name)',
] as const;

/** GIAS records special schools with phase "Not applicable"; the type says they are special. */
const GIAS_PHASE: Readonly<Record<SchoolPhase, string>> = {
  Primary: 'Primary',
  Secondary: 'Secondary',
  'All-through': 'All-through',
  Special: 'Not applicable',
};

/** GIAS's own names where they differ from the export format's (GIAS says "Free schools"). */
const GIAS_TYPE: Readonly<Record<string, string>> = { 'Free school': 'Free schools' };

export function giasExtractFileName(exportDate: string): string {
  return `edubasealldata${exportDate.replace(/-/g, '')}.csv`;
}

export function giasExtractRow(plan: SyntheticLaPlan, school: SyntheticSchool): string {
  return [
    school.urn,
    plan.laCode,
    plan.laName,
    school.establishmentNumber,
    school.name,
    GIAS_TYPE[school.type] ?? school.type,
    'Open',
    GIAS_PHASE[school.phase],
  ]
    .map(csvField)
    .join(',');
}

/** Writes a GIAS-style establishment extract of the LA's schools (all open); returns the file name. */
export async function writeGiasExtract(plan: SyntheticLaPlan, outDir: string): Promise<string> {
  const fileName = giasExtractFileName(plan.latestExport.exportDate);
  const rows = plan.schools.map((school) => giasExtractRow(plan, school));
  await writeFile(join(outDir, fileName), `${[GIAS_EXTRACT_HEADER.join(','), ...rows].join('\n')}\n`);
  return fileName;
}
