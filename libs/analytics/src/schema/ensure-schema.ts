import type { SqlSession, WriteSession } from '../store/sql-session.js';
import { CREATE_MACROS_SQL } from './create-macros.sql.js';
import { CREATE_TABLES_SQL } from './create-tables.sql.js';
import { CREATE_VIEWS_SQL } from './create-views.sql.js';
import { CREATE_MARK_CODE_PERIODS_SQL, REFILL_MARK_CODE_PERIODS_SQL } from './mark-code-periods.sql.js';
import { DELETE_REGISTER_CODES_SQL } from './delete-register-codes.sql.js';
import {
  ADD_NEW_MARK_CODES_SQL,
  FILL_CALENDAR_DATES_SQL,
  OLD_MARKS_LAYOUT_SQL,
} from './fill-reference-tables.sql.js';
import { HALF_TERM_ROWS_TYPE, halfTermRows } from './half-term-rows.js';
import { INSERT_HALF_TERMS_SQL } from './insert-half-terms.sql.js';
import { INSERT_REGISTER_CODES_SQL } from './insert-register-codes.sql.js';
import { REGISTER_CODE_ROWS_TYPE, registerCodeRows } from './register-code-rows.js';
import { EVERY_MARK_DATE, refreshRollups } from './refresh-rollups.js';
import { ALL_SCHOOL_IDS_SQL } from './rollups.sql.js';
import { DROP_OLD_ROLLUPS_SQL, OLD_ROLLUPS_SQL } from './old-rollups.sql.js';

/**
 * Creates what is missing and refreshes the reference data derived from the domain. Safe to run any time. A
 * store whose rollups an earlier version laid out (old-rollups.sql.ts) has them rebuilt from its summaries, in
 * the same transaction: they are derived data, so nothing a load stored is lost.
 */
export async function ensureSchema(session: WriteSession): Promise<void> {
  const [old] = await session.all(OLD_MARKS_LAYOUT_SQL);
  if (Number(old?.['old_columns'] ?? 0) > 0) {
    throw new Error(
      'This analytics file was written by an earlier version that stored marks as text. Delete it (it is ' +
        'rebuilt from the exports) and load the export folders again.',
    );
  }
  await session.transaction(async () => {
    const [oldRollups] = await session.all(OLD_ROLLUPS_SQL);
    const rebuildRollups = Number(oldRollups?.['old_rollups'] ?? 0) > 0;
    if (rebuildRollups) await session.run(DROP_OLD_ROLLUPS_SQL);
    await session.run(CREATE_TABLES_SQL);
    await session.run(CREATE_MACROS_SQL);
    await session.run(DELETE_REGISTER_CODES_SQL);
    await session.run(
      INSERT_REGISTER_CODES_SQL,
      { codes: registerCodeRows() },
      { codes: REGISTER_CODE_ROWS_TYPE },
    );
    await session.run(ADD_NEW_MARK_CODES_SQL);
    await session.run(FILL_CALENDAR_DATES_SQL);
    await session.run(CREATE_MARK_CODE_PERIODS_SQL);
    await session.run(REFILL_MARK_CODE_PERIODS_SQL);
    await session.run(CREATE_VIEWS_SQL);
    if (rebuildRollups) await refreshRollups(session, await allSchoolIds(session), EVERY_MARK_DATE);
  });
}

async function allSchoolIds(session: SqlSession): Promise<number[]> {
  return (await session.all(ALL_SCHOOL_IDS_SQL)).map((row) => Number(row['school_id']));
}

/**
 * Adds the default LA half terms of any of these academic years not in the store yet. `known` lists years
 * already committed to the store (half terms are never removed), which need no statement at all.
 */
export async function ensureHalfTerms(
  session: SqlSession,
  academicYears: Iterable<number>,
  known: ReadonlySet<number> = new Set(),
): Promise<void> {
  const rows = halfTermRows([...academicYears].filter((year) => !known.has(year)));
  if (rows.items.length === 0) return;
  await session.run(INSERT_HALF_TERMS_SQL, { half_terms: rows }, { half_terms: HALF_TERM_ROWS_TYPE });
}
