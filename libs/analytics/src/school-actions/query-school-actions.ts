import {
  absenceRates,
  academicYearOf,
  addDays,
  CME_LA_MILESTONE_DAYS,
  PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM,
  PENALTY_NOTICE_THRESHOLD,
  type IsoDate,
} from '@attendance/domain';
import { RECENT_REGISTER_DATES_SQL } from '../data-quality/recent-register-dates.sql.js';
import { sessionCountsFromRow } from '../la-overview/attendance-measures.js';
import { readCmeMilestoneCounts, type CmeMilestoneCount } from '../pupil-lists/cme-milestone-counts.js';
import {
  LONG_STALE_DAYS,
  markCodeIdList,
  readActionListDate,
} from '../pupil-lists/penalty-notice-and-cme-as-of.js';
import { WHOLE_LA_SCOPE, type AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import type { SchoolActions, SchoolActionsParams, SchoolActionsResult } from './school-actions.types.js';
import { schoolFourWeekCountsSql } from './school-four-week-change.sql.js';
import { schoolLastMarksSql } from './school-last-marks.sql.js';
import { schoolPenaltyNoticeCountsSql } from './school-penalty-notice-counts.sql.js';

/** As many of the LA's recent register dates as the data-quality view shows by default. */
export const RECENT_REGISTER_DATES_COUNTED = 10;

/** School weeks on each side of the four-week change. */
const WEEKS_EACH_SIDE = 4;

/**
 * For every school of the scope, as of the store's latest mark: its four-week change in attendance, how many
 * of its pupils the penalty-notice and CME milestone lists hold, and how fresh its data is. The counts come
 * from the lists' own statements counted by school (the penalty-notice list's statement; the CME list's runs,
 * cme-milestone-counts.ts), so a school's count is always what the list shows filtered to it. Counts only: any
 * scope may ask, as no pupil leaves this function. The CME runs, the penalty-notice counts and the other
 * figures are three reads side by side (three connections), each about a third of the work: as two, the
 * penalty counts waited behind the freshness and four-week statements while the CME read had finished.
 */
export async function querySchoolActions(
  store: AnalyticsStore,
  params: SchoolActionsParams = {},
): Promise<SchoolActionsResult> {
  const scope = params.scope ?? WHOLE_LA_SCOPE;
  const [counted, penaltyCounts, cmeCounts] = await Promise.all([
    store.read((session) => readSchoolCounts(session, scope)),
    store.read((session) => readPenaltyCounts(session, scope)),
    store.read((session) => readCmeCounts(session, scope)),
  ]);
  const cmeChildren = new Map(cmeCounts.map((count) => [`${count.urn} ${count.milestone}`, count.children]));
  const fourWeeks = new Map(
    counted.fourWeekRows.map((row) => [
      `${String(row['urn'])} ${row['is_latest'] === true ? 'latest' : 'previous'}`,
      row,
    ]),
  );
  return {
    dataAsOf: counted.dataAsOf,
    recentRegisterDates: counted.recent,
    schools: counted.lastMarks.map((row): SchoolActions => {
      const urn = String(row['urn']);
      const lastMarkDate = (row['last_mark_date'] ?? null) as IsoDate | null;
      const latest = attendanceOver(fourWeeks.get(`${urn} latest`));
      const previous = attendanceOver(fourWeeks.get(`${urn} previous`));
      return {
        urn,
        latestFourWeeksAttendanceRate: latest,
        previousFourWeeksAttendanceRate: previous,
        fourWeekChange: latest === null || previous === null ? null : latest - previous,
        penaltyNoticePupils: penaltyCounts.get(urn) ?? 0,
        cmeMilestones: CME_LA_MILESTONE_DAYS.map((milestone) => ({
          milestone,
          children: cmeChildren.get(`${urn} ${milestone}`) ?? 0,
        })),
        lastMarkDate,
        registerDatesBehind: counted.recent.filter((date) => lastMarkDate === null || date > lastMarkDate)
          .length,
      };
    }),
  };
}

interface SchoolCounts {
  dataAsOf: IsoDate | null;
  recent: IsoDate[];
  lastMarks: SqlRow[];
  fourWeekRows: SqlRow[];
}

async function readSchoolCounts(session: SqlSession, scope: AnalyticsScope): Promise<SchoolCounts> {
  const { dataAsOf } = await readActionListDate(session, undefined);
  const scoped = isScoped(scope);
  const recent = (await session.all(RECENT_REGISTER_DATES_SQL, { days: RECENT_REGISTER_DATES_COUNTED })).map(
    (row) => String(row['register_date']),
  );
  const lastMarks = await session.all(schoolLastMarksSql(scoped), scopeParams(scope));
  if (dataAsOf === null) return { dataAsOf, recent, lastMarks, fourWeekRows: [] };
  const fourWeekRows = await session.all(schoolFourWeekCountsSql(scoped), {
    ...scopeParams(scope),
    academic_year: academicYearOf(dataAsOf),
    as_of: dataAsOf,
  });
  return { dataAsOf, recent, lastMarks, fourWeekRows };
}

/**
 * The penalty-notice list's length per school as of the store's latest mark, with the list's own parameters
 * (penalty-notice-list.ts).
 */
async function readPenaltyCounts(session: SqlSession, scope: AnalyticsScope): Promise<Map<string, number>> {
  const { asOf } = await readActionListDate(session, undefined);
  if (asOf === null || asOf < PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM) return new Map();
  const thresholdCodeIds = await markCodeIdList(session, PENALTY_NOTICE_THRESHOLD.codes);
  const rows = await session.all(
    schoolPenaltyNoticeCountsSql({ scoped: isScoped(scope), thresholdCodeIds }),
    {
      ...scopeParams(scope),
      as_of: asOf,
      window_weeks: PENALTY_NOTICE_THRESHOLD.schoolWeeks,
      oldest_read_from: addDays(asOf, -LONG_STALE_DAYS),
      threshold_sessions: PENALTY_NOTICE_THRESHOLD.unauthorisedSessions,
    },
  );
  return new Map(rows.map((row) => [String(row['urn']), Number(row['pupils'])]));
}

/** The CME milestone list's length by school and milestone, as of the store's latest mark. */
async function readCmeCounts(session: SqlSession, scope: AnalyticsScope): Promise<CmeMilestoneCount[]> {
  const { asOf } = await readActionListDate(session, undefined);
  return asOf === null ? [] : readCmeMilestoneCounts(session, { scope, asOf });
}

/** Attendance over a side of the change (the domain's rate), null unless it holds four school weeks. */
function attendanceOver(row: SqlRow | undefined): number | null {
  if (row === undefined || Number(row['school_weeks']) < WEEKS_EACH_SIDE) return null;
  return absenceRates(sessionCountsFromRow(row))?.attendanceRate ?? null;
}
