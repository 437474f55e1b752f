import { isPersistentlyAbsent } from '../measures/persistent-absence.js';
import { emptySessionCounts } from '../measures/session-counts.js';
import {
  EARLY_WARNING_MODEL,
  expectedAttendanceFraction,
  FIRST_EARLY_WARNING_MODEL,
  flagFromProjectedAbsence,
  projectEndOfYear,
  schoolAttendancePermille,
  type EarlyWarningModel,
  type WeeklySessions,
} from './early-warning-model.js';

const week = (weekStart: string, possible: number, attended: number): WeeklySessions => ({
  weekStart,
  possible,
  attended,
});

const model = (parts: Partial<EarlyWarningModel>): EarlyWarningModel => ({
  recentWeightQuarters: 0,
  schoolWeightTenths: 0,
  flagMarginTenths: 0,
  recentAbsenceFlagPercent: null,
  ...parts,
});

/** 60 sessions before the recent weeks and 40 in them (from 5 January). */
const fallingPupil = {
  weeks: [week('2025-11-03', 60, 60), week('2026-01-05', 40, 34)],
  recentFrom: '2026-01-05',
  remainingPossibleSessions: 200,
  schoolAttendancePermille: 950,
};

describe(projectEndOfYear.name, () => {
  it("projects the shipped model: the pupil's own rate pulled a tenth toward the school's", () => {
    // Year to date 92/100, school 95.0%: the rest expected at 0.9 x 92 + 0.1 x 95 = 92.3%, so the year at
    // (92 + 0.923 x 200) / 300 = 92.2%, an absence of 7.8%. Two thirds of the year to come: flagged from
    // 10 - 6 x 2/3 = 6%, so flagged, though 8% so far is not yet persistent.
    expect(EARLY_WARNING_MODEL).toEqual({
      recentWeightQuarters: 0,
      schoolWeightTenths: 1,
      flagMarginTenths: 60,
      recentAbsenceFlagPercent: null,
    });
    const projection = projectEndOfYear({
      weeks: [week('2025-11-03', 60, 58), week('2026-01-05', 40, 34)],
      recentFrom: '2026-01-05',
      remainingPossibleSessions: 200,
      schoolAttendancePermille: 950,
    });
    expect(projection).toMatchObject({
      possibleSessions: 100,
      attendedSessions: 92,
      attendanceRate: 92,
      recentPossibleSessions: 40,
      recentAttendedSessions: 34,
      recentAttendanceRate: 85,
      schoolAttendanceRate: 95,
      remainingPossibleSessions: 200,
      flagFromProjectedAbsencePercent: 6,
      alreadyPersistent: false,
      likelyPersistent: true,
    });
    expect(projection?.expectedAttendanceRate).toBeCloseTo(92.3, 12);
    expect(projection?.projectedAttendanceRate).toBeCloseTo(92.2, 12);
  });

  it('flags from exactly the line, in whole numbers, a line that rises to the threshold as the year ends', () => {
    // Year to date 93/100 and a school at 93.0%: the year is projected at exactly 93%, an absence of 7%. With
    // 100 sessions to come (half the year) the line is 10 - 6 x 1/2 = 7%.
    const pupil = (remainingPossibleSessions: number, schoolAttendancePermille = 930) =>
      projectEndOfYear({
        weeks: [week('2026-01-05', 100, 93)],
        recentFrom: '2026-01-05',
        remainingPossibleSessions,
        schoolAttendancePermille,
      });
    expect(pupil(100)).toMatchObject({
      projectedAttendanceRate: 93,
      flagFromProjectedAbsencePercent: 7,
      likelyPersistent: true,
    });
    expect(pupil(100, 931)?.likelyPersistent).toBe(false);
    expect(pupil(99)?.likelyPersistent).toBe(false);
    expect(pupil(101)?.likelyPersistent).toBe(true);
    // At the end of the year nothing is to come: the line is the threshold itself.
    expect(pupil(0)).toMatchObject({ flagFromProjectedAbsencePercent: 10, likelyPersistent: false });
  });

  it('reproduces the model as first shipped: the recent change carried on once more, flagged at 10%', () => {
    // Year to date 94/100, recent 34/40 = 85%: the rest expected at 85 - (94 - 85) = 76%, so the year at
    // (94 + 0.76 x 200) / 300 = 82%.
    expect(projectEndOfYear(fallingPupil, FIRST_EARLY_WARNING_MODEL)).toEqual({
      possibleSessions: 100,
      attendedSessions: 94,
      attendanceRate: 94,
      recentPossibleSessions: 40,
      recentAttendedSessions: 34,
      recentAttendanceRate: 85,
      schoolAttendanceRate: 95,
      expectedAttendanceRate: 76,
      remainingPossibleSessions: 200,
      projectedAttendanceRate: 82,
      flagFromProjectedAbsencePercent: 10,
      alreadyPersistent: false,
      likelyPersistent: true,
    });
  });

  it('moves the rest of the year toward the recent rate by quarters and toward the school by tenths', () => {
    const expectedRate = (parts: Partial<EarlyWarningModel>) =>
      projectEndOfYear(fallingPupil, model(parts))?.expectedAttendanceRate;
    expect(expectedRate({})).toBe(94);
    expect(expectedRate({ recentWeightQuarters: 2 })).toBe(89.5);
    expect(expectedRate({ recentWeightQuarters: 4 })).toBe(85);
    expect(expectedRate({ recentWeightQuarters: 6 })).toBe(80.5);
    expect(expectedRate({ schoolWeightTenths: 10 })).toBe(95);
    expect(expectedRate({ recentWeightQuarters: 4, schoolWeightTenths: 5 })).toBe(90);
  });

  it('flags on the recent weeks too when the model says so', () => {
    // Year to date 94%, recent 85%: absence of 15% in the recent weeks.
    const withRecentFlag = (recentAbsenceFlagPercent: number | null) =>
      projectEndOfYear(fallingPupil, model({ recentAbsenceFlagPercent }))?.likelyPersistent;
    expect(withRecentFlag(null)).toBe(false);
    expect(withRecentFlag(15)).toBe(true);
    expect(withRecentFlag(16)).toBe(false);
  });

  it('calls a pupil at the threshold already persistently absent, as the domain does, and never also likely', () => {
    const projection = projectEndOfYear({
      weeks: [week('2026-01-05', 10, 9), week('2026-01-12', 10, 9)],
      recentFrom: '2026-01-12',
      remainingPossibleSessions: 100,
      schoolAttendancePermille: 800,
    });
    const counts = { ...emptySessionCounts(), possible: 20, present: 18, authorised: 2 };
    expect(isPersistentlyAbsent(counts)).toBe(true);
    expect(projection).toMatchObject({ alreadyPersistent: true, likelyPersistent: false });
  });

  it('keeps the rate carried on from the recent weeks between 0% and 100%', () => {
    const collapsing = projectEndOfYear(
      {
        weeks: [week('2026-01-05', 90, 90), week('2026-01-12', 10, 1)],
        recentFrom: '2026-01-12',
        remainingPossibleSessions: 50,
        schoolAttendancePermille: 900,
      },
      FIRST_EARLY_WARNING_MODEL,
    );
    expect(collapsing).toMatchObject({
      expectedAttendanceRate: 0,
      projectedAttendanceRate: (100 * 91) / 150,
    });
    const recovering = projectEndOfYear(
      {
        weeks: [week('2026-01-05', 10, 0), week('2026-01-12', 10, 10)],
        recentFrom: '2026-01-12',
        remainingPossibleSessions: 20,
        schoolAttendancePermille: 900,
      },
      FIRST_EARLY_WARNING_MODEL,
    );
    expect(recovering).toMatchObject({ expectedAttendanceRate: 100, projectedAttendanceRate: 75 });
  });

  it('falls back on the year to date without recent sessions, and sums a week given in parts', () => {
    const recentOnly = model({ recentWeightQuarters: 4 });
    const projection = projectEndOfYear(
      {
        weeks: [week('2025-11-03', 6, 5), week('2025-11-03', 4, 4), week('2025-11-10', 0, 0)],
        recentFrom: '2025-11-10',
        remainingPossibleSessions: 30,
        schoolAttendancePermille: 500,
      },
      recentOnly,
    );
    expect(projection).toMatchObject({
      possibleSessions: 10,
      attendedSessions: 9,
      recentPossibleSessions: 0,
      recentAttendanceRate: null,
      expectedAttendanceRate: 90,
      projectedAttendanceRate: 90,
    });
    const beforeAnySchoolWeek = projectEndOfYear(
      {
        weeks: [week('2025-11-03', 10, 5)],
        recentFrom: null,
        remainingPossibleSessions: 10,
        schoolAttendancePermille: 500,
      },
      recentOnly,
    );
    expect(beforeAnySchoolWeek).toMatchObject({ recentPossibleSessions: 0, expectedAttendanceRate: 50 });
  });

  it('is the year to date when nothing remains, and null without any possible session', () => {
    expect(
      projectEndOfYear({
        weeks: [week('2026-07-13', 10, 8), week('2026-07-20', 6, 0)],
        recentFrom: '2026-07-13',
        remainingPossibleSessions: 0,
        schoolAttendancePermille: 950,
      }),
    ).toMatchObject({ attendanceRate: 50, projectedAttendanceRate: 50, alreadyPersistent: true });
    expect(
      projectEndOfYear({
        weeks: [week('2026-07-20', 0, 0)],
        recentFrom: null,
        remainingPossibleSessions: 9,
        schoolAttendancePermille: 950,
      }),
    ).toBeNull();
  });

  it('refuses counts that are not sessions, a school rate that is not one, and a model outside the family', () => {
    const input = {
      weeks: [week('2026-01-05', 10, 9)],
      recentFrom: null,
      remainingPossibleSessions: 5,
      schoolAttendancePermille: 900,
    };
    expect(() => projectEndOfYear({ ...input, remainingPossibleSessions: -1 })).toThrow(
      /remainingPossibleSessions must be a whole number of sessions, 0 or more, got -1/,
    );
    expect(() => projectEndOfYear({ ...input, weeks: [week('2026-01-05', 2.5, 1)] })).toThrow(
      /possible in the week of 2026-01-05/,
    );
    expect(() => projectEndOfYear({ ...input, weeks: [week('2026-01-05', 4, 5)] })).toThrow(
      /attended in the week of 2026-01-05 must not exceed possible \(4\), got 5/,
    );
    expect(() => projectEndOfYear({ ...input, schoolAttendancePermille: 1001 })).toThrow(
      /schoolAttendancePermille must be a whole number from 0 to 1000, got 1001/,
    );
    expect(() => projectEndOfYear(input, model({ recentWeightQuarters: 9 }))).toThrow(
      /recentWeightQuarters must be a whole number from 0 to 8, got 9/,
    );
    expect(() => projectEndOfYear(input, model({ schoolWeightTenths: 0.5 }))).toThrow(/schoolWeightTenths/);
    expect(() => projectEndOfYear(input, model({ flagMarginTenths: 101 }))).toThrow(/flagMarginTenths/);
    expect(() => projectEndOfYear(input, model({ recentAbsenceFlagPercent: 0 }))).toThrow(
      /recentAbsenceFlagPercent must be a whole number from 1 to 100, got 0/,
    );
    expect(() =>
      projectEndOfYear({
        ...input,
        weeks: [week('2026-01-05', 1_000_000, 9)],
        recentFrom: '2026-01-05',
      }),
    ).toThrow(/1000000 sessions so far and 5 to come are too many to compare exactly/);
  });

  it('places the projection between the year so far and the expected rate, and flags as the model says', () => {
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % below;
    };
    for (let run = 0; run < 500; run += 1) {
      const weeks = Array.from({ length: 1 + next(20) }, (_, index) => {
        const possible = next(15);
        return week(`2025-09-${String(1 + index).padStart(2, '0')}`, possible, next(possible + 1));
      });
      const recentFrom = weeks[next(weeks.length)]?.weekStart ?? null;
      const remainingPossibleSessions = next(300);
      const randomModel = model({
        recentWeightQuarters: next(9),
        schoolWeightTenths: next(11),
        flagMarginTenths: next(60),
        recentAbsenceFlagPercent: next(2) === 0 ? null : 1 + next(60),
      });
      const projection = projectEndOfYear(
        { weeks, recentFrom, remainingPossibleSessions, schoolAttendancePermille: next(1001) },
        randomModel,
      );
      if (projection === null) continue;
      const low = Math.min(projection.attendanceRate, projection.expectedAttendanceRate);
      const high = Math.max(projection.attendanceRate, projection.expectedAttendanceRate);
      expect(projection.projectedAttendanceRate).toBeGreaterThanOrEqual(low - 1e-9);
      expect(projection.projectedAttendanceRate).toBeLessThanOrEqual(high + 1e-9);
      const { possibleSessions: p, remainingPossibleSessions: r } = projection;
      const blended = (p * projection.attendanceRate + r * projection.expectedAttendanceRate) / (p + r);
      expect(projection.projectedAttendanceRate).toBeCloseTo(blended, 9);
      const recentAbsence =
        projection.recentAttendanceRate === null ? 0 : 100 - projection.recentAttendanceRate;
      const recentFlag =
        randomModel.recentAbsenceFlagPercent !== null &&
        projection.recentAttendanceRate !== null &&
        recentAbsence >= randomModel.recentAbsenceFlagPercent;
      const projectedAbsence = 100 - blended;
      const cutOff = 10 - (randomModel.flagMarginTenths / 10) * (r / (p + r));
      expect(projection.flagFromProjectedAbsencePercent).toBeCloseTo(cutOff, 9);
      const nearAnEdge =
        Math.abs(projectedAbsence - cutOff) < 1e-6 ||
        (randomModel.recentAbsenceFlagPercent !== null &&
          Math.abs(recentAbsence - randomModel.recentAbsenceFlagPercent) < 1e-6);
      if (!nearAnEdge) {
        expect(projection.likelyPersistent).toBe(
          !projection.alreadyPersistent && (projectedAbsence >= cutOff || recentFlag),
        );
      }
    }
  });
});

describe(expectedAttendanceFraction.name, () => {
  it('keeps numerator and denominator whole', () => {
    expect(
      expectedAttendanceFraction(
        { possible: 100, attended: 94 },
        { possible: 40, attended: 34 },
        950,
        FIRST_EARLY_WARNING_MODEL,
      ),
    ).toEqual({ numerator: 12_160 * 10_000, denominator: 16_000 * 10_000 });
    expect(
      expectedAttendanceFraction({ possible: 100, attended: 94 }, { possible: 0, attended: 0 }, 950),
    ).toEqual({ numerator: 9 * 94 * 1000 + 950 * 100, denominator: 100 * 10_000 });
  });
});

describe(flagFromProjectedAbsence.name, () => {
  it('takes the margin off the threshold in step with the share of the year still to come', () => {
    const line = (possible: number, remaining: number) =>
      flagFromProjectedAbsence({ possible, remaining }, model({ flagMarginTenths: 60 }));
    expect(line(100, 200)).toEqual({ numerator: 30_000 - 12_000, denominator: 3000 });
    expect(line(300, 0)).toEqual({ numerator: 30_000, denominator: 3000 });
    expect(flagFromProjectedAbsence({ possible: 100, remaining: 200 }, FIRST_EARLY_WARNING_MODEL)).toEqual({
      numerator: 30_000,
      denominator: 3000,
    });
  });
});

describe(schoolAttendancePermille.name, () => {
  it('rounds the school rate to a tenth of a percent, half up, and has none without sessions', () => {
    expect(schoolAttendancePermille({ possible: 3, attended: 1 })).toBe(333);
    expect(schoolAttendancePermille({ possible: 3, attended: 2 })).toBe(667);
    expect(schoolAttendancePermille({ possible: 2000, attended: 1 })).toBe(1);
    expect(schoolAttendancePermille({ possible: 2000, attended: 2000 })).toBe(1000);
    expect(schoolAttendancePermille({ possible: 0, attended: 0 })).toBeNull();
    expect(() => schoolAttendancePermille({ possible: -1, attended: 0 })).toThrow(/possible must be/);
  });
});
