import { schoolWeek, type GoldenLa, type RegisterWeek } from '../../__fixtures__/golden-la.js';

// The "penalty window" golden LA: Hollybank Primary School's register from 7 July 2025 to Wednesday 5 November
// 2025, across the summer holiday (the 2024/25 year end) and the October half term. Every figure its spec
// expects is counted by hand (README.md next to this folder). Ages are on 31 August 2025.

export const HOLLYBANK = { urn: '990101', name: 'Hollybank Primary School' };

/** UPNs from the domain's buildUpn(998, 1, 25, serial), serials 21 to 29 in the order below. */
export const UPN = {
  ava: 'G998000125021',
  ben: 'W998000125022',
  cal: 'K998000125023',
  dee: 'Z998000125024',
  eve: 'N998000125025',
  finn: 'C998000125026',
  gus: 'R998000125027',
  hana: 'F998000125028',
  ivy: 'V998000125029',
} as const;

/**
 * The school's register dates, week by week (Monday to Friday unless said). Monday 1 and Tuesday 2 September,
 * Friday 24 October and Monday 27 October (a staff training day in half term) are inset days (`#` for
 * everyone): whole-day closures, so not school days, and the half-term week, with marks on its Monday, is not a
 * school week. No marks from 23 July to 31 August (summer holiday), on weekends, or from 28 to 31 October.
 */
const REGISTER_WEEKS: readonly (readonly string[])[] = [
  schoolWeek('2025-07-07'),
  schoolWeek('2025-07-14'),
  ['2025-07-21', '2025-07-22'],
  schoolWeek('2025-09-01'),
  schoolWeek('2025-09-08'),
  schoolWeek('2025-09-15'),
  schoolWeek('2025-09-22'),
  schoolWeek('2025-09-29'),
  schoolWeek('2025-10-06'),
  schoolWeek('2025-10-13'),
  schoolWeek('2025-10-20'),
  ['2025-10-27'],
  ['2025-11-03', '2025-11-04', '2025-11-05'],
];

const INSET_DAYS = ['2025-09-01', '2025-09-02', '2025-10-24', '2025-10-27'];

/**
 * A pupil's register: present (`/` morning, `\` afternoon) on every register date from `from`, `#` on inset
 * days, and the day's two tokens as written (`'G G'`, `'N /'`) on the dates listed.
 */
function register(days: Record<string, string>, from = '2025-07-07'): RegisterWeek[] {
  return REGISTER_WEEKS.map((dates) => dates.filter((date) => date >= from))
    .filter((dates) => dates.length > 0)
    .map((dates) => ({
      dates,
      grid: dates.map((date) => days[date] ?? (INSET_DAYS.includes(date) ? '# #' : '/ /')).join(' | '),
    }));
}

const SCHOOLS_CSV = `urn,laestab,name,phase,type
990101,9982101,Hollybank Primary School,Primary,Community school
`;

// Year groups of 2025/26 (the pupils file of 5 November 2025); Eve is in Reception, 4 on 31 August 2025.
const PUPILS_CSV = `upn,forename,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,enrolment_status,admission_date,leaving_date
G998000125021,Ava,2016-03-01,F,5,WBRI,N,N,N,N,N,N,C,2021-09-01,
W998000125022,Ben,2016-04-02,M,5,WBRI,N,N,N,N,N,N,C,2021-09-01,
K998000125023,Cal,2015-05-03,M,6,WBRI,N,Y,N,N,N,N,C,2020-09-01,
Z998000125024,Dee,2017-06-04,F,4,WBRI,N,N,N,N,N,N,C,2022-09-01,
N998000125025,Eve,2021-01-05,F,R,WBRI,N,N,N,N,N,N,C,2025-09-01,
C998000125026,Finn,2018-07-06,M,3,WBRI,N,Y,N,N,N,N,C,2022-09-01,
R998000125027,Gus,2019-02-07,M,2,WBRI,N,N,N,N,N,N,C,2023-09-01,
F998000125028,Hana,2016-08-08,F,5,WBRI,N,N,N,N,N,N,C,2021-09-01,
V998000125029,Ivy,2015-09-09,F,5,WBRI,N,N,N,N,N,N,C,2021-09-01,
`;

export const PENALTY_WINDOW_LA: GoldenLa = {
  schoolsCsv: SCHOOLS_CSV,
  exports: [
    {
      urn: HOLLYBANK.urn,
      exportDate: '2025-11-05',
      pupilsCsv: PUPILS_CSV,
      registers: {
        // A holiday on the last two days of the summer term, one unexplained morning in September, an O day
        // in October, a late morning and an O day in November.
        [UPN.ava]: register({
          '2025-07-21': 'G G',
          '2025-07-22': 'G G',
          '2025-09-03': 'N /',
          '2025-10-10': 'O O',
          '2025-11-03': 'U /',
          '2025-11-04': 'O O',
        }),
        // As Ava, but present on the afternoon of 4 November.
        [UPN.ben]: register({
          '2025-07-21': 'G G',
          '2025-07-22': 'G G',
          '2025-09-03': 'N /',
          '2025-10-10': 'O O',
          '2025-11-03': 'U /',
          '2025-11-04': 'O /',
        }),
        // A week's holiday from 14 to 18 July, and an O day on 13 October.
        [UPN.cal]: register({
          '2025-07-14': 'G G',
          '2025-07-15': 'G G',
          '2025-07-16': 'G G',
          '2025-07-17': 'G G',
          '2025-07-18': 'G G',
          '2025-10-13': 'O O',
        }),
        // O all week from 22 September, and N on 3 November.
        [UPN.dee]: register({
          '2025-09-22': 'O O',
          '2025-09-23': 'O O',
          '2025-09-24': 'O O',
          '2025-09-25': 'O O',
          '2025-09-26': 'O O',
          '2025-11-03': 'N N',
        }),
        // Reception from 1 September 2025: a week's G in September and N since 3 November.
        [UPN.eve]: register(
          {
            '2025-09-08': 'G G',
            '2025-09-09': 'G G',
            '2025-09-10': 'G G',
            '2025-09-11': 'G G',
            '2025-09-12': 'G G',
            '2025-11-03': 'N N',
            '2025-11-04': 'N N',
            '2025-11-05': 'N N',
          },
          '2025-09-01',
        ),
        // Last seen on Thursday 16 October: N on the Friday, O all the next week, the inset day and half term,
        // then O, N, O.
        [UPN.finn]: register({
          '2025-10-17': 'N N',
          '2025-10-20': 'O O',
          '2025-10-21': 'O O',
          '2025-10-22': 'O O',
          '2025-10-23': 'O O',
          '2025-11-03': 'O O',
          '2025-11-04': 'N N',
          '2025-11-05': 'O O',
        }),
        // N from 20 October, but present on the afternoon of Wednesday 22 October.
        [UPN.gus]: register({
          '2025-10-20': 'N N',
          '2025-10-21': 'N N',
          '2025-10-22': 'N /',
          '2025-10-23': 'N N',
          '2025-11-03': 'N N',
          '2025-11-04': 'N N',
          '2025-11-05': 'N N',
        }),
        // Ill (I) from 20 to 22 October, then N: last present on Friday 17 October.
        [UPN.ivy]: register({
          '2025-10-20': 'I I',
          '2025-10-21': 'I I',
          '2025-10-22': 'I I',
          '2025-10-23': 'N N',
          '2025-11-03': 'N N',
          '2025-11-04': 'N N',
          '2025-11-05': 'N N',
        }),
        // N on 3 to 5 November, but no register entry at all on Tuesday 4 November.
        [UPN.hana]: register({ '2025-11-03': 'N N', '2025-11-05': 'N N' }).map((week) =>
          week.dates.includes('2025-11-04')
            ? { dates: ['2025-11-03', '2025-11-05'], grid: 'N N | N N' }
            : week,
        ),
      },
    },
  ],
};
