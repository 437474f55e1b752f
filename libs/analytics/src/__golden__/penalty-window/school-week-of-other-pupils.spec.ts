import { loadGoldenLa, schoolWeek, type GoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { queryPenaltyNoticeList } from '../../pupil-lists/penalty-notice-list.js';
import { ANY_PUPIL_ID } from '../__fixtures__/golden-expect.js';

// A school week is a week with a school day of the school's register, whoever the pupil: in the week of
// 13 October 2025 Jo (9, the statutory cohort) has only Y2 (travel disruption, not a possible session), while
// Kit (3, nursery) attends. The week is still a school week, so the window ending on Wednesday 19 November
// holds 17, 10 and 3 November, 20, 13 and 6 October, 29, 22, 15 and 8 September (10 school weeks; the week of
// 27 October is half term, no marks). Jo's O O on Wednesday 3 September falls before it: 10 sessions (15 to
// 19 September, O O each day), not 12.

const WEEKS = [
  ['2025-09-03', '2025-09-04', '2025-09-05'],
  ...['2025-09-08', '2025-09-15', '2025-09-22', '2025-09-29', '2025-10-06', '2025-10-13', '2025-10-20'].map(
    schoolWeek,
  ),
  ...['2025-11-03', '2025-11-10'].map(schoolWeek),
  ['2025-11-17', '2025-11-18', '2025-11-19'],
];

const present = (dates: readonly string[]) => dates.map(() => '/ /').join(' | ');

const LA: GoldenLa = {
  schoolsCsv: 'urn,laestab,name,phase,type\n990102,9982102,Rowan Primary School,Primary,Community school\n',
  exports: [
    {
      urn: '990102',
      exportDate: '2025-11-19',
      pupilsCsv:
        'upn,forename,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,' +
        'enrolment_status,admission_date,leaving_date\n' +
        'F998000125030,Jo,2016-02-02,F,5,WBRI,N,N,N,N,N,N,C,2021-09-01,\n' +
        'V998000125031,Kit,2022-01-10,M,N2,WBRI,N,N,N,N,N,N,C,2025-09-01,\n',
      registers: {
        F998000125030: WEEKS.map((dates) => ({
          dates,
          grid:
            dates[0] === '2025-09-03'
              ? 'O O | / / | / /'
              : dates[0] === '2025-09-15'
                ? 'O O | O O | O O | O O | O O'
                : dates[0] === '2025-10-13'
                  ? 'Y2 Y2 | Y2 Y2 | Y2 Y2 | Y2 Y2 | Y2 Y2'
                  : present(dates),
        })),
        V998000125031: WEEKS.map((dates) => ({ dates, grid: present(dates) })),
      },
    },
  ],
};

describe('golden: a school week in which only pupils outside the statutory cohort attended', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(LA);
  });

  afterAll(async () => {
    await la.close();
  });

  it('counts the week in the penalty-notice window', async () => {
    const list = await queryPenaltyNoticeList(la.store);
    expect(list.pupils).toEqual([
      {
        urn: '990102',
        schoolName: 'Rowan Primary School',
        upn: 'F998000125030',
        pupilId: ANY_PUPIL_ID,
        yearGroup: '5',
        unauthorisedSessions: 10,
        windowStart: '2025-09-08',
        windowEnd: '2025-11-19',
        schoolWeeks: 10,
        thresholdMetOn: '2025-09-19',
      },
    ]);
  });
});
