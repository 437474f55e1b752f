import { codeSetIdForDate } from '@attendance/domain';
import type { SchoolYearTimeline } from '../calendar/school-year-timeline.js';
import { MARK_CODES_2024, Mark, markCodesFor } from '../marks/mark-codes.js';
import type { GeneratedPupil } from '../school/generate-school.js';
import type { ExportCut } from '../school-plan/plan-synthetic-la.js';
import type { ByteChunkWriter } from './byte-chunk-writer.js';
import { exportedDayRange, exportedMarkId } from './export-view.js';

/** Longest row: 13-character UPN, `,YYYY-MM-DD,AM,`, a two-character code and the newline. */
const MAX_ROW_BYTES = 13 + 15 + 2 + 1;
const CODE_SETS = ['regulations-2006', 'regulations-2024'] as const;
const MARK_ID_COUNT = MARK_CODES_2024.length;

/**
 * Pre-encodes everything a marks row is made of (per-session date prefixes, per-code-set mark suffixes) so
 * writing a row is three short byte copies. Also counts rows by written code for the manifest.
 */
export class MarkRowEncoder {
  private readonly sessionPrefixes: Uint8Array[];
  private readonly codeSetOfDay: Uint8Array;
  private readonly codeLines: Uint8Array[][];

  constructor(timeline: SchoolYearTimeline) {
    this.sessionPrefixes = timeline.days.flatMap((date) => [
      Buffer.from(`,${date},AM,`, 'latin1'),
      Buffer.from(`,${date},PM,`, 'latin1'),
    ]);
    this.codeSetOfDay = Uint8Array.from(timeline.days, (date) => CODE_SETS.indexOf(codeSetIdForDate(date)));
    this.codeLines = CODE_SETS.map((set) =>
      markCodesFor(set).map((code) => Buffer.from(`${code}\n`, 'latin1')),
    );
  }

  newCounts(): Float64Array {
    return new Float64Array(CODE_SETS.length * MARK_ID_COUNT);
  }

  /** Rows per written code, e.g. { '/': 10234, I: 311 }, from counts filled by `writePupil`. */
  countsByCode(counts: Float64Array): Record<string, number> {
    const byCode = new Map<string, number>();
    CODE_SETS.forEach((set, setIndex) => {
      markCodesFor(set).forEach((code, id) => {
        const count = counts[setIndex * MARK_ID_COUNT + id] as number;
        if (count > 0) byCode.set(code, (byCode.get(code) ?? 0) + count);
      });
    });
    return Object.fromEntries([...byCode.entries()].sort(([left], [right]) => (left < right ? -1 : 1)));
  }

  /**
   * Counts one pupil's rows for the export's days, as `writePupil` would write them, without writing: for an
   * export written in another format (marks-string, CTF), whose manifest totals are the same. Returns the
   * number of rows.
   */
  countPupil(generated: GeneratedPupil, cut: ExportCut, counts: Float64Array): number {
    const [from, to] = exportedDayRange(generated, cut);
    if (to <= from) return 0;
    for (let session = from * 2; session < to * 2; session += 1) {
      const id = exportedMarkId(generated, session, cut);
      const index = (this.codeSetOfDay[session >> 1] as number) * MARK_ID_COUNT + id;
      counts[index] = (counts[index] as number) + 1;
    }
    return (to - from) * 2;
  }

  /** Writes one pupil's rows for the export's days; returns the number of rows. */
  async writePupil(
    writer: ByteChunkWriter,
    generated: GeneratedPupil,
    cut: ExportCut,
    counts: Float64Array,
  ): Promise<number> {
    const { register, pupil } = generated;
    const from = register.firstDay;
    const to = Math.min(register.endDay, cut.markDayCount);
    if (to <= from) return 0;
    await writer.reserve((to - from) * 2 * MAX_ROW_BYTES);
    const upn = Buffer.from(pupil.upn, 'latin1');
    const { codes, knownOnDay } = register;
    const lastDay = cut.markDayCount - 1;
    const prefixes = this.sessionPrefixes;
    for (let session = from * 2; session < to * 2; session += 1) {
      const id = (knownOnDay[session] as number) > lastDay ? Mark.NotYetKnown : (codes[session] as number);
      const setIndex = this.codeSetOfDay[session >> 1] as number;
      writer.append(upn);
      writer.append(prefixes[session] as Uint8Array);
      writer.append((this.codeLines[setIndex] as Uint8Array[])[id] as Uint8Array);
      counts[setIndex * MARK_ID_COUNT + id] = (counts[setIndex * MARK_ID_COUNT + id] as number) + 1;
    }
    return (to - from) * 2;
  }
}
