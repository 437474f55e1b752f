import {
  academicYearBounds,
  addDays,
  defaultLaTermCalendar,
  type DfeTimeIdentifier,
  type TermDates,
} from '@attendance/domain';

/**
 * The DfE `time_identifier` a period's file is labelled with: a term (or autumn and spring together) when the
 * period covers exactly the term's school days (from any day of the holiday before it to any day of the holiday
 * after it, by the domain's default LA term calendar), otherwise the academic year. The analyst can choose
 * another: an LA's own term dates may differ from the default calendar's.
 */
export function suggestedTimeIdentifier(
  academicYearStart: number,
  periodStart: string,
  periodEnd: string,
): DfeTimeIdentifier {
  const bounds = academicYearBounds(academicYearStart);
  const terms = defaultLaTermCalendar(academicYearStart).terms;
  /** The days a term's period may start and end on: its first and last day, or any holiday day beside them. */
  const coversTerms = (first: TermDates, last: TermDates): boolean => {
    const firstIndex = terms.indexOf(first);
    const lastIndex = terms.indexOf(last);
    const earliestStart = firstIndex === 0 ? bounds.start : addDays(terms[firstIndex - 1]!.end, 1);
    const latestEnd = lastIndex === terms.length - 1 ? bounds.end : addDays(terms[lastIndex + 1]!.start, -1);
    return (
      periodStart >= earliestStart &&
      periodStart <= first.start &&
      periodEnd >= last.end &&
      periodEnd <= latestEnd
    );
  };
  const [autumn, spring, summer] = terms;
  if (autumn && coversTerms(autumn, autumn)) return 'Autumn term';
  if (spring && coversTerms(spring, spring)) return 'Spring term';
  if (summer && coversTerms(summer, summer)) return 'Summer term';
  if (autumn && spring && coversTerms(autumn, spring)) return 'Autumn and spring term';
  return 'Academic year';
}
