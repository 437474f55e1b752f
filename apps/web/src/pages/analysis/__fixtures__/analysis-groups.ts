import type { AttendanceMeasuresFieldsFragment } from '../../../graphql/generated/graphql.js';
import type { AnalysisGroup } from '../analysis-table-model.js';

/**
 * A group as the API gives it, `*` marking a dimension it sums (`all` true, key null). Its rates follow from its
 * counts as the API's do (overall absence = authorised + unauthorised over possible sessions), so a test can
 * check a figure against the counts it was given.
 */
export function group(
  keys: readonly (string | null)[],
  counts: {
    enrolments: number;
    possible: number;
    authorised: number;
    unauthorised: number;
    persistent?: number;
  },
): AnalysisGroup {
  const { enrolments, possible, authorised, unauthorised, persistent = 0 } = counts;
  const rate = (sessions: number) => (possible === 0 ? null : (100 * sessions) / possible);
  const measures: AttendanceMeasuresFieldsFragment = {
    enrolments,
    possibleSessions: possible,
    attendedSessions: possible - authorised - unauthorised,
    authorisedSessions: authorised,
    unauthorisedSessions: unauthorised,
    persistentAbsentees: persistent,
    severeAbsentees: 0,
    attendanceRate: rate(possible - authorised - unauthorised),
    overallAbsenceRate: rate(authorised + unauthorised),
    authorisedAbsenceRate: rate(authorised),
    unauthorisedAbsenceRate: rate(unauthorised),
    persistentAbsenceRate: enrolments === 0 ? null : (100 * persistent) / enrolments,
    severeAbsenceRate: enrolments === 0 ? null : 0,
  };
  return {
    keys: keys.map((key) => (key === '*' ? null : key)),
    all: keys.map((key) => key === '*'),
    measures,
  };
}

/** Year group by sex, in the API's order: the total, sex subtotals, then each year group's subtotal and cells. */
export const YEAR_BY_SEX: AnalysisGroup[] = [
  group(['*', '*'], { enrolments: 40, possible: 4000, authorised: 200, unauthorised: 100, persistent: 8 }),
  group(['*', 'F'], { enrolments: 20, possible: 2000, authorised: 80, unauthorised: 40, persistent: 3 }),
  group(['*', 'M'], { enrolments: 20, possible: 2000, authorised: 120, unauthorised: 60, persistent: 5 }),
  group(['7', '*'], { enrolments: 30, possible: 3000, authorised: 150, unauthorised: 90, persistent: 6 }),
  group(['7', 'F'], { enrolments: 15, possible: 1500, authorised: 60, unauthorised: 30, persistent: 2 }),
  group(['7', 'M'], { enrolments: 15, possible: 1500, authorised: 90, unauthorised: 60, persistent: 4 }),
  group(['8', '*'], { enrolments: 10, possible: 1000, authorised: 50, unauthorised: 10, persistent: 2 }),
  group(['8', 'F'], { enrolments: 5, possible: 500, authorised: 20, unauthorised: 10, persistent: 1 }),
  group(['8', 'M'], { enrolments: 5, possible: 500, authorised: 30, unauthorised: 0, persistent: 1 }),
];
