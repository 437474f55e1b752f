import { DFE_REASON_COLUMNS, type StatisticalCategory } from '@attendance/domain';

// Categories numbered so that the four that make up possible sessions come first; each count column of
// enrolment_weeks is named after its category. Integers, because the loader's summary refresh compares every
// mark's category once per count column.
const CATEGORIES: readonly [StatisticalCategory, string][] = [
  ['present', 'present'],
  ['approved-educational-activity', 'approved_educational_activity'],
  ['authorised-absence', 'authorised'],
  ['unauthorised-absence', 'unauthorised'],
  ['not-possible', 'not_possible'],
  ['administrative', 'administrative'],
];
export const POSSIBLE_CATEGORIES = 4;
export const CATEGORY_COLUMNS = CATEGORIES.map(([, column]) => column);

function categoryNumberSql(expression: string): string {
  const cases = CATEGORIES.map(([category], index) => `WHEN '${category}' THEN ${index + 1}`).join(' ');
  return `CASE ${expression} ${cases} END`;
}

function reasonNumberSql(expression: string): string {
  const cases = DFE_REASON_COLUMNS.map((column, index) => `WHEN '${column}' THEN ${index + 1}`).join(' ');
  return `CASE ${expression} ${cases} END`;
}

// mark_code_periods: each stored code id with its category in each code set's in-force dates, numbered as
// above. A table, rebuilt with register_codes on every open, rather than a view: the loader's summary refresh
// runs once per export, and planning a view's join and CASEs each time cost more than running it.
export const CREATE_MARK_CODE_PERIODS_SQL = `
CREATE TABLE IF NOT EXISTS mark_code_periods (
  code_id         UTINYINT NOT NULL,
  category        VARCHAR NOT NULL,
  reason_column   VARCHAR,
  in_force_from   DATE,
  in_force_to     DATE,
  category_number UTINYINT NOT NULL,
  reason_number   UTINYINT
);
`;

export const REFILL_MARK_CODE_PERIODS_SQL = `
DELETE FROM mark_code_periods;
INSERT INTO mark_code_periods
SELECT
  mc.code_id,
  rc.category,
  rc.reason_column,
  rc.in_force_from,
  rc.in_force_to,
  CAST(${categoryNumberSql('rc.category')} AS UTINYINT),
  CAST(${reasonNumberSql('rc.reason_column')} AS UTINYINT)
FROM mark_codes AS mc
JOIN register_codes AS rc ON rc.code = mc.code;
`;
