import { NON_SCHOOL_DAY_MARKS, registerCalendar } from './register-calendar.js';

const mark = (date: string, code: string) => ({ date, mark: code });

describe(registerCalendar.name, () => {
  const calendar = registerCalendar([
    mark('2026-10-12', '/'),
    mark('2026-10-12', 'N'),
    // an inset day: every pupil on roll `#`, a prospective pupil `Z`
    mark('2026-10-13', '#'),
    mark('2026-10-13', 'Z'),
    // a half-day closure is still a school day
    mark('2026-10-14', '#'),
    mark('2026-10-14', '\\'),
    // a prospective pupil beside pupils on roll
    mark('2026-10-15', 'Z'),
    mark('2026-10-15', 'I'),
    mark('2026-10-16', '#'),
  ]);

  it('holds the dates with a mark other than # and Z', () => {
    expect(calendar.allSchoolDays()).toEqual(['2026-10-12', '2026-10-14', '2026-10-15']);
  });

  it('covers the whole-day closures at either end', () => {
    expect(calendar.coverage).toEqual({ from: '2026-10-12', to: '2026-10-16' });
  });

  it('is empty without marks', () => {
    expect(registerCalendar([]).allSchoolDays()).toEqual([]);
    expect(registerCalendar([]).coverage).toBeNull();
  });

  it('leaves out planned closures and pupils not yet on roll', () => {
    expect(NON_SCHOOL_DAY_MARKS).toEqual(['#', 'Z']);
  });
});
