import { similarSchools, SIMILAR_SCHOOLS_SHOWN, type IsoDate } from '@attendance/domain';
import { classifiedEnrolmentsParams } from '../cohort-measures/classified-enrolments.sql.js';
import { attendanceMeasuresFromRow } from '../la-overview/attendance-measures.js';
import type { AttendanceMeasures } from '../la-overview/la-overview.types.js';
import { periodEnrolmentSessionsSql } from '../la-overview/period-enrolment-sessions.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import { WHOLE_LA_SCOPE, type AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlRow } from '../store/sql-values.js';
import { SCHOOL_BY_URN_SQL, schoolIntakesSql } from './school-intakes.sql.js';

export interface SimilarSchoolsParams {
  urn: string;
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  /** Similar schools are chosen among the scope's schools; the school itself must be in the scope. */
  scope?: AnalyticsScope;
  /** Default SIMILAR_SCHOOLS_SHOWN. */
  count?: number;
}

export interface SchoolWithIntake {
  urn: string;
  name: string;
  phase: string;
  type: string;
  /** Statutory-cohort enrolments with possible sessions in the period. */
  enrolments: number;
  /** Shares of those enrolments, 0..100. */
  fsmPercent: number;
  senPercent: number;
  measures: AttendanceMeasures;
}

export interface SimilarSchoolsResult {
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
  dataAsOf: IsoDate | null;
  school: SchoolWithIntake;
  /** Nearest first, with the distance in percentage points of (FSM, SEN) share. */
  similar: { school: SchoolWithIntake; distance: number }[];
}

/** Thrown for a URN the store does not hold or the scope does not include. */
export class UnknownSchoolError extends RangeError {
  override name = 'UnknownSchoolError';
}

/**
 * A school's intake and figures for the period, next to the schools of its phase in the LA (in the scope)
 * closest to it in FSM and SEN share (the domain's similarSchools rule), with theirs.
 */
export async function querySimilarSchools(
  store: AnalyticsStore,
  params: SimilarSchoolsParams,
): Promise<SimilarSchoolsResult> {
  const scope = params.scope ?? WHOLE_LA_SCOPE;
  if (scope.schools !== 'all' && !scope.schools.includes(params.urn)) {
    throw new UnknownSchoolError(`School ${params.urn} is not in this scope`);
  }
  const count = params.count ?? SIMILAR_SCHOOLS_SHOWN;
  return store.read(async (session) => {
    const [target] = await session.all(SCHOOL_BY_URN_SQL, { urn: params.urn });
    if (!target) throw new UnknownSchoolError(`No school with URN ${params.urn}`);
    const { period, dataAsOf, weeks } = await readPeriod(session, params);
    const source = periodEnrolmentSessionsSql(weeks, 'statutory', isScoped(scope));
    const rows = await session.all(source.withClause + schoolIntakesSql(), {
      ...source.params,
      ...classifiedEnrolmentsParams(scope),
      phase: String(target['phase']),
    });
    const schools = rows.map(schoolWithIntakeFromRow);
    const school =
      schools.find((candidate) => candidate.urn === params.urn) ??
      schoolWithIntakeFromRow({ ...target, enrolments: 0 });
    return {
      academicYear: period.academicYear,
      start: period.start,
      end: period.end,
      dataAsOf,
      school,
      similar: similarSchools(school, schools, count),
    };
  });
}

function schoolWithIntakeFromRow(row: SqlRow): SchoolWithIntake {
  const enrolments = Number(row['enrolments'] ?? 0);
  const percentOf = (column: string) =>
    enrolments === 0 ? 0 : (100 * Number(row[column] ?? 0)) / enrolments;
  return {
    urn: String(row['urn']),
    name: String(row['name']),
    phase: String(row['phase']),
    type: String(row['type']),
    enrolments,
    fsmPercent: percentOf('fsm_enrolments'),
    senPercent: percentOf('sen_enrolments'),
    measures: attendanceMeasuresFromRow(row),
  };
}
