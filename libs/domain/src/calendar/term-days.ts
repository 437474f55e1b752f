import type { IsoDate } from '../register-codes/register-code.types.js';
import { englishBankHolidays } from './bank-holidays.js';
import { eachDate, isWeekend } from './iso-date.js';
import type { LaTermCalendarConfig } from './term-calendar.types.js';

/**
 * Pupil days of a term configuration, sorted: weekdays inside a term, outside its half-term break, not a bank
 * holiday and not an inset day.
 */
export function termConfigSchoolDays(config: LaTermCalendarConfig): IsoDate[] {
  const insetDays = new Set(config.insetDays);
  const bankHolidays = new Set([
    ...englishBankHolidays(config.academicYear),
    ...englishBankHolidays(config.academicYear + 1),
  ]);
  const days: IsoDate[] = [];
  for (const term of config.terms) {
    for (const date of eachDate(term.start, term.end)) {
      const inBreak = date >= term.halfTermBreak.start && date <= term.halfTermBreak.end;
      if (!inBreak && !isWeekend(date) && !bankHolidays.has(date) && !insetDays.has(date)) days.push(date);
    }
  }
  return days.sort();
}
