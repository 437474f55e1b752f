import type { BenchmarkFigure } from '../benchmark.types.js';
import type { FigureReader } from './figure-reader.js';

/** The columns a census absence table must have, in the order the import script writes them. */
export const CENSUS_ABSENCE_COLUMNS: readonly string[] = [
  'overallAbsencePercent',
  'authorisedAbsencePercent',
  'unauthorisedAbsencePercent',
  'persistentAbsencePercent',
  'severeAbsencePercent',
];

/**
 * Figures from the annual school census (six half terms, 2 dp as LAIT publishes them). A figure is undefined
 * where LAIT has no such measure for the row: it has no authorised or unauthorised rate for Total.
 */
export interface CensusAbsenceFigures {
  readonly overallAbsencePercent: BenchmarkFigure | undefined;
  readonly authorisedAbsencePercent: BenchmarkFigure | undefined;
  readonly unauthorisedAbsencePercent: BenchmarkFigure | undefined;
  /** Pupils missing 10% or more of their own possible sessions. */
  readonly persistentAbsencePercent: BenchmarkFigure | undefined;
  /** Pupils missing 50% or more of their own possible sessions. */
  readonly severeAbsencePercent: BenchmarkFigure | undefined;
}

export function readCensusAbsenceFigures(read: FigureReader): CensusAbsenceFigures {
  return {
    overallAbsencePercent: read.optional('overallAbsencePercent'),
    authorisedAbsencePercent: read.optional('authorisedAbsencePercent'),
    unauthorisedAbsencePercent: read.optional('unauthorisedAbsencePercent'),
    persistentAbsencePercent: read.optional('persistentAbsencePercent'),
    severeAbsencePercent: read.optional('severeAbsencePercent'),
  };
}
