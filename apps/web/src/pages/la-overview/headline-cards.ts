import type { HeadlineCardProps } from '@attendance/web-ui';
import type { AttendanceMeasures } from './la-overview.types.js';

/** The five headline measures, each with the counts its rate is worked out from (DfE definitions). */
export function headlineCards(measures: AttendanceMeasures): HeadlineCardProps[] {
  const possibleSessions = { label: 'Possible sessions', value: measures.possibleSessions };
  const enrolments = { label: 'Enrolments', value: measures.enrolments };
  return [
    {
      title: 'Attendance',
      rate: measures.attendanceRate,
      counts: [{ label: 'Sessions attended', value: measures.attendedSessions }, possibleSessions],
    },
    {
      title: 'Authorised absence',
      rate: measures.authorisedAbsenceRate,
      counts: [{ label: 'Sessions missed', value: measures.authorisedSessions }, possibleSessions],
    },
    {
      title: 'Unauthorised absence',
      rate: measures.unauthorisedAbsenceRate,
      counts: [{ label: 'Sessions missed', value: measures.unauthorisedSessions }, possibleSessions],
    },
    {
      title: 'Persistent absence',
      rate: measures.persistentAbsenceRate,
      counts: [{ label: 'Pupils missing 10% or more', value: measures.persistentAbsentees }, enrolments],
    },
    {
      title: 'Severe absence',
      rate: measures.severeAbsenceRate,
      counts: [{ label: 'Pupils missing 50% or more', value: measures.severeAbsentees }, enrolments],
    },
  ];
}
