import {
  absenceRates,
  addDays,
  DEFAULT_ESCALATION_BANDS,
  emptySessionCounts,
  type EscalationBand,
  type IsoDate,
  type SessionCounts,
} from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { periodEnrolmentWeeksSql } from '../la-overview/period-enrolment-weeks.sql.js';
import { periodWeeks } from '../la-overview/period-weeks.js';
import { readPeriod } from '../la-overview/read-period.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlRow } from '../store/sql-values.js';
import { bandsHighestFirst } from './band-crossing-bands.sql.js';
import {
  BAND_CROSSING_SORTS,
  bandCrossingListSql,
  FIRST_COMPARED_WEEK_SQL,
  type BandCrossingSort,
} from './band-crossing-list.sql.js';
import { pupilListRequest, seesNoSchool } from './pupil-list-request.js';

export const MAX_BAND_CROSSING_WEEKS = 20;

export interface BandCrossingListParams {
  /** How many school weeks back "before" is: 1 to 20, default 4. */
  weeks?: number;
  /** "Now": the year to date through this date; default the latest mark in the store. */
  asOf?: IsoDate;
  /** The LA's escalation ladder (default the domain's example ladder); must cover 0..100 without overlaps. */
  bands?: readonly EscalationBand[];
  cohort?: CohortChoice;
  scope?: AnalyticsScope;
  /** Default the most bands dropped first (then the most attendance lost). */
  sort?: BandCrossingSort;
  /** Default 50 a page, at most MAX_LIST_PAGE. */
  limit?: number;
  offset?: number;
}

export interface BandRef {
  id: string;
  label: string;
}

export interface BandCrossing {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  /** "Before" is the year to date through this Sunday: the end of the school week compared with. */
  beforeThrough: IsoDate;
  bandBefore: BandRef;
  bandNow: BandRef;
  /** How many rungs of the ladder lower the band is now (1 or more). */
  bandsDropped: number;
  attendanceRateBefore: number;
  attendanceRateNow: number;
  possibleSessionsBefore: number;
  possibleSessionsNow: number;
}

export interface BandCrossingList {
  academicYear: number;
  start: IsoDate;
  /** "Now": the year to date ends here. */
  end: IsoDate;
  dataAsOf: IsoDate | null;
  weeks: number;
  /** The ladder, highest attendance first. */
  bands: BandRef[];
  length: number;
  pupils: BandCrossing[];
}

/**
 * Enrolments whose year-to-date attendance band is lower now (at `asOf`) than `weeks` school weeks earlier, in
 * the same academic year (see band-crossing-list.sql.ts), sorted and paged. Pupil-level data: refused unless
 * the scope allows it. Throws RangeError for bad weeks, dates, bands, sort or page.
 */
export async function queryBandCrossingList(
  store: AnalyticsStore,
  params: BandCrossingListParams = {},
): Promise<BandCrossingList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, BAND_CROSSING_SORTS, 'drop');
  const weeks = params.weeks ?? 4;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_BAND_CROSSING_WEEKS) {
    throw new RangeError(`weeks must be a whole number from 1 to ${MAX_BAND_CROSSING_WEEKS}, got ${weeks}`);
  }
  const ladder = bandsHighestFirst(params.bands ?? DEFAULT_ESCALATION_BANDS);
  const bandRef = (rank: unknown): BandRef => {
    const band = ladder[Number(rank)] as EscalationBand;
    return { id: band.id, label: band.label };
  };

  return store.read(async (session) => {
    const { period, dataAsOf, weeks: yearToDateWeeks } = await readPeriod(session, { to: params.asOf });
    const base = {
      academicYear: period.academicYear,
      start: period.start,
      end: period.end,
      dataAsOf,
      weeks,
      bands: ladder.map(({ id, label }) => ({ id, label })),
    };
    if (seesNoSchool(scope)) return { ...base, length: 0, pupils: [] };
    const cohort = params.cohort ?? 'statutory';
    const shared = { ...scopeParams(scope), as_of: period.end, weeks };
    const yearToDate = yearToDateWeeks.wholeYear ? 'rollup' : 'weeks';
    let summed = yearToDateWeeks;
    if (yearToDate === 'rollup') {
      const [first] = await session.all(FIRST_COMPARED_WEEK_SQL, {
        academic_year: period.academicYear,
        as_of: period.end,
        weeks,
      });
      const firstComparedWeek = (first?.['first_compared_week'] ?? null) as IsoDate | null;
      if (firstComparedWeek === null) return { ...base, length: 0, pupils: [] };
      const afterCompared = { ...period, start: addDays(firstComparedWeek, 7) };
      summed = periodWeeks(afterCompared, dataAsOf);
    }
    const source = periodEnrolmentWeeksSql(summed, cohort);
    const sql = bandCrossingListSql({
      bandsHighestFirst: ladder,
      scoped: isScoped(scope),
      sort,
      yearToDate,
      cohort,
    });
    const rows = await session.all(source.withClause + sql, { ...source.params, ...shared, limit, offset });
    return {
      ...base,
      length: Number(rows[0]?.['list_length'] ?? 0),
      pupils: rows.map((row) => crossingFromRow(row, bandRef)),
    };
  });
}

function crossingFromRow(row: SqlRow, bandRef: (rank: unknown) => BandRef): BandCrossing {
  const before = countsFromRow(row, '_before');
  const now = countsFromRow(row, '_now');
  return {
    urn: String(row['urn']),
    schoolName: String(row['school_name']),
    upn: String(row['upn']),
    pupilId: Number(row['pupil_id']),
    yearGroup: (row['nc_year'] ?? null) as string | null,
    beforeThrough: addDays(String(row['compared_week_start']), 6),
    bandBefore: bandRef(row['band_before']),
    bandNow: bandRef(row['band_now']),
    bandsDropped: Number(row['bands_dropped']),
    attendanceRateBefore: absenceRates(before)?.attendanceRate ?? 0,
    attendanceRateNow: absenceRates(now)?.attendanceRate ?? 0,
    possibleSessionsBefore: before.possible,
    possibleSessionsNow: now.possible,
  };
}

function countsFromRow(row: SqlRow, suffix: string): SessionCounts {
  return {
    ...emptySessionCounts(),
    possible: Number(row[`possible${suffix}`]),
    present: Number(row[`present${suffix}`]),
    approvedEducationalActivity: Number(row[`approved_educational_activity${suffix}`]),
    authorised: Number(row[`authorised${suffix}`]),
    unauthorised: Number(row[`unauthorised${suffix}`]),
  };
}
