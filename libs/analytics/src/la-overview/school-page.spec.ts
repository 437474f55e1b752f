import type { SchoolActions } from '../school-actions/school-actions.types.js';
import type { AttendanceMeasures, SchoolSummary } from './la-overview.types.js';
import {
  MAX_SCHOOL_PAGE,
  SCHOOL_SORTS,
  schoolPage,
  schoolSortUsesActions,
  type SchoolSort,
} from './school-page.js';

function school(urn: string, name: string, phase: string, attendanceRate: number | null): SchoolSummary {
  const measures = {
    attendanceRate,
    persistentAbsenceRate: null,
    severeAbsenceRate: null,
  } as AttendanceMeasures;
  return { urn, name, phase, type: 'Academy', lastMarkDate: null, measures };
}

const SCHOOLS = [
  school('100003', 'birch', 'Primary', 95.5),
  school('100001', 'Alder', 'Secondary', 91),
  school('100002', 'Birch', 'Primary', null),
  school('100004', 'Cedar', 'Primary', 91),
];

describe('schoolPage', () => {
  it('sorts by name without regard to case, URN breaking ties, and pages', () => {
    const page = schoolPage(SCHOOLS, { limit: 2, offset: 1 });
    expect(page.length).toBe(4);
    expect(page.schools.map((s) => s.urn)).toEqual(['100002', '100003']);
  });

  it('filters by phase and sorts by a figure, schools without it last in either direction', () => {
    const ascending = schoolPage(SCHOOLS, { phase: 'Primary', sort: 'attendance', limit: 10, offset: 0 });
    expect(ascending.schools.map((s) => s.urn)).toEqual(['100004', '100003', '100002']);
    const descending = schoolPage(SCHOOLS, {
      phase: 'Primary',
      sort: 'attendance',
      descending: true,
      limit: 10,
      offset: 0,
    });
    expect(descending.schools.map((s) => s.urn)).toEqual(['100003', '100004', '100002']);
    expect(schoolPage(SCHOOLS, { type: 'Community school', limit: 10, offset: 0 })).toEqual({
      length: 0,
      schools: [],
    });
  });

  it('refuses a page outside its bounds and an unknown sort', () => {
    expect(() => schoolPage(SCHOOLS, { sort: 'penaltyNoticePupils', limit: 5, offset: 0 })).toThrow(
      /"penaltyNoticePupils" needs the schools' actions/,
    );
    expect(() => schoolPage(SCHOOLS, { limit: 0, offset: 0 })).toThrow(RangeError);
    expect(() => schoolPage(SCHOOLS, { limit: MAX_SCHOOL_PAGE + 1, offset: 0 })).toThrow(RangeError);
    expect(() => schoolPage(SCHOOLS, { limit: 5, offset: -1 })).toThrow(RangeError);
    expect(() => schoolPage(SCHOOLS, { sort: 'size' as never, limit: 5, offset: 0 })).toThrow(/sort/);
  });
});

/** A school's flags: the 3-day CME count listed after the 6-day one (in another order), so it is found by milestone. */
function actions(
  urn: string,
  fourWeekChange: number | null,
  penaltyNoticePupils: number,
  cme3: number,
  cme6: number,
): SchoolActions {
  return {
    urn,
    latestFourWeeksAttendanceRate: null,
    previousFourWeeksAttendanceRate: null,
    fourWeekChange,
    penaltyNoticePupils,
    cmeMilestones: [
      { milestone: 6, children: cme6 },
      { milestone: 3, children: cme3 },
    ],
    lastMarkDate: null,
    registerDatesBehind: 0,
  };
}

describe("schoolPage by the schools' actions", () => {
  const schools = [
    school('100005', 'Elm', 'Primary', 90),
    school('100003', 'birch', 'Primary', 95.5),
    school('100001', 'Alder', 'Secondary', 91),
    school('100002', 'Birch', 'Primary', null),
    school('100004', 'Cedar', 'Primary', 91),
  ];
  // Elm has no row (a school the flags do not cover): no figure for any flag.
  const byUrn = new Map(
    [
      actions('100003', -1.5, 4, 2, 2),
      actions('100001', null, 0, 7, 0),
      actions('100002', 2.25, 4, 0, 0),
      actions('100004', -1.5, 9, 2, 1),
    ].map((row) => [row.urn, row]),
  );
  const urns = (sort: SchoolSort, descending: boolean, offset = 0, limit = 10) =>
    schoolPage(schools, { sort, descending, limit, offset, actions: byUrn }).schools.map((s) => s.urn);

  it.each([
    // Ties (-1.5; 4 pupils; 2 children) by name without regard to case (Birch and birch: then URN), in either
    // direction; missing figures (a null change, no row) last in either direction, by name.
    {
      sort: 'fourWeekChange',
      ascending: ['100003', '100004', '100002', '100001', '100005'],
      descending: ['100002', '100003', '100004', '100001', '100005'],
    },
    {
      sort: 'penaltyNoticePupils',
      ascending: ['100001', '100002', '100003', '100004', '100005'],
      descending: ['100004', '100002', '100003', '100001', '100005'],
    },
    {
      sort: 'cmeChildren',
      ascending: ['100002', '100003', '100004', '100001', '100005'],
      descending: ['100001', '100003', '100004', '100002', '100005'],
    },
  ] as const)(
    'sorts by $sort both ways, schools without the figure last',
    ({ sort, ascending, descending }) => {
      expect(urns(sort, false)).toEqual(ascending);
      expect(urns(sort, true)).toEqual(descending);
    },
  );

  it('pages a sort by a flag without overlap and filters before sorting', () => {
    const pages = [0, 2, 4].flatMap((offset) => urns('penaltyNoticePupils', true, offset, 2));
    expect(pages).toEqual(urns('penaltyNoticePupils', true));
    const primaries = schoolPage(schools, {
      phase: 'Primary',
      sort: 'cmeChildren',
      descending: true,
      limit: 10,
      offset: 0,
      actions: byUrn,
    });
    expect(primaries.length).toBe(4);
    expect(primaries.schools.map((s) => s.urn)).toEqual(['100003', '100004', '100002', '100005']);
  });

  it('says which sorts need the actions, so they are fetched only then', () => {
    expect(Object.keys(SCHOOL_SORTS).filter((sort) => schoolSortUsesActions(sort as SchoolSort))).toEqual([
      'fourWeekChange',
      'penaltyNoticePupils',
      'cmeChildren',
    ]);
    expect(schoolSortUsesActions(undefined)).toBe(false);
    // The other sorts ignore actions given to them.
    expect(urns('attendance', false)).toEqual(
      schoolPage(schools, { sort: 'attendance', limit: 10, offset: 0 }).schools.map((s) => s.urn),
    );
  });
});
