import type { SqlSession } from '../store/sql-session.js';
import {
  ADD_NEW_PUPILS_SQL,
  COUNT_UNMAPPED_PUPILS_SQL,
  MAP_PUPILS_FROM_ALL_PUPILS_SQL,
  MAP_STAGED_PUPIL_IDS_SQL,
} from './add-new-pupils.sql.js';

/** Fills staged_pupil_ids (staged pupil row to pupil id), adding pupils the store has never seen. */
export async function mapStagedPupilIds(session: SqlSession, schoolId: number): Promise<void> {
  await session.run(MAP_STAGED_PUPIL_IDS_SQL, { school_id: schoolId });
  const [count] = await session.all(COUNT_UNMAPPED_PUPILS_SQL);
  if (Number(count?.['unmapped'] ?? 0) === 0) return;
  if ((await session.run(MAP_PUPILS_FROM_ALL_PUPILS_SQL)) === Number(count?.['unmapped'])) return;
  await session.run(ADD_NEW_PUPILS_SQL);
}
