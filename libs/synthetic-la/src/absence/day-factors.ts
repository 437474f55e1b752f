import type { SchoolYearTimeline } from '../calendar/school-year-timeline.js';
import { ABSENCE_MODEL } from './absence-model-parameters.js';

/** Per term day multipliers on the chance an absence starts, each averaging 1 over the year. */
export interface DayFactors {
  illness: Float64Array;
  unauthorised: Float64Array;
}

export function buildDayFactors(timeline: SchoolYearTimeline): DayFactors {
  const count = timeline.days.length;
  const illness = new Float64Array(count);
  const unauthorised = new Float64Array(count);
  for (let day = 0; day < count; day += 1) {
    const weekday = timeline.weekday[day] as number;
    illness[day] =
      (ABSENCE_MODEL.illnessByMonth[timeline.month[day] as number] ?? 1) *
      (ABSENCE_MODEL.illnessByWeekday[weekday] ?? 1);
    unauthorised[day] =
      (ABSENCE_MODEL.unauthorisedByWeekday[weekday] ?? 1) *
      (ABSENCE_MODEL.unauthorisedByTerm[timeline.term[day] as number] ?? 1);
  }
  return { illness: normalise(illness), unauthorised: normalise(unauthorised) };
}

function normalise(values: Float64Array): Float64Array {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return values.map((value) => value / mean);
}
