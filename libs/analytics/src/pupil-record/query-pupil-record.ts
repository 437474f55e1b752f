import {
  absenceRates,
  academicYearBounds,
  addSessionCounts,
  attendedSessions,
  DEFAULT_ESCALATION_BANDS,
  DFE_REASON_COLUMNS,
  emptySessionCounts,
  isInStatutoryCohort,
  isPersistentlyAbsent,
  isSeverelyAbsent,
  EARLY_WARNING_MODEL,
  minDate,
  validateUpn,
  type DfeReasonColumn,
  type EscalationBand,
  type IsoDate,
  type SessionCounts,
  type StatisticalCategory,
} from '@attendance/domain';
import { readEarlyWarning } from '../early-warning/read-early-warning.js';
import { readPeriod } from '../la-overview/read-period.js';
import type { BandRef } from '../pupil-lists/band-crossing-list.js';
import { bandsHighestFirst } from '../pupil-lists/band-crossing-bands.sql.js';
import { PupilLevelAccessError } from '../pupil-lists/pupil-list-request.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import {
  enrolmentLookupSql,
  otherEnrolmentsSql,
  PUPIL_MARKS_SQL,
  pupilWeeksSql,
} from './pupil-record.sql.js';
import { readPupilActionStatus } from './read-pupil-action-status.js';
import type {
  PupilRecord,
  PupilRecordProjection,
  PupilRecordDay,
  PupilRecordParams,
  PupilRef,
  PupilRecordSessions,
  PupilRecordWeek,
} from './pupil-record.types.js';

/** The lookup's $upn and $pupil_id (exactly one given), checked. */
function pupilLookupParams(ref: PupilRef): { upn: string | null; pupil_id: number | null } {
  if (ref.upn !== undefined) {
    const upnCheck = validateUpn(ref.upn);
    if (!upnCheck.valid) throw new RangeError(`upn "${ref.upn}" is not a valid UPN: ${upnCheck.reason}`);
    return { upn: ref.upn, pupil_id: null };
  }
  if (!Number.isInteger(ref.pupilId) || ref.pupilId < 1) {
    throw new RangeError(`pupilId must be a whole number from 1, got ${ref.pupilId}`);
  }
  return { upn: null, pupil_id: ref.pupilId };
}

/** No such school, or no such UPN in the school's pupils file: the caller asked for something not there. */
export class UnknownPupilError extends RangeError {
  override name = 'UnknownPupilError';
}

const FIRST_ACADEMIC_YEAR = 1900;
const LAST_ACADEMIC_YEAR = 2198;

/**
 * One enrolment's record for an academic year: the school, the pupil's characteristics, every marked date with
 * its AM and PM codes and their DfE categories, the weekly trend with the year-to-date band, absence by DfE
 * reason, the year-to-date figures and the pupil's other enrolments in the scope. Refused
 * (PupilLevelAccessError) for a scope without pupil-level access or without the school; UnknownPupilError for a
 * school or UPN the store does not hold; RangeError for a malformed UPN, year or ladder.
 */
export async function queryPupilRecord(
  store: AnalyticsStore,
  params: PupilRecordParams,
): Promise<PupilRecord> {
  const { urn, scope } = params;
  if (!scope.pupilLevel)
    throw new PupilLevelAccessError('This scope may see aggregate figures only, not pupils');
  if (scope.schools !== 'all' && !scope.schools.includes(urn)) {
    throw new PupilLevelAccessError(`School ${urn} is outside this scope`);
  }
  const pupil = pupilLookupParams(params);
  const { academicYear } = params;
  if (
    academicYear !== undefined &&
    (!Number.isInteger(academicYear) ||
      academicYear < FIRST_ACADEMIC_YEAR ||
      academicYear > LAST_ACADEMIC_YEAR)
  ) {
    throw new RangeError(
      `academicYear must be the year it starts in, ${FIRST_ACADEMIC_YEAR} to ${LAST_ACADEMIC_YEAR}, got ${academicYear}`,
    );
  }
  const ladder = bandsHighestFirst(params.bands ?? DEFAULT_ESCALATION_BANDS);

  return store.read(async (session) => {
    const [found] = await session.all(enrolmentLookupSql(isScoped(scope)), {
      urn,
      ...pupil,
      ...scopeParams(scope),
    });
    if (!found) throw new UnknownPupilError(`No school with URN ${urn} has sent data`);
    if (found['pupil_id'] === null) {
      const who = pupil.upn === null ? `pupil id ${pupil.pupil_id}` : `UPN ${pupil.upn}`;
      throw new UnknownPupilError(`No pupil with ${who} in the pupils file of school ${urn}`);
    }
    const { period, dataAsOf } = await readPeriod(session, {});
    const year = academicYear ?? period.academicYear;
    const bounds = academicYearBounds(year);
    const ids = { school_id: Number(found['school_id']), pupil_id: Number(found['pupil_id']) };
    const marks = await session.all(PUPIL_MARKS_SQL, {
      ...ids,
      year_start: bounds.start,
      year_end: bounds.end,
    });
    const weekRows = await session.all(pupilWeeksSql(ladder), { ...ids, academic_year: year });
    const others = await session.all(otherEnrolmentsSql(isScoped(scope)), { ...ids, ...scopeParams(scope) });
    const statusAsOf = dataAsOf === null || dataAsOf < bounds.start ? null : minDate(dataAsOf, bounds.end);
    const dateOfBirth = String(found['date_of_birth']);
    const projection =
      statusAsOf === null ? null : await readProjection(session, urn, ids.pupil_id, statusAsOf);
    const actionStatus =
      statusAsOf === null
        ? { cme: null, penaltyNotice: null }
        : await readPupilActionStatus(session, { ...ids, dateOfBirth }, statusAsOf);

    const bandRef = (rank: unknown): BandRef | null => {
      const band = rank === null ? undefined : (ladder[Number(rank)] as EscalationBand | undefined);
      return band ? { id: band.id, label: band.label } : null;
    };
    const weekCounts = weekRows.map((row) => weekSessionCounts(row));
    const total = weekCounts.reduce(addSessionCounts, emptySessionCounts());
    const lastWeek = weekRows[weekRows.length - 1];
    return {
      academicYear: year,
      dataAsOf,
      school: {
        urn: String(found['urn']),
        name: String(found['school_name']),
        phase: String(found['phase']),
        type: String(found['type']),
      },
      upn: String(found['upn']),
      pupilId: ids.pupil_id,
      characteristics: {
        yearGroup: text(found['nc_year']),
        sex: text(found['sex']),
        senProvision: text(found['sen_provision']),
        fsmEligible: flag(found['fsm_eligible']),
        eal: flag(found['eal']),
        cin: flag(found['cin']),
        cpp: flag(found['cpp']),
        cla: flag(found['cla']),
        enrolmentStatus: String(found['enrolment_status']),
        admissionDate: String(found['admission_date']),
        leavingDate: text(found['leaving_date']),
        inStatutoryCohort: isInStatutoryCohort(dateOfBirth, year),
      },
      calendar: calendarDays(marks),
      weeks: weekRows.map((row, index): PupilRecordWeek => ({
        weekStart: String(row['week_start']),
        ...sessionFigures(weekCounts[index] as SessionCounts),
        yearToDateAttendanceRate: absenceRates(yearToDateCounts(row))?.attendanceRate ?? null,
        yearToDateBand: bandRef(row['band_rank']),
      })),
      reasons: DFE_REASON_COLUMNS.map((column) => ({ column, sessions: total.byReason[column] })),
      yearToDate: {
        ...sessionFigures(total),
        notPossibleSessions: total.notPossible,
        administrativeSessions: total.administrative,
        persistentlyAbsent: isPersistentlyAbsent(total),
        severelyAbsent: isSeverelyAbsent(total),
        band: lastWeek ? bandRef(lastWeek['band_rank']) : null,
      },
      otherEnrolments: others.map((row) => ({
        urn: String(row['urn']),
        schoolName: String(row['school_name']),
        enrolmentStatus: String(row['enrolment_status']),
      })),
      statusAsOf,
      projection,
      ...actionStatus,
    };
  });
}

/** The pupil's row of the early-warning list on asOf (the shipped model), read with their school's scope. */
async function readProjection(
  session: SqlSession,
  urn: string,
  pupilId: number,
  asOf: IsoDate,
): Promise<PupilRecordProjection | null> {
  const list = await readEarlyWarning(session, {
    asOf,
    scope: { schools: [urn], pupilLevel: true },
    sort: 'projected',
    flaggedOnly: false,
    model: EARLY_WARNING_MODEL,
    limit: 1,
    offset: 0,
    onlyPupilId: pupilId,
  });
  const row = list.pupils[0];
  if (row === undefined) return null;
  const {
    urn: _urn,
    schoolName: _schoolName,
    upn: _upn,
    pupilId: _pupilId,
    yearGroup: _yearGroup,
    ...figures
  } = row;
  return figures;
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function calendarDays(marks: SqlRow[]): PupilRecordDay[] {
  const days: PupilRecordDay[] = [];
  for (const row of marks) {
    const date = String(row['session_date']) as IsoDate;
    let day = days[days.length - 1];
    if (day?.date !== date) {
      day = { date, am: null, pm: null };
      days.push(day);
    }
    const mark = {
      code: String(row['code']),
      category: row['category'] as StatisticalCategory,
      reasonColumn: (row['reason_column'] ?? null) as DfeReasonColumn | null,
    };
    if (Number(row['session']) === 0) day.am = mark;
    else day.pm = mark;
  }
  return days;
}

function weekSessionCounts(row: SqlRow): SessionCounts {
  const counts: SessionCounts = {
    ...emptySessionCounts(),
    possible: Number(row['week_possible']),
    present: Number(row['week_present']),
    approvedEducationalActivity: Number(row['week_approved_educational_activity']),
    authorised: Number(row['week_authorised']),
    unauthorised: Number(row['week_unauthorised']),
    notPossible: Number(row['week_not_possible']),
    administrative: Number(row['week_administrative']),
  };
  for (const column of DFE_REASON_COLUMNS) counts.byReason[column] = Number(row[`week_${column}`]);
  return counts;
}

/** The year to date through the row's week (the unsuffixed columns). */
function yearToDateCounts(row: SqlRow): SessionCounts {
  return {
    ...emptySessionCounts(),
    possible: Number(row['possible']),
    present: Number(row['present']),
    approvedEducationalActivity: Number(row['approved_educational_activity']),
    authorised: Number(row['authorised']),
    unauthorised: Number(row['unauthorised']),
  };
}

function sessionFigures(counts: SessionCounts): PupilRecordSessions {
  const rates = absenceRates(counts);
  return {
    possibleSessions: counts.possible,
    attendedSessions: attendedSessions(counts),
    authorisedSessions: counts.authorised,
    unauthorisedSessions: counts.unauthorised,
    attendanceRate: rates?.attendanceRate ?? null,
    overallAbsenceRate: rates?.overallAbsenceRate ?? null,
  };
}
