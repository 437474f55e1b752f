import type { IsoDate } from '@attendance/domain';
import { Mark, markCodesForDate } from '../marks/mark-codes.js';
import type { SyntheticPupil } from '../pupils/synthetic-pupil.types.js';
import type { GeneratedPupil, GeneratedSchool } from '../school/generate-school.js';
import type { ExportCut } from '../school-plan/plan-synthetic-la.js';

// What one export shows of a school's year: the pupils on roll by its last date and their marks up to it.
// Reasons the school had not established by that date show as N; a later export shows the real reason.

export type SessionName = 'AM' | 'PM';

export interface MarkRow {
  upn: string;
  date: IsoDate;
  session: SessionName;
  mark: string;
}

/** Pupils admitted by the export's last date; a leaving date after it is not known yet, so left empty. */
export function isInExport(generated: GeneratedPupil, cut: ExportCut): boolean {
  return generated.register.firstDay < cut.markDayCount;
}

export function pupilAsExported(generated: GeneratedPupil, cut: ExportCut): SyntheticPupil {
  const { pupil, register } = generated;
  return register.endDay <= cut.markDayCount ? pupil : { ...pupil, leavingDate: null };
}

/** The mark id an export shows for a session: the final mark, or N while the reason was not yet known. */
export function exportedMarkId(generated: GeneratedPupil, session: number, cut: ExportCut): number {
  const { codes, knownOnDay } = generated.register;
  return (knownOnDay[session] as number) > cut.markDayCount - 1
    ? Mark.NotYetKnown
    : (codes[session] as number);
}

/** Term days with marks for this pupil in the export: [from, to). */
export function exportedDayRange(generated: GeneratedPupil, cut: ExportCut): [number, number] {
  return [generated.register.firstDay, Math.min(generated.register.endDay, cut.markDayCount)];
}

/** Every mark row of a school's export, pupil by pupil (for tests and small tools; the writer streams bytes). */
export function* exportedMarkRows(
  school: GeneratedSchool,
  cut: ExportCut,
  days: readonly IsoDate[],
): Generator<MarkRow> {
  for (const generated of school.pupils) {
    if (!isInExport(generated, cut)) continue;
    const [from, to] = exportedDayRange(generated, cut);
    for (let day = from; day < to; day += 1) {
      const date = days[day] as IsoDate;
      const codes = markCodesForDate(date);
      for (const session of [0, 1] as const) {
        yield {
          upn: generated.pupil.upn,
          date,
          session: session === 0 ? 'AM' : 'PM',
          mark: codes[exportedMarkId(generated, day * 2 + session, cut)] as string,
        };
      }
    }
  }
}

export function exportedPupils(school: GeneratedSchool, cut: ExportCut): SyntheticPupil[] {
  return school.pupils
    .filter((generated) => isInExport(generated, cut))
    .map((generated) => pupilAsExported(generated, cut));
}
