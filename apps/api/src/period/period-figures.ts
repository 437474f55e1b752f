import { academicYearLabel } from '@attendance/domain';
import type { PeriodFigures } from './period-figures.model.js';

/** The period an analytics answer is about, as every API answer states it (the year as its label, 2026/27). */
export function periodFigures(answer: {
  academicYear: number;
  start: string;
  end: string;
  dataAsOf: string | null;
}): PeriodFigures {
  return {
    academicYear: academicYearLabel(answer.academicYear),
    periodStart: answer.start,
    periodEnd: answer.end,
    dataAsOf: answer.dataAsOf,
  };
}
