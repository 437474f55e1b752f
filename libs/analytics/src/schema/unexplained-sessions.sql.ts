import {
  DEFAULT_UNEXPLAINED_ABSENCE_CODES,
  NON_SCHOOL_DAY_MARKS,
  REGISTER_CODE_SETS,
} from '@attendance/domain';

// How an enrolment_weeks row tells unexplained absence (the domain's DEFAULT_UNEXPLAINED_ABSENCE_CODES, N and
// O) and a week a run of it can pass through, from its counts alone: shared by the unbroken_enrolment_weeks
// rollup (rollups.sql.ts) and the CME milestone list that reads it (cme-milestone-candidates.sql.ts).

/** The enrolment_weeks reason columns of the unexplained codes; null when one of them has none. */
export function unexplainedColumns(): string[] | null {
  const columns = new Set<string>();
  for (const set of REGISTER_CODE_SETS) {
    for (const definition of set.codes) {
      if (!DEFAULT_UNEXPLAINED_ABSENCE_CODES.includes(definition.code)) continue;
      if (definition.reasonColumn === null) return null;
      columns.add(definition.reasonColumn);
    }
  }
  return columns.size === 0 ? null : [...columns].sort();
}

/** Sessions of an enrolment_weeks row `alias` that may be unexplained: the unexplained codes' reason columns. */
export function unexplainedSessionsSql(alias: string): string {
  const columns = unexplainedColumns();
  return columns === null
    ? `${alias}.marks`
    : `(${columns.map((column) => `${alias}.${column}`).join(' + ')})`;
}

/** True for a row with an unexplained session: each column tested on its own, so the scan can skip. */
export function hasUnexplainedSql(alias: string): string {
  const columns = unexplainedColumns();
  return columns === null
    ? `${alias}.marks > 0`
    : `(${columns.map((column) => `${alias}.${column} > 0`).join(' OR ')})`;
}

/**
 * A row with no present and no authorised mark: every row whose marks are all N, O, # or Z, and a few more (an
 * educational activity, a code that is not possible, another unauthorised code), which only lengthen a CME
 * stretch (their days are read). Each column is tested on its own, so a scan applies the test itself; the
 * exact test (marks against the unexplained and administrative counts) reads two more columns of every row,
 * measured at full size to cost more than it saves.
 */
export function unbrokenRowSql(alias: string): string {
  const runCodes = [...DEFAULT_UNEXPLAINED_ABSENCE_CODES, ...NON_SCHOOL_DAY_MARKS];
  const neverPresentOrAuthorised = REGISTER_CODE_SETS.every((set) =>
    set.codes.every(
      (definition) =>
        !runCodes.includes(definition.code) ||
        !['present', 'authorised-absence'].includes(definition.category),
    ),
  );
  return neverPresentOrAuthorised ? `${alias}.present = 0 AND ${alias}.authorised = 0` : 'true';
}
