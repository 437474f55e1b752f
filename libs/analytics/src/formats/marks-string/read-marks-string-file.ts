import { basename } from 'node:path';
import type { CanonicalMarkRow } from '../shared/canonical-rows.js';
import { readCsvRecords, requiredValue } from '../shared/csv-records.js';
import { assertSessionStringStart, decodeSessionString } from '../shared/session-string.js';
import type { SourcePosition } from '../shared/source-position.js';

/** `<URN>_<YYYYMMDD>_marks-string.csv`: the compact marks file; pupils come from the companion pupils CSV. */
export const MARKS_STRING_COLUMNS = ['upn', 'start_date', 'marks'] as const;

export type PositionedMarkRow = CanonicalMarkRow & { source: SourcePosition };

/**
 * Reads a marks-string file (`upn,start_date,marks`, one row per pupil or per run of a pupil's sessions) into
 * canonical mark rows, each with its file, line, field and character offset / session index. Streams: memory
 * holds one row at a time. Throws `FormatReadError` on the first malformed value.
 */
export async function* readMarksStringFile(path: string): AsyncGenerator<PositionedMarkRow> {
  const file = basename(path);
  for await (const record of readCsvRecords(path, { required: MARKS_STRING_COLUMNS })) {
    const upn = requiredValue(record, file, 'upn');
    const startDate = requiredValue(record, file, 'start_date');
    assertSessionStringStart(startDate, { file, line: record.line, field: 'start_date' });
    const marks = (record.values['marks'] ?? '').trim();
    const where = { file, line: record.line, field: 'marks' };
    for (const decoded of decodeSessionString(startDate, marks, where)) {
      yield {
        upn,
        date: decoded.date,
        session: decoded.session,
        mark: decoded.mark,
        source: { ...where, offset: decoded.offset, sessionIndex: decoded.sessionIndex },
      };
    }
  }
}
