import { REGISTER_CODE_SETS, type RegisterCodeSet } from '@attendance/domain';
import { listValue, structValue, LIST, STRUCT, VARCHAR, type DuckDBListValue } from '@duckdb/node-api';

// The domain's code sets are the single source of truth; the table is rebuilt from them on every open.

export const REGISTER_CODE_ROWS_TYPE = LIST(
  STRUCT({
    code_set: VARCHAR,
    code: VARCHAR,
    category: VARCHAR,
    reason_column: VARCHAR,
    in_force_from: VARCHAR,
    in_force_to: VARCHAR,
  }),
);

/** A set stays in force until the next set (by start date) comes in. */
export function registerCodeRows(sets: readonly RegisterCodeSet[] = REGISTER_CODE_SETS): DuckDBListValue {
  const byStart = [...sets].sort((a, b) => (a.inForceFrom ?? '').localeCompare(b.inForceFrom ?? ''));
  const rows = byStart.flatMap((set, index) =>
    set.codes.map((definition) =>
      structValue({
        code_set: set.id,
        code: definition.code,
        category: definition.category,
        reason_column: definition.reasonColumn,
        in_force_from: set.inForceFrom,
        in_force_to: byStart[index + 1]?.inForceFrom ?? null,
      }),
    ),
  );
  return listValue(rows);
}
