import { defaultLaTermCalendar, minDate, type TermName } from '@attendance/domain';
import { z } from 'zod';

// The governor view's and report's URL state: the term, e.g. `autumn-2026` (the autumn term of 2026/27,
// named by the academic year's start year). None: the academic year to date.

export const TERM_NAMES = ['autumn', 'spring', 'summer'] as const;
export type TermKey = `${(typeof TERM_NAMES)[number]}-${number}`;

const TERM_PATTERN = /^(autumn|spring|summer)-(\d{4})$/;

export const governorSearchSchema = z.object({
  term: z
    .string()
    .regex(TERM_PATTERN)
    .transform((term) => term as TermKey)
    .optional()
    .catch(undefined),
});

export type GovernorSearch = z.infer<typeof governorSearchSchema>;

export interface TermPeriod {
  key: TermKey;
  /** e.g. "Autumn term 2026/27" */
  label: string;
  from: string;
  to: string;
}

function termName(key: string): TermName {
  return (key.charAt(0).toUpperCase() + key.slice(1)) as TermName;
}

/**
 * The dates of a term under the LA's default term calendar (the domain's rules), its end cut to the latest
 * date with data so a term in progress covers the term so far. Null when the term has not started by then.
 */
export function termPeriod(key: TermKey, dataAsOf: string | null): TermPeriod | null {
  const match = TERM_PATTERN.exec(key);
  if (!match?.[1] || !match[2]) return null;
  const startYear = Number(match[2]);
  const name = termName(match[1]);
  const term = defaultLaTermCalendar(startYear).terms.find((candidate) => candidate.name === name);
  if (!term) return null;
  const to = dataAsOf ? minDate(term.end, dataAsOf) : term.end;
  if (to < term.start) return null;
  return {
    key,
    label: `${name} term ${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
    from: term.start,
    to,
  };
}

/** The terms of an academic year that have started by `dataAsOf`, latest first (the report's choices). */
export function startedTerms(academicYear: number, dataAsOf: string | null): TermPeriod[] {
  return TERM_NAMES.map((name) => termPeriod(`${name}-${academicYear}`, dataAsOf))
    .filter((period): period is TermPeriod => period !== null)
    .reverse();
}
