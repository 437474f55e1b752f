import type { HalfTerm } from '@attendance/domain';
import { ABSENCE_THRESHOLD_PARAMS } from '../la-overview/absence-threshold-params.js';
import { periodEnrolmentWeeksSql } from '../la-overview/period-enrolment-weeks.sql.js';
import { periodWeeks, type DateRange } from '../la-overview/period-weeks.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import { halfTermWeeks, insideYear, intersect } from './date-ranges.js';
import { halfTermFiguresSql } from './half-term-figures.sql.js';
import { halfTermLabel } from './half-term-placing.js';
import { halfTermAbsenceFromRow, sessionFigures } from './point-figures.js';
import { sameHalfTermLastYear } from './same-point-last-year.js';
import type { SeriesReader, SeriesRequest } from './series-request.js';
import type { SessionFigures, TimeSeriesPoint } from './time-series.types.js';

/** A half term and the dates counted for it: a part of its weeks (date-ranges.ts halfTermWeeks). */
interface CountedHalfTerm {
  halfTerm: HalfTerm;
  counted: DateRange;
}

/**
 * A point per LA half term of the year with possible sessions in the period: the figures of the weeks it spans,
 * cut to the period and the data, persistent and severe absence judged within them. Last year: the half term
 * with the same number over the same part of it (same-point-last-year.ts). One pass over each year's weeks.
 */
export const readHalfTermSeries: SeriesReader = async (session, request) => {
  const { period, dataEnd, halfTerms } = request;
  const thisYear = halfTerms.thisYear.flatMap((halfTerm): CountedHalfTerm[] => {
    const counted = intersect(halfTermWeeks(halfTerm), { from: period.start, to: dataEnd });
    return counted ? [{ halfTerm, counted }] : [];
  });
  const figures = await halfTermFigures(session, request, period.academicYear, thisYear);

  const lastYearYear = period.academicYear - 1;
  const lastYear = thisYear.flatMap(({ halfTerm, counted }): CountedHalfTerm[] => {
    const lastYearHalfTerm = halfTerms.lastYear.find((candidate) => candidate.number === halfTerm.number);
    const sameDays = lastYearHalfTerm && sameHalfTermLastYear(halfTerm, lastYearHalfTerm, counted);
    const inYear = sameDays && insideYear(sameDays, lastYearYear);
    return lastYearHalfTerm && inYear ? [{ halfTerm: lastYearHalfTerm, counted: inYear }] : [];
  });
  const lastYearFigures = await halfTermFigures(session, request, lastYearYear, lastYear);

  const points = thisYear.flatMap(({ halfTerm }): TimeSeriesPoint[] => {
    const point = figures.get(halfTerm.number);
    if (!point) return [];
    return [
      {
        ...point,
        label: halfTermLabel(halfTerm.number),
        halfTerm: halfTerm.number,
        lastYear: lastYearFigures.get(halfTerm.number) ?? null,
      },
    ];
  });
  return { start: period.start, points };
};

/**
 * Each half term's figures over its counted dates, by number; only half terms with possible sessions. The
 * counted dates follow one another (each inside its own half term's weeks, only the first and the last cut), so
 * one read of the run from the first to the last gives each its own.
 */
async function halfTermFigures(
  session: SqlSession,
  request: SeriesRequest,
  academicYear: number,
  halfTerms: readonly CountedHalfTerm[],
): Promise<Map<number, SessionFigures>> {
  const first = halfTerms[0];
  const last = halfTerms[halfTerms.length - 1];
  if (!first || !last) return new Map();
  const run = { academicYear, start: first.counted.from, end: last.counted.to };
  const source = periodEnrolmentWeeksSql(periodWeeks(run, request.dataAsOf), request.cohort);
  const rows = await session.all(source.withClause + halfTermFiguresSql(isScoped(request.scope)), {
    ...source.params,
    ...ABSENCE_THRESHOLD_PARAMS,
    ...scopeParams(request.scope),
  });
  const byNumber = new Map<number, SqlRow>(rows.map((row) => [Number(row['half_term']), row]));
  const figures = new Map<number, SessionFigures>();
  for (const { halfTerm, counted } of halfTerms) {
    const row = byNumber.get(halfTerm.number);
    // The half term's own first and last day, as far as they are counted.
    const dates = intersect({ from: halfTerm.start, to: halfTerm.end }, counted) ?? counted;
    const point = sessionFigures(dates, row);
    if (point && row)
      figures.set(halfTerm.number, { ...point, halfTermAbsence: halfTermAbsenceFromRow(row) });
  }
  return figures;
}
