import { schoolWeek, type GoldenLa } from '../../__fixtures__/golden-la.js';

// The "code sets" golden LA: registers on both sides of 19 August 2024, when the 2024 regulations' codes
// replaced the 2006 set, and of the 1 August year end. Every figure its specs expect is counted by hand from
// the registers below (README.md next to this folder has the table per pupil). The week of 8 July 2024 is in
// 2023/24 (its sixth half term, from 4 June 2024); 16 August, 19 August and the week of 9 September 2024 are
// all in 2024/25, so that year mixes the two code sets.

export const ELM = { urn: '990011', name: 'Elm Primary School' };
export const WILLOW = { urn: '990012', name: 'Willow High School' };

/** 8 to 12 July 2024: 2006 codes, academic year 2023/24. */
export const JULY_WEEK = schoolWeek('2024-07-08');
/** Friday 16 August 2024, the last day of the 2006 codes (a summer school day at Elm). */
export const LAST_2006_DAY = ['2024-08-16'];
/** Monday 19 August 2024, the first day of the 2024 codes. */
export const FIRST_2024_DAY = ['2024-08-19'];
/** 9 to 13 September 2024: 2024 codes. */
export const SEPTEMBER_WEEK = schoolWeek('2024-09-09');

/** UPNs from the domain's buildUpn(998, 2, 24, serial), serials 1 to 6 in the order below. */
export const UPN = {
  amy: 'D998000224001',
  bea: 'T998000224002',
  cal: 'G998000224003',
  dan: 'W998000224004',
  val: 'K998000224005',
  wes: 'Z998000224006',
} as const;

const SCHOOLS_CSV = `urn,laestab,name,phase,type
990011,9982011,Elm Primary School,Primary,Community school
990012,9984012,Willow High School,Secondary,Foundation school
`;

const PUPILS_HEADER =
  'upn,forename,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,' +
  'enrolment_status,admission_date,leaving_date';

// The current pupils files (exported on 13 September 2024): year groups of 2024/25, and the leavers of July.
const ELM_PUPILS_CSV = `${PUPILS_HEADER}
D998000224001,Amy,2017-01-15,F,3,WBRI,N,N,N,N,N,N,C,2021-09-01,
T998000224002,Bea,2015-02-02,F,5,WROM,K,Y,N,N,Y,N,C,2019-09-01,
G998000224003,Cal,2013-04-04,M,6,WBRI,N,Y,N,N,N,N,C,2019-09-01,2024-07-23
W998000224004,Dan,2020-05-05,M,R,BCRB,N,N,N,N,N,N,C,2024-09-09,
`;

const WILLOW_PUPILS_CSV = `${PUPILS_HEADER}
G998000224003,Cal,2013-04-04,M,7,WBRI,N,Y,N,N,N,N,C,2024-09-04,
K998000224005,Val,2011-03-03,M,9,AIND,E,N,Y,N,N,N,M,2022-09-01,
Z998000224006,Wes,2008-05-05,M,11,WBRI,N,N,N,N,N,N,C,2019-09-01,2024-07-23
`;

export const CODE_SETS_LA: GoldenLa = {
  schoolsCsv: SCHOOLS_CSV,
  exports: [
    {
      urn: ELM.urn,
      exportDate: '2024-09-13',
      pupilsCsv: ELM_PUPILS_CSV,
      registers: {
        // 6 in 2023/24, 7 in 2024/25. July: B attends, C (2006) authorised. August: J (2006) attends, J1 (2024)
        // is authorised absence; Y and Y1 not possible. September: K and B attend; C1 and C2 authorised.
        [UPN.amy]: [
          { dates: JULY_WEEK, grid: '/ /  | B B  | / /  | C C  | / /' },
          { dates: LAST_2006_DAY, grid: 'J Y' },
          { dates: FIRST_2024_DAY, grid: 'J1 Y1' },
          { dates: SEPTEMBER_WEEK, grid: '/ /  | K K  | C1 / | B /  | C2 C2' },
        ],
        // 8, then 9: a holiday authorised with H in July (2006), not authorised (G) in September.
        [UPN.bea]: [
          { dates: JULY_WEEK, grid: 'H H  | H H  | H H  | H H  | / /' },
          { dates: SEPTEMBER_WEEK, grid: 'G G  | G G  | / /  | / /  | / /' },
        ],
        // 10 in 2023/24: leaves Elm on 23 July 2024 for Willow. U once; Y (2006) not possible.
        [UPN.cal]: [{ dates: JULY_WEEK, grid: '/ /  | U /  | Y Y  | / /  | / /' }],
        // 4 in 2024/25, Reception from 9 September: outside the statutory cohort; X in the afternoons.
        [UPN.dan]: [{ dates: SEPTEMBER_WEEK, grid: '/ X  | / X  | I X  | / X  | / X' }],
      },
    },
    {
      urn: WILLOW.urn,
      exportDate: '2024-09-13',
      pupilsCsv: WILLOW_PUPILS_CSV,
      registers: {
        // 11 in 2024/25, joined on 4 September: Q and Y7 not possible; L present.
        [UPN.cal]: [{ dates: SEPTEMBER_WEEK, grid: '/ /  | Q Q  | / /  | Y7 / | L /' }],
        // 12, then 13, dual registered (D at the other school): J attends in July, J1 is authorised absence
        // in September: 0% absent, then 1 in 6, persistent.
        [UPN.val]: [
          { dates: JULY_WEEK, grid: '/ /  | D D  | D D  | / /  | J /' },
          { dates: SEPTEMBER_WEEK, grid: '/ /  | D D  | D D  | / /  | J1 /' },
        ],
        // 15 in 2023/24: July is in the sixth half term, left out at 15; he leaves on 23 July 2024.
        [UPN.wes]: [{ dates: JULY_WEEK, grid: 'S S  | S S  | W W  | / /  | I /' }],
      },
    },
  ],
};
