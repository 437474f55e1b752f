import type { HalfTerm, IsoDate, TermName } from '@attendance/domain';
import { halfTermWeeks } from './date-ranges.js';

const TERM_NAMES: readonly TermName[] = ['Autumn', 'Spring', 'Summer'];

/** 'Autumn 1' to 'Summer 2', as schools name their half terms. */
export function halfTermLabel(number: number): string {
  const term = TERM_NAMES[Math.ceil(number / 2) - 1];
  return term ? `${term} ${number % 2 === 1 ? 1 : 2}` : `Half term ${number}`;
}

/** The half term a school day falls in; null in a holiday. */
export function halfTermOfDay(date: IsoDate, halfTerms: readonly HalfTerm[]): number | null {
  return halfTerms.find((halfTerm) => halfTerm.start <= date && date <= halfTerm.end)?.number ?? null;
}

/** The half term whose days the week (given by its Monday) holds; null for a week of holiday. */
export function halfTermOfWeek(weekStart: IsoDate, halfTerms: readonly HalfTerm[]): number | null {
  return (
    halfTerms.find((halfTerm) => {
      const weeks = halfTermWeeks(halfTerm);
      return weeks.from <= weekStart && weekStart <= weeks.to;
    })?.number ?? null
  );
}
