import { basename } from 'node:path';
import type { CtfPupil } from '../../formats/ctf/ctf.types.js';
import { CANONICAL_PUPIL_COLUMNS, type CanonicalPupilColumn } from '../../formats/shared/canonical-rows.js';
import { CsvRowWriter } from './csv-row-writer.js';
import { positionColumn, type ConvertedFile } from './remap-issues.js';

// The canonical pupils file written from a CTF. Names are left out: the loader never stores them and they need
// not sit in a temporary file. `source_line` is the Pupil element's line; `source_fields` lists, for the
// columns one element gives, `column|line|element` (e.g. `upn|12|UPN;admission_date|30|EntryDate`; neither
// separator can be part of an XML name).

const WRITTEN_COLUMNS = CANONICAL_PUPIL_COLUMNS.filter(
  (column) => column !== 'forename' && column !== 'surname',
);

/** The element named for a column that no single element gives (it is worked out from a container). */
const CONTAINER_OF_COLUMN: Partial<Record<CanonicalPupilColumn, string>> = {
  ethnicity: 'Ethnicity',
  sen_provision: 'SENhistory',
  fsm_eligible: 'FSMhistory',
  eal: 'Languages',
  cla: 'LookedAfter',
  enrolment_status: 'EnrolStatus',
  leaving_date: 'LeavingDate',
};

export class CtfPupilsFile {
  private readonly writer: CsvRowWriter;

  constructor(readonly path: string) {
    this.writer = new CsvRowWriter(path, [...WRITTEN_COLUMNS, 'source_line', 'source_fields']);
  }

  add(ctf: CtfPupil): void {
    const fields = Object.entries(ctf.fieldSources).map(
      ([column, source]) => `${column}|${source.line}|${source.field ?? column}`,
    );
    this.writer.push([
      ...WRITTEN_COLUMNS.map((column) => ctf.pupil[column]),
      String(ctf.source.line),
      fields.join(';'),
    ]);
  }

  flushIfFull(): Promise<void> {
    return this.writer.flushIfFull();
  }

  close(): Promise<void> {
    return this.writer.close();
  }

  abandon(): Promise<void> {
    return this.writer.abandon();
  }

  convertedFrom(sourceFile: string): ConvertedFile {
    return {
      name: basename(this.path),
      path: this.path,
      sourceFile,
      locate: (row, column) => {
        const pupilLine = positionColumn(row, 'source_line') ?? 0;
        if (column === undefined) return { line: pupilLine, column: 'Pupil' };
        const entry = (row['source_fields'] ?? '')
          .split(';')
          .map((field) => field.split('|'))
          .find(([fieldColumn]) => fieldColumn === column);
        if (entry) return { line: Number(entry[1]), column: entry[2] ?? column };
        return { line: pupilLine, column: CONTAINER_OF_COLUMN[column as CanonicalPupilColumn] ?? 'Pupil' };
      },
    };
  }
}
