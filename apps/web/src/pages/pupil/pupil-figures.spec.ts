import {
  absenceReasons,
  academicYearLabel,
  academicYearStart,
  bandChanges,
  cmeRows,
  monthsWithMarks,
  penaltyNoticeRows,
  weeklyRates,
} from './pupil-figures.js';
import { pupilAddress } from './pupil-search.js';
import type { PupilRecordWeek } from './pupil-record.types.js';

const week = (
  weekStart: string,
  band: string | null,
  counts: Partial<PupilRecordWeek> = {},
): PupilRecordWeek => ({
  weekStart,
  possibleSessions: 10,
  authorisedSessions: 0,
  unauthorisedSessions: 0,
  overallAbsenceRate: 0,
  yearToDateAttendanceRate: 100,
  yearToDateBand: band === null ? null : { id: band, label: band },
  ...counts,
});

describe('pupil page figures', () => {
  it('turns weekly sessions into the trend chart rates, none for a week without possible sessions', () => {
    expect(
      weeklyRates([
        week('2025-09-01', 'a', { authorisedSessions: 1, unauthorisedSessions: 3, overallAbsenceRate: 40 }),
        week('2025-09-08', 'a', { possibleSessions: 0, overallAbsenceRate: null }),
      ]),
    ).toEqual([
      {
        weekStart: '2025-09-01',
        possibleSessions: 10,
        overallAbsenceRate: 40,
        authorisedAbsenceRate: 10,
        unauthorisedAbsenceRate: 30,
      },
      {
        weekStart: '2025-09-08',
        possibleSessions: 0,
        overallAbsenceRate: null,
        authorisedAbsenceRate: null,
        unauthorisedAbsenceRate: null,
      },
    ]);
  });

  it('marks the weeks the band changed', () => {
    const changes = bandChanges([
      week('2025-09-01', 'a'),
      week('2025-09-08', 'a'),
      week('2025-09-15', 'b'),
      week('2025-09-22', null),
    ]);
    expect([...changes]).toEqual(['2025-09-15', '2025-09-22']);
  });

  it("names reasons by the domain's DfE column descriptions and leaves out reasons without sessions", () => {
    expect(
      absenceReasons([
        { column: 'sess_auth_illness', sessions: 4 },
        { column: 'sess_auth_religious', sessions: 0 },
      ]),
    ).toEqual([
      { label: 'Authorised absence for illness, not medical or dental appointments (code I)', sessions: 4 },
    ]);
  });

  it('says when there is no CME run, and when the penalty-notice threshold is not met', () => {
    expect(cmeRows({ daysInRun: 0, runSince: null, milestone: null, lastSchoolDay: '2025-11-07' })).toEqual([
      { key: 'Consecutive school days of unexplained absence', value: 'None' },
    ]);
    expect(
      cmeRows({ daysInRun: 2, runSince: '2025-11-06', milestone: null, lastSchoolDay: '2025-11-07' })[2],
    ).toEqual({
      key: 'Milestone reached',
      value: 'None yet (the first is day 3)',
    });
    const rows = penaltyNoticeRows({
      windowStart: '2025-09-01',
      windowEnd: '2025-11-07',
      schoolWeeks: 10,
      unauthorisedSessions: 4,
      threshold: 10,
      meetsThreshold: false,
      thresholdMetOn: null,
    });
    expect(rows.at(-1)).toEqual({
      key: 'Meets the national threshold',
      value: 'No (the threshold is 10 sessions)',
    });
  });

  it('lists the months with marks and reads academic year labels', () => {
    expect(
      monthsWithMarks([
        { date: '2025-11-03', am: null, pm: null },
        { date: '2025-09-04', am: null, pm: null },
        { date: '2025-11-04', am: null, pm: null },
      ]),
    ).toEqual(['2025-09', '2025-11']);
    expect(academicYearStart('2025/26')).toBe(2025);
    expect(academicYearLabel(2099)).toBe('2099/00');
  });

  it('takes only a URN and a whole pupil id from the address', () => {
    expect(pupilAddress({ urn: '100001', pupilId: '42' })).toEqual({ urn: '100001', pupilId: 42 });
    expect(pupilAddress({ urn: '100001', pupilId: 'A123456789012' })).toBeNull();
    expect(pupilAddress({ urn: '10001', pupilId: '42' })).toBeNull();
    expect(pupilAddress({ urn: '100001', pupilId: '0' })).toBeNull();
    expect(pupilAddress({ urn: '100001', pupilId: '99999999999' })).toBeNull();
  });
});
