import { SchoolCalendar, defaultLaTermCalendar } from '@attendance/domain';
import {
  listValue,
  structValue,
  LIST,
  SMALLINT,
  STRUCT,
  TINYINT,
  VARCHAR,
  type DuckDBListValue,
} from '@duckdb/node-api';

export const HALF_TERM_ROWS_TYPE = LIST(
  STRUCT({ academic_year: SMALLINT, number: TINYINT, start_date: VARCHAR, end_date: VARCHAR }),
);

/** Half terms of the domain's default LA calendar for each academic year (start year) given. */
export function halfTermRows(academicYears: Iterable<number>): DuckDBListValue {
  const rows = [...new Set(academicYears)].flatMap((academicYear) =>
    SchoolCalendar.fromTermConfig(defaultLaTermCalendar(academicYear))
      .halfTerms(academicYear)
      .map((halfTerm) =>
        structValue({
          academic_year: academicYear,
          number: halfTerm.number,
          start_date: halfTerm.start,
          end_date: halfTerm.end,
        }),
      ),
  );
  return listValue(rows);
}
