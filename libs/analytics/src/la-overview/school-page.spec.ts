import type { AttendanceMeasures, SchoolSummary } from './la-overview.types.js';
import { MAX_SCHOOL_PAGE, schoolPage } from './school-page.js';

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
    expect(() => schoolPage(SCHOOLS, { limit: 0, offset: 0 })).toThrow(RangeError);
    expect(() => schoolPage(SCHOOLS, { limit: MAX_SCHOOL_PAGE + 1, offset: 0 })).toThrow(RangeError);
    expect(() => schoolPage(SCHOOLS, { limit: 5, offset: -1 })).toThrow(RangeError);
    expect(() => schoolPage(SCHOOLS, { sort: 'size' as never, limit: 5, offset: 0 })).toThrow(/sort/);
  });
});
