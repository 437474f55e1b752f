import { schoolWeek, type GoldenLa } from '../../__fixtures__/golden-la.js';

// The "two schools" golden LA in 2025/26: every figure its specs expect is counted by hand from the registers
// below (README.md next to this folder has the table per pupil). Ages are on 31 August 2025; the sixth half term
// of the domain's LA calendar starts on 2 June 2026.

export const RIVERSIDE = { urn: '990001', name: 'Riverside Academy' };
export const MEADOW = { urn: '990002', name: 'Meadow Special School' };

/** 8 to 12 September 2025. */
export const WEEK_1 = schoolWeek('2025-09-08');
/** 15 to 19 September 2025 (Meadow closed on the Friday: `#`). */
export const WEEK_2 = schoolWeek('2025-09-15');
/** 8 to 12 June 2026, in the sixth half term. */
export const SIXTH_HALF_TERM_WEEK = schoolWeek('2026-06-08');

/** UPNs from the domain's buildUpn(998, 1, 25, serial), serials 1 to 11 in the order below. */
export const UPN = {
  ada: 'F998000125001',
  ben: 'V998000125002',
  cara: 'J998000125003',
  dev: 'Y998000125004',
  eli: 'M998000125005',
  fay: 'B998000125006',
  gus: 'Q998000125007',
  hal: 'E998000125008',
  hana: 'U998000125009',
  ivy: 'E998000125010',
  jay: 'U998000125011',
} as const;

const SCHOOLS_CSV = `urn,laestab,name,phase,type
990001,9984001,Riverside Academy,Secondary,Academy converter
990002,9987001,Meadow Special School,Special,Community special school
`;

const PUPILS_HEADER =
  'upn,forename,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,' +
  'enrolment_status,admission_date,leaving_date';

const RIVERSIDE_PUPILS_CSV = `${PUPILS_HEADER}
F998000125001,Ada,2013-05-10,F,8,WBRI,N,N,N,N,N,N,C,2022-09-01,
V998000125002,Ben,2012-02-02,M,9,MWBC,K,Y,N,N,Y,N,M,2023-09-01,
J998000125003,Cara,2011-07-07,F,10,WBRI,N,Y,N,N,N,N,C,2021-09-01,
Y998000125004,Dev,2010-03-14,M,11,APKN,K,N,Y,N,N,N,C,2021-09-01,
M998000125005,Eli,2014-01-20,M,7,BAFR,N,Y,Y,N,N,N,C,2025-09-15,
B998000125006,Fay,2014-06-30,F,7,CHNE,E,N,Y,N,N,N,C,2025-09-01,
Q998000125007,Gus,2011-10-10,M,9,WBRI,K,Y,N,N,Y,Y,C,2023-09-01,
E998000125008,Hal,2010-11-11,M,10,WBRI,N,N,N,N,N,N,C,2021-09-01,
`;

const MEADOW_PUPILS_CSV = `${PUPILS_HEADER}
V998000125002,Ben,2012-02-02,M,9,MWBC,K,Y,N,N,Y,N,S,2024-09-02,
U998000125009,Hana,2021-03-20,F,R,WBRI,E,N,N,N,N,N,C,2025-09-08,
E998000125010,Ivy,2016-04-04,F,5,WIRT,E,Y,N,Y,N,N,C,2023-09-01,2025-09-12
U998000125011,Jay,2015-05-05,M,6,WBRI,E,N,N,N,N,N,C,2022-09-01,
`;

export const TWO_SCHOOLS_LA: GoldenLa = {
  schoolsCsv: SCHOOLS_CSV,
  exports: [
    {
      urn: RIVERSIDE.urn,
      exportDate: '2026-06-12',
      pupilsCsv: RIVERSIDE_PUPILS_CSV,
      registers: {
        // Y8, 12: 2 absent in 20 (I, O): exactly 10%, persistent.
        [UPN.ada]: [
          { dates: WEEK_1, grid: 'L /  | I /  | / /  | / /  | / /' },
          { dates: WEEK_2, grid: '/ /  | / /  | / /  | / O  | / /' },
        ],
        // Y9, 13, dual registered (main here): D while at Meadow; 1 U in 11 possible: 9.1%, just under.
        [UPN.ben]: [
          { dates: WEEK_1, grid: 'D D  | D D  | D /  | / /  | / /' },
          { dates: WEEK_2, grid: 'D D  | D D  | / /  | U /  | / /' },
        ],
        // Y10, 14: 4 I, 4 G, 2 N in 20: exactly 50%, severe.
        [UPN.cara]: [
          { dates: WEEK_1, grid: '/ /  | / /  | I I  | I I  | / /' },
          { dates: WEEK_2, grid: 'G G  | G G  | N N  | / /  | / /' },
        ],
        // Y11, 15: W and P count as attendance; the June week (sixth half term) is left out at 15.
        [UPN.dev]: [
          { dates: WEEK_1, grid: '/ /  | W W  | W W  | / /  | P P' },
          { dates: WEEK_2, grid: '/ /  | / /  | / /  | / /  | / /' },
          { dates: SIXTH_HALF_TERM_WEEK, grid: 'S S  | S S  | S S  | / /  | N N' },
        ],
        // Y7, 11, joins on 15 September: Z (not yet on roll) the week before.
        [UPN.eli]: [
          { dates: WEEK_1, grid: 'Z Z  | Z Z  | Z Z  | Z Z  | Z Z' },
          { dates: WEEK_2, grid: '/ /  | / /  | V V  | / /  | / /' },
        ],
        // Y7, 11: Q and Y2 are not possible; K and B attend; 1 M in 18 possible.
        [UPN.fay]: [
          { dates: WEEK_1, grid: '/ /  | Q /  | / /  | K K  | / /' },
          { dates: WEEK_2, grid: '/ /  | / Y2 | B B  | / M  | / /' },
        ],
        // Y9, 13: a part-time timetable (C2 every afternoon) in week 1, then 2 E: 7 in 20, persistent.
        [UPN.gus]: [
          { dates: WEEK_1, grid: '/ C2 | / C2 | / C2 | / C2 | / C2' },
          { dates: WEEK_2, grid: '/ /  | E E  | / /  | / /  | / /' },
        ],
        // Y10, 14: 1 R in 20: attendance exactly 95%.
        [UPN.hal]: [
          { dates: WEEK_1, grid: '/ /  | / /  | / /  | / /  | / /' },
          { dates: WEEK_2, grid: '/ /  | / /  | / /  | / /  | R /' },
        ],
      },
    },
    {
      urn: MEADOW.urn,
      exportDate: '2025-09-19',
      pupilsCsv: MEADOW_PUPILS_CSV,
      registers: {
        // Ben again (subsidiary here): D while at Riverside, # when Meadow is closed; 1 I in 9: persistent here.
        [UPN.ben]: [
          { dates: WEEK_1, grid: '/ /  | / I  | / D  | D D  | D D' },
          { dates: WEEK_2, grid: '/ /  | / /  | D D  | D D  | # #' },
        ],
        // Reception, 4: outside the statutory cohort; mornings only (X in the afternoons).
        [UPN.hana]: [
          { dates: WEEK_1, grid: '/ X  | / X  | / X  | / X  | / X' },
          { dates: WEEK_2, grid: '/ X  | I X  | / X  | / X  | # #' },
        ],
        // Y5, 9, looked after, leaves on 12 September: 1 R and 2 O in 10.
        [UPN.ivy]: [{ dates: WEEK_1, grid: '/ /  | R /  | O O  | / /  | / /' }],
        // Y6, 10: Y1 not possible; C, T and J1 authorised: 3 in 16 possible.
        [UPN.jay]: [
          { dates: WEEK_1, grid: '/ /  | Y1 Y1 | / /  | C /  | / /' },
          { dates: WEEK_2, grid: 'T /  | / /   | / J1 | / /  | # #' },
        ],
      },
    },
  ],
};
