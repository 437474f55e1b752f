import { basename } from 'node:path';
import type { CanonicalSchoolRow } from '../shared/canonical-rows.js';
import { readCsvRecords, requiredValue, type CsvRecord } from '../shared/csv-records.js';
import { FormatReadError } from '../shared/format-read-error.js';
import type { SourcePosition } from '../shared/source-position.js';
import {
  GIAS_COLUMNS,
  GIAS_OPEN_STATUSES,
  exportPhase,
  exportTypeName,
} from './gias-establishment-mapping.js';

export interface GiasReadOptions {
  /** Keep only establishments of this LA (`LA (code)`, e.g. `999`). */
  laCode?: string;
  /** Keep only open establishments (`Open`, `Open, but proposed to close`, `Proposed to open`). */
  openOnly?: boolean;
  /** The DfE download has been Windows-1252 encoded; pass `latin1` for it. Default UTF-8. */
  encoding?: 'utf8' | 'latin1';
  /**
   * Keeps only establishments for which this returns true, judged on the raw (trimmed) values before they are
   * checked, so rows that are not wanted (other LAs, closed schools) can never stop the read.
   */
  include?: (establishment: GiasEstablishmentKey) => boolean;
  /** Called for a selected establishment with no export phase (e.g. a nursery school or a PRU). */
  onSkipped?: (skipped: GiasSkippedEstablishment) => void;
}

/** The raw values a selection looks at. */
export interface GiasEstablishmentKey {
  urn: string;
  laCode: string;
  establishmentNumber: string;
  status: string;
}

export interface GiasSkippedEstablishment {
  urn: string;
  name: string;
  reason: string;
  source: SourcePosition;
}

export type GiasSchoolRow = CanonicalSchoolRow & { source: SourcePosition };

/**
 * Streams a GIAS establishment extract into canonical `schools.csv` rows (urn, laestab = LA code and
 * establishment number, name, phase, type). Rows outside the selection are passed over; a selected row with
 * a malformed URN, LA code or establishment number is an error naming file, line, column and value.
 */
export async function* readGiasEstablishmentsFile(
  path: string,
  options: GiasReadOptions = {},
): AsyncGenerator<GiasSchoolRow> {
  const file = basename(path);
  const required = Object.values(GIAS_COLUMNS);
  const encoding = options.encoding ?? 'utf8';
  for await (const record of readCsvRecords(path, { required, encoding })) {
    const laCode = (record.values[GIAS_COLUMNS.laCode] ?? '').trim();
    if (options.laCode !== undefined && laCode !== options.laCode) continue;
    const status = (record.values[GIAS_COLUMNS.status] ?? '').trim();
    if (options.openOnly && !GIAS_OPEN_STATUSES.has(status)) continue;
    if (options.include && !options.include(establishmentKey(record, laCode, status))) continue;
    const source: SourcePosition = { file, line: record.line };
    const urn = digits(record, file, GIAS_COLUMNS.urn, 6);
    const la = digits(record, file, GIAS_COLUMNS.laCode, 3);
    const establishmentNumber = digits(record, file, GIAS_COLUMNS.establishmentNumber, 4);
    const name = requiredValue(record, file, GIAS_COLUMNS.name);
    const type = requiredValue(record, file, GIAS_COLUMNS.type);
    const giasPhase = (record.values[GIAS_COLUMNS.phase] ?? '').trim();
    const phase = exportPhase(giasPhase, type);
    if (phase === null) {
      options.onSkipped?.({ urn, name, reason: `no export phase for "${giasPhase}" (${type})`, source });
      continue;
    }
    yield { urn, laestab: `${la}${establishmentNumber}`, name, phase, type: exportTypeName(type), source };
  }
}

function digits(record: CsvRecord, file: string, column: string, length: number): string {
  const value = requiredValue(record, file, column);
  if (!new RegExp(`^\\d{${length}}$`).test(value)) {
    throw new FormatReadError(
      'bad-value',
      { file, line: record.line, field: column },
      `expected ${length} digits`,
      value,
    );
  }
  return value;
}

function establishmentKey(record: CsvRecord, laCode: string, status: string): GiasEstablishmentKey {
  return {
    urn: (record.values[GIAS_COLUMNS.urn] ?? '').trim(),
    laCode,
    establishmentNumber: (record.values[GIAS_COLUMNS.establishmentNumber] ?? '').trim(),
    status,
  };
}
