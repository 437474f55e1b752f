import { intakeDistance, similarSchools, type SchoolIntake } from './similar-schools.js';

const school = (urn: string, phase: string, fsmPercent: number, senPercent: number, enrolments = 100) =>
  ({ urn, phase, enrolments, fsmPercent, senPercent }) satisfies SchoolIntake;

describe(intakeDistance.name, () => {
  it('is the straight-line distance in percentage points', () => {
    expect(intakeDistance(school('1', 'Primary', 22, 14), school('2', 'Primary', 25, 10))).toBe(5);
  });
});

describe(similarSchools.name, () => {
  const target = school('100', 'Primary', 20, 10);
  const candidates = [
    target,
    school('101', 'Primary', 21, 10), // 1
    school('102', 'Secondary', 20, 10), // other phase
    school('103', 'Primary', 30, 10), // 10
    school('104', 'Primary', 20, 13), // 3
    school('105', 'Primary', 17, 10), // 3, ties with 104: URN order
    school('106', 'Primary', 20, 10, 0), // no enrolments
  ];

  it('keeps the nearest schools of the same phase, nearest first, ties by URN', () => {
    expect(similarSchools(target, candidates, 3).map(({ school: s, distance }) => [s.urn, distance])).toEqual(
      [
        ['101', 1],
        ['104', 3],
        ['105', 3],
      ],
    );
  });

  it('never returns the school itself, another phase or an empty school', () => {
    const urns = similarSchools(target, candidates, 10).map(({ school: s }) => s.urn);
    expect(urns).toEqual(['101', '104', '105', '103']);
  });

  it('refuses a count below one', () => {
    expect(() => similarSchools(target, candidates, 0)).toThrow(/from 1, got 0/);
  });
});
