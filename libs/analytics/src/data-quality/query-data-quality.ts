import type { IsoDate } from '@attendance/domain';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { CODES_USED_SQL } from './codes-used.sql.js';
import type { CodeUsage, DataQualityResult } from './data-quality.types.js';
import { OVERDUE_REASON_NOT_YET_ESTABLISHED_SQL } from './overdue-reason-not-yet-established.sql.js';
import { RECENT_REGISTER_DATES_SQL } from './recent-register-dates.sql.js';
import { SCHOOL_FRESHNESS_SQL } from './school-freshness.sql.js';
import { SCHOOL_REGISTER_DATES_SQL } from './school-register-dates.sql.js';

/** N must be replaced within this many school days. */
export const REASON_NOT_YET_ESTABLISHED_SCHOOL_DAYS = 5;

/**
 * Which schools sent data for which of the LA's recent register dates, how far behind each is, how many N
 * marks it has left unresolved past 5 school days, and the codes it uses. One read snapshot.
 */
export async function queryDataQuality(
  store: AnalyticsStore,
  params: { recentDates?: number } = {},
): Promise<DataQualityResult> {
  const recentDates = Math.min(Math.max(params.recentDates ?? 10, 1), 40);
  return store.read(async (session) => {
    const recent = (await session.all(RECENT_REGISTER_DATES_SQL, { days: recentDates })).map(
      (row) => row['register_date'] as IsoDate,
    );
    const oldestRecent = recent[recent.length - 1] ?? null;
    const [freshness, schoolDates, overdue, codes] = [
      await session.all(SCHOOL_FRESHNESS_SQL),
      oldestRecent ? await session.all(SCHOOL_REGISTER_DATES_SQL, { from: oldestRecent }) : [],
      await session.all(OVERDUE_REASON_NOT_YET_ESTABLISHED_SQL, {
        school_days: REASON_NOT_YET_ESTABLISHED_SCHOOL_DAYS,
      }),
      await session.all(CODES_USED_SQL),
    ];
    const datesBySchool = groupBySchool(schoolDates, (row) => row['register_date'] as IsoDate);
    const codesBySchool = groupBySchool(codes, (row): CodeUsage => ({
      code: String(row['code']),
      marks: Number(row['marks']),
    }));
    const overdueBySchool = new Map(
      overdue.map((row) => [Number(row['school_id']), Number(row['overdue_n_marks'])]),
    );

    return {
      dataAsOf: recent[0] ?? null,
      recentRegisterDates: recent,
      schools: freshness.map((row) => {
        const schoolId = Number(row['school_id']);
        const lastMarkDate = (row['last_mark_date'] ?? null) as IsoDate | null;
        return {
          urn: String(row['urn']),
          name: String(row['name']),
          latestExportDate: (row['latest_export_date'] ?? null) as IsoDate | null,
          lastMarkDate,
          registerDatesBehind: recent.filter((date) => lastMarkDate === null || date > lastMarkDate).length,
          datesWithMarks: datesBySchool.get(schoolId) ?? [],
          overdueReasonNotYetEstablished: overdueBySchool.get(schoolId) ?? 0,
          codesUsed: codesBySchool.get(schoolId) ?? [],
        };
      }),
    };
  });
}

function groupBySchool<T>(
  rows: readonly Record<string, unknown>[],
  pick: (row: Record<string, unknown>) => T,
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const schoolId = Number(row['school_id']);
    groups.set(schoolId, [...(groups.get(schoolId) ?? []), pick(row)]);
  }
  return groups;
}
