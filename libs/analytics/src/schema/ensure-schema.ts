import type { SqlSession, WriteSession } from '../store/sql-session.js';
import { CREATE_MACROS_SQL } from './create-macros.sql.js';
import { CREATE_STATUTORY_COHORT_SESSIONS_VIEW_SQL } from './create-statutory-cohort-sessions-view.sql.js';
import { CREATE_TABLES_SQL } from './create-tables.sql.js';
import { DELETE_REGISTER_CODES_SQL } from './delete-register-codes.sql.js';
import { HALF_TERM_ROWS_TYPE, halfTermRows } from './half-term-rows.js';
import { INSERT_HALF_TERMS_SQL } from './insert-half-terms.sql.js';
import { INSERT_REGISTER_CODES_SQL } from './insert-register-codes.sql.js';
import { REGISTER_CODE_ROWS_TYPE, registerCodeRows } from './register-code-rows.js';

/** Creates what is missing and refreshes the reference data derived from the domain. Safe to run any time. */
export async function ensureSchema(session: WriteSession): Promise<void> {
  await session.transaction(async () => {
    await session.run(CREATE_TABLES_SQL);
    await session.run(CREATE_MACROS_SQL);
    await session.run(CREATE_STATUTORY_COHORT_SESSIONS_VIEW_SQL);
    await session.run(DELETE_REGISTER_CODES_SQL);
    await session.run(
      INSERT_REGISTER_CODES_SQL,
      { codes: registerCodeRows() },
      { codes: REGISTER_CODE_ROWS_TYPE },
    );
  });
}

/** Adds the default LA half terms of any of these academic years not in the store yet. */
export async function ensureHalfTerms(session: SqlSession, academicYears: Iterable<number>): Promise<void> {
  const rows = halfTermRows(academicYears);
  if (rows.items.length === 0) return;
  await session.run(INSERT_HALF_TERMS_SQL, { half_terms: rows }, { half_terms: HALF_TERM_ROWS_TYPE });
}
