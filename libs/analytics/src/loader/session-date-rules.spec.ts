import { judgeSessionDates } from './session-date-rules.js';

describe(judgeSessionDates.name, () => {
  it('rejects weekends and dates after the export, and warns of weekdays the LA calendar has no pupil day on', () => {
    expect(
      judgeSessionDates(
        [
          '2024-10-18', // Friday, a pupil day
          '2024-10-19', // Saturday
          '2024-10-21', // Monday of the default calendar's October half term
          '2024-12-25', // Christmas Day, after the export
          '2024-10-22', // half term too, but also after the export: the error wins
        ],
        '2024-10-21',
      ),
    ).toEqual([
      { date: '2024-10-18', problem: null, warning: null },
      { date: '2024-10-19', problem: 'weekend-mark', warning: null },
      { date: '2024-10-21', problem: null, warning: 'day-not-in-la-calendar' },
      { date: '2024-12-25', problem: 'mark-after-export-date', warning: null },
      { date: '2024-10-22', problem: 'mark-after-export-date', warning: null },
    ]);
  });

  it('leaves texts that are not dates to the bad-date check', () => {
    expect(judgeSessionDates(['2024-02-30', 'yesterday'], '2024-10-21')).toEqual([]);
  });
});
