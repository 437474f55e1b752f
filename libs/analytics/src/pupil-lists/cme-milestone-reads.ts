import { addDays, type IsoDate } from '@attendance/domain';
import type { SqlParams } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import type { FarMarksShape } from './cme-milestone-marks.sql.js';

// The weeks of cme_far_reads (CME_FAR_READ_WEEKS_SQL: school, week) as the slots of cmeFarMarksSql. Marks sit
// in row groups by school, so a school's read with its school and dates as constants skips every other
// school's row groups; a week many schools need is read once for every school instead (a scan of all row
// groups by date, measured at full size to cost about as much as two dozen school reads).

/** Schools needing a week from which it is read for every school at once. */
const EVERY_SCHOOL_READ_FROM = 24;

export interface FarReads {
  shape: FarMarksShape;
  params: SqlParams;
}

export function farReads(schoolWeeks: readonly SqlRow[]): FarReads {
  const schoolsByWeek = new Map<IsoDate, number>();
  for (const row of schoolWeeks) {
    const week = String(row['week_start']);
    schoolsByWeek.set(week, (schoolsByWeek.get(week) ?? 0) + 1);
  }
  const everySchool = [...schoolsByWeek]
    .filter(([, schools]) => schools >= EVERY_SCHOOL_READ_FROM)
    .map(([week]) => week)
    .sort();
  const weeksBySchool = new Map<number, IsoDate[]>();
  for (const row of schoolWeeks) {
    const week = String(row['week_start']);
    if (everySchool.includes(week)) continue;
    const school = Number(row['school_id']);
    weeksBySchool.set(school, [...(weeksBySchool.get(school) ?? []), week]);
  }
  const params: SqlParams = {};
  everySchool.forEach((week, index) => {
    params[`far_week_${index}`] = week;
  });
  const schoolRanges: number[] = [];
  [...weeksBySchool].forEach(([school, weeks], slot) => {
    const ranges = dateRanges(weeks);
    params[`far_school_${slot}`] = school;
    ranges.forEach(([from, to], range) => {
      params[`far_from_${slot}_${range}`] = from;
      params[`far_to_${slot}_${range}`] = to;
    });
    schoolRanges.push(ranges.length);
  });
  return { shape: { weeks: everySchool.length, schoolRanges }, params };
}

/** Weeks (Mondays) as ranges of dates, consecutive weeks in one range. */
function dateRanges(weeks: readonly IsoDate[]): [IsoDate, IsoDate][] {
  const ranges: [IsoDate, IsoDate][] = [];
  for (const week of [...weeks].sort()) {
    const last = ranges.at(-1);
    if (last !== undefined && addDays(last[1], 1) === week) last[1] = addDays(week, 6);
    else ranges.push([week, addDays(week, 6)]);
  }
  return ranges;
}
