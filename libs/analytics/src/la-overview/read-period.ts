import type { IsoDate } from '@attendance/domain';
import type { SqlSession } from '../store/sql-session.js';
import { LATEST_MARK_DATE_SQL } from './latest-mark-date.sql.js';
import { resolveOverviewPeriod, type OverviewPeriod } from './overview-period.js';
import { periodWeeks, type PeriodWeeks } from './period-weeks.js';

export interface ResolvedPeriod {
  period: OverviewPeriod;
  /** The latest mark in the store; null when it holds none. */
  dataAsOf: IsoDate | null;
  /** Where the period's weekly rows come from (summaries, and marks for a week it cuts in two). */
  weeks: PeriodWeeks;
}

/**
 * The period a figure is asked for, placed against the store's latest mark (default the academic year to
 * date), in the read's own snapshot. Throws RangeError for a malformed date or a period across two years.
 */
export async function readPeriod(
  session: SqlSession,
  params: { from?: IsoDate | undefined; to?: IsoDate | undefined },
): Promise<ResolvedPeriod> {
  const [latest] = await session.all(LATEST_MARK_DATE_SQL);
  const dataAsOf = (latest?.['latest_mark_date'] ?? null) as IsoDate | null;
  const period = resolveOverviewPeriod({ from: params.from, to: params.to }, dataAsOf, todayInUtc());
  return { period, dataAsOf, weeks: periodWeeks(period, dataAsOf) };
}

/** Only used to place the default period when the store holds no marks at all. */
function todayInUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
