import type { BenchmarkFigure } from '../benchmark.types.js';
import type { FigureReader } from './figure-reader.js';

/** The columns a social care table must have, in the order the import script writes them. */
export const SOCIAL_CARE_COLUMNS: readonly string[] = [
  'pupils',
  'overallAbsencePercent',
  'authorisedAbsencePercent',
  'unauthorisedAbsencePercent',
  'persistentAbsencePercent',
  'severeAbsencePercent',
];

/** Census absence of one social care group (rates to 1 dp, with the file's c/x/z/k symbols). */
export interface SocialCareAbsenceFigures {
  readonly pupils: BenchmarkFigure;
  readonly overallAbsencePercent: BenchmarkFigure;
  readonly authorisedAbsencePercent: BenchmarkFigure;
  readonly unauthorisedAbsencePercent: BenchmarkFigure;
  readonly persistentAbsencePercent: BenchmarkFigure;
  readonly severeAbsencePercent: BenchmarkFigure;
}

export function readSocialCareFigures(read: FigureReader): SocialCareAbsenceFigures {
  return {
    pupils: read.required('pupils'),
    overallAbsencePercent: read.required('overallAbsencePercent'),
    authorisedAbsencePercent: read.required('authorisedAbsencePercent'),
    unauthorisedAbsencePercent: read.required('unauthorisedAbsencePercent'),
    persistentAbsencePercent: read.required('persistentAbsencePercent'),
    severeAbsencePercent: read.required('severeAbsencePercent'),
  };
}
