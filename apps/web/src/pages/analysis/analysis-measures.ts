import type { AttendanceMeasuresFieldsFragment, Cohort } from '../../graphql/generated/graphql.js';
import { cohortLabel } from '../la-overview/cohort-label.js';
import type { CohortChoice, Measure } from './analysis-search.js';

/** The rate fields of `AttendanceMeasures`; the DfE's published comparisons name theirs the same. */
export type RateField =
  | 'attendanceRate'
  | 'overallAbsenceRate'
  | 'authorisedAbsenceRate'
  | 'unauthorisedAbsenceRate'
  | 'persistentAbsenceRate'
  | 'severeAbsenceRate';

export interface MeasureDefinition {
  label: string;
  field: RateField;
  /** How the measure is named in a download's file name. */
  fileSlug: string;
}

export const MEASURE_DEFINITIONS: Readonly<Record<Measure, MeasureDefinition>> = {
  attendance: { label: 'Attendance', field: 'attendanceRate', fileSlug: 'attendance-rate' },
  'overall-absence': { label: 'Overall absence', field: 'overallAbsenceRate', fileSlug: 'overall-absence' },
  authorised: { label: 'Authorised absence', field: 'authorisedAbsenceRate', fileSlug: 'authorised-absence' },
  unauthorised: {
    label: 'Unauthorised absence',
    field: 'unauthorisedAbsenceRate',
    fileSlug: 'unauthorised-absence',
  },
  persistent: { label: 'Persistent absence', field: 'persistentAbsenceRate', fileSlug: 'persistent-absence' },
  severe: { label: 'Severe absence', field: 'severeAbsenceRate', fileSlug: 'severe-absence' },
};

export function measureRate(measures: AttendanceMeasuresFieldsFragment, measure: Measure): number | null {
  return measures[MEASURE_DEFINITIONS[measure].field];
}

export const COHORT_CHOICES: Readonly<Record<CohortChoice, { cohort: Cohort; label: string }>> = {
  // Worded as the LA overview words its cohort, so both pages name the headline cohort alike.
  statutory: { cohort: 'STATUTORY', label: cohortLabel('statutory') },
  'outside-statutory': {
    cohort: 'OUTSIDE_STATUTORY',
    label:
      'Outside statutory school age (under 5 or over 15 at the start of the year), always reported apart',
  },
};
