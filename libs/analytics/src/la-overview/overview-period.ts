import {
  academicYearBounds,
  academicYearOf,
  isValidIsoDate,
  minDate,
  type IsoDate,
} from '@attendance/domain';
import type { LaOverviewParams } from './la-overview.types.js';

export interface OverviewPeriod {
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
}

/**
 * The period an overview covers. By default the academic year holding the latest mark, from its start to
 * that mark (year to date). A period must sit inside one academic year: the statutory cohort and persistent
 * absence are defined per year. `today` stands in for the latest mark when the store is empty.
 */
export function resolveOverviewPeriod(
  params: LaOverviewParams,
  latestMarkDate: IsoDate | null,
  today: IsoDate,
): OverviewPeriod {
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && !isValidIsoDate(value)) {
      throw new RangeError(`${name} is not a valid ISO date (YYYY-MM-DD): "${value}"`);
    }
  }
  const dataEnd = latestMarkDate ?? today;
  const academicYear = academicYearOf(params.from ?? params.to ?? dataEnd);
  const bounds = academicYearBounds(academicYear);
  const start = params.from ?? bounds.start;
  const end = params.to ?? (dataEnd >= start ? minDate(dataEnd, bounds.end) : bounds.end);
  if (end < start) throw new RangeError(`The period starts (${start}) after it ends (${end})`);
  if (end > bounds.end) {
    throw new RangeError(
      `The period ${start} to ${end} spans two academic years: ask for one year at a time`,
    );
  }
  return { academicYear, start, end };
}
