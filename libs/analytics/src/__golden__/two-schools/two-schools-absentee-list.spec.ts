import { ANY_PUPIL_ID, approx } from '../__fixtures__/golden-expect.js';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { PupilLevelAccessError } from '../../pupil-lists/pupil-list-request.js';
import { queryAbsenteeList } from '../../pupil-lists/query-absentee-list.js';
import { MEADOW, RIVERSIDE, TWO_SCHOOLS_LA, UPN } from './__fixtures__/two-schools-la.js';

// The persistent absentees of the "two schools" LA in 2025/26 to date, counted by hand (README.md). Ties on
// the sort key are broken by URN, then UPN (whose first character is the check letter).

const RIVERSIDE_SCHOOL = { urn: RIVERSIDE.urn, schoolName: RIVERSIDE.name };
const MEADOW_SCHOOL = { urn: MEADOW.urn, schoolName: MEADOW.name };

const CARA = {
  ...RIVERSIDE_SCHOOL,
  upn: UPN.cara,
  pupilId: ANY_PUPIL_ID,
  yearGroup: '10',
  possibleSessions: 20,
  attendedSessions: 10,
  authorisedSessions: 4, // I
  unauthorisedSessions: 6, // 4 G, 2 N
  attendanceRate: approx(50), // 10 / 20
  severe: true,
};
const GUS = {
  ...RIVERSIDE_SCHOOL,
  upn: UPN.gus,
  pupilId: ANY_PUPIL_ID,
  yearGroup: '9',
  possibleSessions: 20,
  attendedSessions: 13,
  authorisedSessions: 7, // 5 C2, 2 E
  unauthorisedSessions: 0,
  attendanceRate: approx(65), // 13 / 20
  severe: false,
};
const IVY = {
  ...MEADOW_SCHOOL,
  upn: UPN.ivy,
  pupilId: ANY_PUPIL_ID,
  yearGroup: '5',
  possibleSessions: 10,
  attendedSessions: 7,
  authorisedSessions: 1, // R
  unauthorisedSessions: 2, // O
  attendanceRate: approx(70), // 7 / 10
  severe: false,
};
const JAY = {
  ...MEADOW_SCHOOL,
  upn: UPN.jay,
  pupilId: ANY_PUPIL_ID,
  yearGroup: '6',
  possibleSessions: 16, // 20 less 2 Y1 and 2 #
  attendedSessions: 13,
  authorisedSessions: 3, // C, T, J1
  unauthorisedSessions: 0,
  attendanceRate: approx(81.25), // 13 / 16
  severe: false,
};
const BEN_AT_MEADOW = {
  ...MEADOW_SCHOOL,
  upn: UPN.ben,
  pupilId: ANY_PUPIL_ID,
  yearGroup: '9',
  possibleSessions: 9, // 20 less 9 D and 2 #
  attendedSessions: 8,
  authorisedSessions: 1, // I
  unauthorisedSessions: 0,
  attendanceRate: approx(88.888889), // 8 / 9
  severe: false,
};
const ADA = {
  ...RIVERSIDE_SCHOOL,
  upn: UPN.ada,
  pupilId: ANY_PUPIL_ID,
  yearGroup: '8',
  possibleSessions: 20,
  attendedSessions: 18,
  authorisedSessions: 1, // I
  unauthorisedSessions: 1, // O
  attendanceRate: approx(90), // 18 / 20: exactly 10% absence
  severe: false,
};

describe('golden LA "two schools": absentee lists', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(TWO_SCHOOLS_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  it('lists the six persistent absentees, lowest attendance first; Ben only where he is one', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'persistent' });
    expect(list).toMatchObject({ academicYear: 2025, start: '2025-08-01', end: '2026-06-12', length: 6 });
    // Not Ben at Riverside (1/11, 9.1%), Fay (1/18), Hal (1/20), Dev, Eli; not Hana (outside the cohort)
    expect(list.pupils).toEqual([CARA, GUS, IVY, JAY, BEN_AT_MEADOW, ADA]);
  });

  it('lists Cara alone as severely absent', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'severe' });
    expect(list.length).toBe(1);
    expect(list.pupils).toEqual([CARA]);
  });

  it('sorts by unauthorised absence, then school and UPN', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'persistent', sort: 'unauthorised' });
    // Cara 6, Ivy 2, Ada 1; then 0: Gus (990001), then Jay (U...011) before Ben (V...002) at 990002
    expect(list.pupils.map((pupil) => pupil.upn)).toEqual([
      UPN.cara,
      UPN.ivy,
      UPN.ada,
      UPN.gus,
      UPN.jay,
      UPN.ben,
    ]);
  });

  it('sorts by school, then UPN', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'persistent', sort: 'school' });
    // 990001: F (Ada), J (Cara), Q (Gus); 990002: E (Ivy), U (Jay), V (Ben)
    expect(list.pupils.map((pupil) => pupil.upn)).toEqual([
      UPN.ada,
      UPN.cara,
      UPN.gus,
      UPN.ivy,
      UPN.jay,
      UPN.ben,
    ]);
  });

  it('sorts by year group, Year 5 before Year 10', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'persistent', sort: 'yearGroup' });
    // 5 Ivy, 6 Jay, 8 Ada, 9 Gus (990001) and Ben (990002), 10 Cara
    expect(list.pupils.map((pupil) => pupil.upn)).toEqual([
      UPN.ivy,
      UPN.jay,
      UPN.ada,
      UPN.gus,
      UPN.ben,
      UPN.cara,
    ]);
  });

  it('pages through the list with its full length', async () => {
    const page = await queryAbsenteeList(la.store, { list: 'persistent', limit: 2, offset: 2 });
    expect(page.length).toBe(6);
    expect(page.pupils).toEqual([IVY, JAY]);
  });

  it('lists only the scope schools, and nobody to a scope without pupil-level access', async () => {
    const meadowOnly = await queryAbsenteeList(la.store, {
      list: 'persistent',
      scope: { schools: [MEADOW.urn], pupilLevel: true },
    });
    expect(meadowOnly.pupils).toEqual([IVY, JAY, BEN_AT_MEADOW]);
    await expect(
      queryAbsenteeList(la.store, { list: 'persistent', scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
  });

  it('lists the outside cohort apart: Dev in June (severe) and Hana', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'persistent', cohort: 'outside-statutory' });
    expect(list.pupils).toEqual([
      {
        ...RIVERSIDE_SCHOOL,
        upn: UPN.dev,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '11',
        possibleSessions: 10,
        attendedSessions: 2,
        authorisedSessions: 6, // S
        unauthorisedSessions: 2, // N
        attendanceRate: approx(20), // 2 / 10
        severe: true,
      },
      {
        ...MEADOW_SCHOOL,
        upn: UPN.hana,
        pupilId: ANY_PUPIL_ID,
        yearGroup: 'R',
        possibleSessions: 9, // mornings, less the # of Friday 19 September
        attendedSessions: 8,
        authorisedSessions: 1, // I
        unauthorisedSessions: 0,
        attendanceRate: approx(88.888889), // 8 / 9
        severe: false,
      },
    ]);
  });
});
