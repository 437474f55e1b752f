import { englishBankHolidays } from './bank-holidays.js';
import {
  DEFAULT_PUPIL_DAYS_PER_YEAR,
  DEFAULT_TERM_DAYS_PER_YEAR,
  defaultLaTermCalendar,
} from './default-la-term-calendar.js';
import { dayOfWeek } from './iso-date.js';
import { SchoolCalendar } from './school-calendar.js';
import { termConfigSchoolDays } from './term-days.js';

const years = Array.from({ length: 13 }, (_, index) => 2018 + index);

describe(defaultLaTermCalendar.name, () => {
  it('plans realistic 2026/27 term dates', () => {
    expect(defaultLaTermCalendar(2026)).toEqual({
      academicYear: 2026,
      terms: [
        {
          name: 'Autumn',
          start: '2026-09-02',
          end: '2026-12-18',
          halfTermBreak: { start: '2026-10-26', end: '2026-10-30' },
        },
        {
          name: 'Spring',
          start: '2027-01-04',
          end: '2027-03-19',
          halfTermBreak: { start: '2027-02-15', end: '2027-02-19' },
        },
        {
          name: 'Summer',
          start: '2027-04-05',
          end: '2027-07-21',
          halfTermBreak: { start: '2027-05-31', end: '2027-06-04' },
        },
      ],
      insetDays: ['2026-09-02', '2026-09-03', '2027-01-04', '2027-04-05', '2027-06-07'],
    });
  });

  it.each(years)('%i/%i gives 190 pupil days (380 sessions)', (year) => {
    const days = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(year)).allSchoolDays();
    expect(Math.abs(days.length - DEFAULT_PUPIL_DAYS_PER_YEAR)).toBeLessThanOrEqual(5);
    expect(days).toHaveLength(DEFAULT_PUPIL_DAYS_PER_YEAR);
    expect(termConfigSchoolDays({ ...defaultLaTermCalendar(year), insetDays: [] })).toHaveLength(
      DEFAULT_TERM_DAYS_PER_YEAR,
    );
  });

  it.each(years)('%i: terms fall in the usual weeks', (year) => {
    const [autumn, spring, summer] = defaultLaTermCalendar(year).terms;
    expect(autumn?.start).toMatch(new RegExp(`^${year}-09-0[1-6]$`));
    expect([3, 4]).toContain(dayOfWeek(autumn?.start ?? ''));
    expect(autumn?.halfTermBreak.start).toMatch(new RegExp(`^${year}-10-(1[89]|2[0-7])$`));
    expect(autumn?.end).toMatch(new RegExp(`^${year}-12-(1[6-9]|2[0-2])$`));
    expect(spring?.start).toMatch(new RegExp(`^${year + 1}-01-0[2-8]$`));
    expect(spring?.halfTermBreak.start).toMatch(new RegExp(`^${year + 1}-02-1[2-8]$`));
    expect(summer?.end).toMatch(new RegExp(`^${year + 1}-07-2[0-5]$`));
  });

  it.each(years)('%i: Good Friday and Easter Monday fall in the Easter break', (year) => {
    const [, spring, summer] = defaultLaTermCalendar(year).terms;
    const [, goodFriday, easterMonday] = englishBankHolidays(year + 1);
    expect(spring && goodFriday && spring.end < goodFriday).toBe(true);
    expect(summer && easterMonday && easterMonday < summer.start).toBe(true);
  });

  it.each(years)('%i: May half term is the week of the last Monday in May', (year) => {
    const summer = defaultLaTermCalendar(year).terms[2];
    expect(summer?.halfTermBreak.start).toMatch(new RegExp(`^${year + 1}-05-(2[5-9]|3[01])$`));
    expect(dayOfWeek(summer?.halfTermBreak.start ?? '')).toBe(1);
  });
});
