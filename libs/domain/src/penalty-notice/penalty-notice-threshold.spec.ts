import { defaultLaTermCalendar } from '../calendar/default-la-term-calendar.js';
import { SchoolCalendar } from '../calendar/school-calendar.js';
import {
  firstDateThresholdMet,
  meetsPenaltyNoticeThreshold,
  PENALTY_NOTICE_THRESHOLD,
  rollingWindowStart,
  type SessionMark,
  unauthorisedSessionsInRollingWindow,
} from './penalty-notice-threshold.js';

// 2025/26 and 2026/27 default LA terms: 2025/26 ends Wed 22 July 2026; 2026/27 pupils start Fri 4 September,
// October half term is 26-30 October 2026.
const calendar = SchoolCalendar.fromTermConfigs([defaultLaTermCalendar(2025), defaultLaTermCalendar(2026)]);

const sessions = (mark: string, ...dates: string[]): SessionMark[] => dates.map((date) => ({ date, mark }));

describe(rollingWindowStart.name, () => {
  it('skips half term and the summer holiday, reaching back into the previous academic year', () => {
    // School weeks ending with the week of 4 Nov 2026: 2 Nov, 19 Oct .. 7 Sep (7 weeks), 31 Aug, 20 Jul 2026.
    expect(rollingWindowStart(calendar, '2026-11-04')).toEqual({ start: '2026-07-20', weeks: 10 });
  });

  it('skips the half-term week inside a term', () => {
    expect(rollingWindowStart(calendar, '2026-12-18')).toEqual({ start: '2026-10-05', weeks: 10 });
  });

  it('ends with the latest school week when the end date falls in a holiday', () => {
    expect(rollingWindowStart(calendar, '2026-10-28')).toEqual(rollingWindowStart(calendar, '2026-10-23'));
  });

  it('stops where the calendar starts', () => {
    const shortCalendar = SchoolCalendar.fromRegisterDays(['2026-09-07', '2026-09-14', '2026-09-21']);
    expect(rollingWindowStart(shortCalendar, '2026-09-23')).toEqual({ start: '2026-09-07', weeks: 3 });
    expect(rollingWindowStart(SchoolCalendar.fromRegisterDays([]), '2026-09-23')).toEqual({
      start: '2026-09-21',
      weeks: 0,
    });
  });
});

describe(unauthorisedSessionsInRollingWindow.name, () => {
  const spanning = [
    ...sessions('G', '2026-07-20', '2026-07-20', '2026-07-21', '2026-07-21'), // holiday before the summer
    ...sessions('N', '2026-09-04'),
    ...sessions('O', '2026-10-02', '2026-10-19'),
    ...sessions('U', '2026-11-02', '2026-11-03', '2026-11-04'),
  ];

  it('counts G, N, O and U across half term and the year end', () => {
    expect(unauthorisedSessionsInRollingWindow(spanning, calendar, '2026-11-04')).toEqual({
      count: 10,
      windowStart: '2026-07-20',
      windowEnd: '2026-11-04',
      schoolWeeks: 10,
    });
    expect(meetsPenaltyNoticeThreshold(spanning, calendar, '2026-11-04')).toBe(true);
  });

  it('leaves out sessions before the window and after its end', () => {
    const edges = [...spanning.slice(1), ...sessions('G', '2026-07-17', '2026-11-05')];
    expect(unauthorisedSessionsInRollingWindow(edges, calendar, '2026-11-04').count).toBe(9);
    expect(meetsPenaltyNoticeThreshold(edges, calendar, '2026-11-04')).toBe(false);
  });

  it('ignores authorised absence, lateness before close and presence', () => {
    const other = [
      ...sessions('I', '2026-11-02'),
      ...sessions('L', '2026-11-02'),
      ...sessions('/', '2026-11-03'),
    ];
    expect(unauthorisedSessionsInRollingWindow(other, calendar, '2026-11-04').count).toBe(0);
  });

  it('uses the national threshold', () => {
    expect(PENALTY_NOTICE_THRESHOLD).toEqual({
      unauthorisedSessions: 10,
      schoolWeeks: 10,
      codes: ['G', 'N', 'O', 'U'],
    });
  });
});

describe(firstDateThresholdMet.name, () => {
  it('is the date of the tenth session inside one window', () => {
    const marks = [
      ...sessions('U', '2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11'),
      ...sessions('N', '2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17'),
      ...sessions('I', '2026-09-18'),
      ...sessions('G', '2026-10-01'),
    ];
    expect(firstDateThresholdMet(marks, calendar)).toBe('2026-10-01');
  });

  it('is null when sessions are spread wider than ten school weeks', () => {
    const marks = sessions(
      'O',
      ...['2025-09-08', '2025-11-10', '2026-01-12', '2026-03-02', '2026-05-04'],
    ).flatMap((mark) => [mark, mark]);
    expect(firstDateThresholdMet(marks, calendar)).toBeNull();
  });

  it('is no earlier than 19 August 2024, when the national threshold began', () => {
    const calendar2024 = SchoolCalendar.fromTermConfigs([
      defaultLaTermCalendar(2023),
      defaultLaTermCalendar(2024),
    ]);
    const july = sessions(
      'G',
      ...['2024-07-15', '2024-07-16', '2024-07-17', '2024-07-18', '2024-07-19'],
    ).flatMap((mark) => [mark, mark]);
    expect(firstDateThresholdMet(july, calendar2024)).toBe('2024-08-19');
    expect(firstDateThresholdMet([], calendar2024)).toBeNull();
  });
});
