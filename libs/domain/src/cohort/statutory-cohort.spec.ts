import { defaultLaTermCalendar } from '../calendar/default-la-term-calendar.js';
import { SchoolCalendar } from '../calendar/school-calendar.js';
import {
  ageAtStartOfAcademicYear,
  ageOnDate,
  countsTowardStatutoryMeasures,
  isInStatutoryCohort,
  isSixthHalfTermExcluded,
} from './statutory-cohort.js';

describe(ageOnDate.name, () => {
  it.each([
    ['2016-09-01', '2026-08-31', 9],
    ['2016-09-01', '2026-09-01', 10],
    ['2016-08-31', '2026-08-31', 10],
    // leap-day birthdays: 1 March in a common year, 29 February in a leap year
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
    ['2012-02-29', '2028-02-29', 16],
    ['2012-02-29', '2028-02-28', 15],
    ['2026-09-02', '2026-09-02', 0],
  ])('born %s, on %s: %i', (dateOfBirth, on, expected) => {
    expect(ageOnDate(dateOfBirth, on)).toBe(expected);
  });

  it('names the field that is not a date', () => {
    expect(() => ageOnDate('2016-02-30', '2026-08-31')).toThrow(/dateOfBirth/);
    expect(() => ageOnDate('2016-02-01', '31/08/2026')).toThrow(/on is not/);
  });
});

describe(ageAtStartOfAcademicYear.name, () => {
  it.each([
    ['2021-08-31', 2026, 5], // youngest in Year 1 turns 5 on 31 August
    ['2021-09-01', 2026, 4], // a day younger: Reception, not in the cohort
    ['2011-09-01', 2026, 14],
    ['2011-08-31', 2026, 15],
    ['2010-09-01', 2026, 15], // oldest in Year 11
    ['2010-08-31', 2026, 16],
  ])('born %s in %i/..: %i', (dateOfBirth, year, expected) => {
    expect(ageAtStartOfAcademicYear(dateOfBirth, year)).toBe(expected);
  });
});

describe(isInStatutoryCohort.name, () => {
  it.each([
    ['2021-09-01', false], // 4
    ['2021-08-31', true], // 5
    ['2010-09-01', true], // 15
    ['2010-08-31', false], // 16
    ['2020-02-29', true], // leap-day birthday, 6
  ])('born %s: %s in 2026/27', (dateOfBirth, expected) => {
    expect(isInStatutoryCohort(dateOfBirth, 2026)).toBe(expected);
  });
});

describe(isSixthHalfTermExcluded.name, () => {
  it.each([
    ['2011-09-01', false], // 14
    ['2011-08-31', true], // 15
    ['2010-09-01', true], // 15
    ['2010-08-31', false], // 16, not in the cohort at all
  ])('born %s: %s in 2026/27', (dateOfBirth, expected) => {
    expect(isSixthHalfTermExcluded(dateOfBirth, 2026)).toBe(expected);
  });
});

describe(countsTowardStatutoryMeasures.name, () => {
  const halfTerms = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2026)).halfTerms(2026);
  const sixthStart = '2027-06-08';
  const fifthEnd = '2027-05-28';

  it.each([
    ['2011-08-31', fifthEnd, true, '15: fifth half term counts'],
    ['2011-08-31', sixthStart, false, '15: sixth half term is left out'],
    ['2011-08-31', '2027-07-21', false, '15: last day of the year'],
    ['2011-09-01', sixthStart, true, '14: sixth half term counts'],
    ['2021-08-31', '2026-09-04', true, '5'],
    ['2021-09-01', '2026-09-04', false, '4: outside the cohort'],
    ['2010-08-31', '2026-09-04', false, '16: outside the cohort'],
  ])('born %s, session %s: %s (%s)', (dateOfBirth, sessionDate, expected) => {
    expect(countsTowardStatutoryMeasures(dateOfBirth, 2026, sessionDate, halfTerms)).toBe(expected);
  });

  it('leaves nothing out when the sixth half term is not known yet', () => {
    expect(countsTowardStatutoryMeasures('2011-08-31', 2026, sixthStart, halfTerms.slice(0, 5))).toBe(true);
  });

  it('rejects a session outside the academic year', () => {
    expect(() => countsTowardStatutoryMeasures('2015-01-01', 2026, '2027-08-01', halfTerms)).toThrow(
      RangeError,
    );
  });
});
