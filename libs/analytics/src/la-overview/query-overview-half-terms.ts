import { mondayOf, type IsoDate } from '@attendance/domain';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { halfTermLabel } from '../time-series/half-term-placing.js';
import { HALF_TERMS_OF_YEAR_SQL } from './overview-half-terms.sql.js';
import { readPeriod } from './read-period.js';

/** One LA half term of the overview's year, and the school weeks (Mondays) its days fall in. */
export interface OverviewHalfTerm {
  /** 1 (Autumn 1) to 6 (Summer 2). */
  number: number;
  /** 'Autumn 1' to 'Summer 2'. */
  label: string;
  /** First and last school day. */
  start: IsoDate;
  end: IsoDate;
  /** The Monday of its first and of its last week: a weekly figure from one to the other is in this half term. */
  firstWeekStart: IsoDate;
  lastWeekStart: IsoDate;
}

/**
 * The half terms of the academic year an overview for this period covers (default the year to date), for the
 * trend's markers. A week belongs to a half term as in the time series (half-term-placing.ts halfTermOfWeek):
 * its Monday lies between the Mondays of the half term's first and last days; any other week is a holiday.
 * Throws RangeError for a malformed date or a period across two years, as the overview does.
 */
export async function queryOverviewHalfTerms(
  store: AnalyticsStore,
  params: { from?: IsoDate | undefined; to?: IsoDate | undefined } = {},
): Promise<OverviewHalfTerm[]> {
  return store.read(async (session) => {
    const { period } = await readPeriod(session, params);
    const rows = await session.all(HALF_TERMS_OF_YEAR_SQL, { academic_year: period.academicYear });
    return rows.map((row) => {
      const start = String(row['start_date']);
      const end = String(row['end_date']);
      return {
        number: Number(row['number']),
        label: halfTermLabel(Number(row['number'])),
        start,
        end,
        firstWeekStart: mondayOf(start),
        lastWeekStart: mondayOf(end),
      };
    });
  });
}
