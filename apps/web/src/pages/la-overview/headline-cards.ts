import type { HeadlineCardProps } from '@attendance/web-ui';
import { headlineComparisons, type HeadlineRateField } from './headline-comparisons.js';
import type { AttendanceMeasures, HeadlineChanges, PublishedComparison } from './la-overview.types.js';

/** What the cards are compared with: the API's changes and the published figures of region and England. */
export interface HeadlineContext {
  changes: HeadlineChanges;
  published: readonly PublishedComparison[];
}

/** The five headline measures, each with the counts its rate is worked out from (DfE definitions). */
export function headlineCards(measures: AttendanceMeasures, context?: HeadlineContext): HeadlineCardProps[] {
  const possibleSessions = { label: 'Possible sessions', value: measures.possibleSessions };
  const enrolments = { label: 'Enrolments', value: measures.enrolments };
  const card = (
    title: string,
    rate: HeadlineRateField,
    counts: HeadlineCardProps['counts'],
  ): HeadlineCardProps => ({
    title,
    rate: measures[rate],
    counts,
    comparisons: context
      ? headlineComparisons(rate, measures[rate], context.changes, context.published)
      : undefined,
  });
  return [
    card('Attendance', 'attendanceRate', [
      { label: 'Sessions attended', value: measures.attendedSessions },
      possibleSessions,
    ]),
    card('Authorised absence', 'authorisedAbsenceRate', [
      { label: 'Sessions missed', value: measures.authorisedSessions },
      possibleSessions,
    ]),
    card('Unauthorised absence', 'unauthorisedAbsenceRate', [
      { label: 'Sessions missed', value: measures.unauthorisedSessions },
      possibleSessions,
    ]),
    card('Persistent absence', 'persistentAbsenceRate', [
      { label: 'Pupils missing 10% or more', value: measures.persistentAbsentees },
      enrolments,
    ]),
    card('Severe absence', 'severeAbsenceRate', [
      { label: 'Pupils missing 50% or more', value: measures.severeAbsentees },
      enrolments,
    ]),
  ];
}
