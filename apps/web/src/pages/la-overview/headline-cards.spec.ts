import { headlineCards } from './headline-cards.js';
import type { AttendanceMeasures } from './la-overview.types.js';

const measures: AttendanceMeasures = {
  enrolments: 1200,
  possibleSessions: 100000,
  attendedSessions: 93000,
  authorisedSessions: 5000,
  unauthorisedSessions: 2000,
  persistentAbsentees: 240,
  severeAbsentees: 24,
  attendanceRate: 93,
  overallAbsenceRate: 7,
  authorisedAbsenceRate: 5,
  unauthorisedAbsenceRate: 2,
  persistentAbsenceRate: 20,
  severeAbsenceRate: 2,
};

describe(headlineCards.name, () => {
  it.each([
    { title: 'Attendance', rate: 93, counts: [93000, 100000] },
    { title: 'Authorised absence', rate: 5, counts: [5000, 100000] },
    { title: 'Unauthorised absence', rate: 2, counts: [2000, 100000] },
    { title: 'Persistent absence', rate: 20, counts: [240, 1200] },
    { title: 'Severe absence', rate: 2, counts: [24, 1200] },
  ])('pairs the $title rate with the counts behind it', ({ title, rate, counts }) => {
    const card = headlineCards(measures).find((candidate) => candidate.title === title);
    expect(card?.rate).toBe(rate);
    expect(card?.counts.map((count) => count.value)).toEqual(counts);
  });

  it('counts pupils against enrolments for persistent and severe absence', () => {
    const [, , , persistent, severe] = headlineCards(measures);
    expect(persistent?.counts.map((count) => count.label)).toEqual([
      'Pupils missing 10% or more',
      'Enrolments',
    ]);
    expect(severe?.counts.map((count) => count.label)).toEqual(['Pupils missing 50% or more', 'Enrolments']);
  });

  it('passes missing rates through as null so they show as "no data"', () => {
    const cards = headlineCards({ ...measures, attendanceRate: null, severeAbsenceRate: null });
    expect(cards.map((card) => card.rate)).toEqual([null, 5, 2, 20, null]);
  });
});
