import { PERSISTENT_ABSENCE_THRESHOLD_PERCENT } from '../measures/persistent-absence.js';
import type { IsoDate } from '../register-codes/register-code.types.js';

// Early warning: where a pupil's attendance is heading by the end of the academic year, and whether to put the
// pupil in front of an EWS officer before the year so far reaches the DfE threshold. The model is one member of
// a small family, each told in two sentences:
// - projection: "the rest of the year is expected at the pupil's year-to-date rate, moved a share of the way
//   toward the recent rate (the last RECENT_SCHOOL_WEEKS school weeks), and a share of the way toward the
//   school's rate so far"; the projected year is the sessions so far plus the remaining ones at that rate;
// - flag: "not persistently absent yet, and the projected year's absence is within a margin of the threshold,
//   a margin that shrinks with the share of the pupil's year still to come (or, optionally, the recent weeks'
//   absence is at least a given percent)". The margin shrinks because the flag must be able to come true: in
//   the last week of the year a pupil at 8% cannot end it at 10%, but in December such a pupil often does.
// EARLY_WARNING_MODEL is the member chosen on one synthetic LA (seed 1) by bench/early-warning-evaluation.mjs
// (EVAL_MODE=tune prints the whole grid): the projection by its mean absolute error, then the flag by its F1.
// The same script measures the choice on other seeds against naive rules (figures and why: libs/analytics/
// README.md, "Early warning"). On that data the recent rate carried no signal the year to date did not, so the
// chosen member gives it no weight: the projection is the year continuing at the pupil's own rate pulled a
// tenth of the way toward the school's.
//
// Every comparison is made on whole numbers (the weights are whole quarters and tenths, the school's rate is
// whole tenths of a percent, the expected rate is kept as numerator and denominator), so the flag is exact and
// the SQL that computes it for every pupil agrees with this definition on every row; the rates returned are
// one division of two whole numbers.

/** School weeks (Monday to Sunday, at least one school day) whose attendance makes the recent rate. */
export const RECENT_SCHOOL_WEEKS = 10;

/** One member of the early-warning family; every part is a whole number, so the arithmetic stays exact. */
export interface EarlyWarningModel {
  /**
   * How far the rest of the year moves from the year-to-date rate toward the recent rate, in quarters (0 to
   * 8): 0 = the year-to-date rate, 4 = the recent rate, 8 = the recent change carried on as much again.
   */
  recentWeightQuarters: number;
  /** The school's year-to-date rate's share of the rest of the year, in tenths (0 to 10). */
  schoolWeightTenths: number;
  /**
   * Flag from a projected absence of the PA threshold less this many tenths of a percentage point times the
   * share of the pupil's year still to come (0 to 100): the whole margin at the start of the year, none at the
   * end (see flagFromProjectedAbsence).
   */
  flagMarginTenths: number;
  /** Flag too when the recent weeks' absence is at least this whole percent (1 to 100); null: not used. */
  recentAbsenceFlagPercent: number | null;
}

/** The shipped member (chosen on seed 1; see the comment above). */
export const EARLY_WARNING_MODEL: EarlyWarningModel = Object.freeze({
  recentWeightQuarters: 0,
  schoolWeightTenths: 1,
  flagMarginTenths: 60,
  recentAbsenceFlagPercent: null,
});

/** The model as first shipped: the recent change carried on once more, flagged at the threshold itself. */
export const FIRST_EARLY_WARNING_MODEL: EarlyWarningModel = Object.freeze({
  recentWeightQuarters: 8,
  schoolWeightTenths: 0,
  flagMarginTenths: 0,
  recentAbsenceFlagPercent: null,
});

/** Throws RangeError naming the part of `model` that is not a whole number in its range. */
export function assertEarlyWarningModel(model: EarlyWarningModel): void {
  const inRange = (value: number, field: string, low: number, high: number) => {
    if (!Number.isSafeInteger(value) || value < low || value > high) {
      throw new RangeError(`${field} must be a whole number from ${low} to ${high}, got ${value}`);
    }
  };
  inRange(model.recentWeightQuarters, 'recentWeightQuarters', 0, 8);
  inRange(model.schoolWeightTenths, 'schoolWeightTenths', 0, 10);
  inRange(model.flagMarginTenths, 'flagMarginTenths', 0, PERSISTENT_ABSENCE_THRESHOLD_PERCENT * 10);
  if (model.recentAbsenceFlagPercent !== null) {
    inRange(model.recentAbsenceFlagPercent, 'recentAbsenceFlagPercent', 1, 100);
  }
}

/**
 * The projected absence from which a pupil not yet persistently absent is flagged, as a fraction of whole
 * numbers of percent: the threshold less the margin times the share of the year still to come,
 * (10 x threshold x (possible + remaining) - marginTenths x remaining) / (10 x (possible + remaining)).
 */
export function flagFromProjectedAbsence(
  sessions: { possible: number; remaining: number },
  model: EarlyWarningModel = EARLY_WARNING_MODEL,
): { numerator: number; denominator: number } {
  const year = sessions.possible + sessions.remaining;
  return {
    numerator: PERSISTENT_ABSENCE_THRESHOLD_PERCENT * 10 * year - model.flagMarginTenths * sessions.remaining,
    denominator: 10 * year,
  };
}

/** One week of an enrolment's sessions (the week's Monday); a week may appear more than once (it is summed). */
export interface WeeklySessions {
  weekStart: IsoDate;
  possible: number;
  /** Present or at an approved educational activity. */
  attended: number;
}

export interface EarlyWarningInput {
  /** The enrolment's weeks from the start of the academic year to the as-of date. */
  weeks: readonly WeeklySessions[];
  /** Weeks from this Monday on make the recent rate (recentWeeksFrom); null: none yet. */
  recentFrom: IsoDate | null;
  /** Sessions the pupil can still be expected at after the as-of date (remainingPossibleSessions). */
  remainingPossibleSessions: number;
  /** The school's statutory-cohort attendance so far in tenths of a percent (schoolAttendancePermille). */
  schoolAttendancePermille: number;
}

export interface EndOfYearProjection {
  possibleSessions: number;
  attendedSessions: number;
  /** Year to date, percent. */
  attendanceRate: number;
  recentPossibleSessions: number;
  recentAttendedSessions: number;
  /** Over the recent school weeks, percent; null when the pupil had no possible session in them. */
  recentAttendanceRate: number | null;
  /** The school's statutory-cohort attendance so far, percent, to a tenth. */
  schoolAttendanceRate: number;
  /** The rate the remaining sessions are expected at, percent (0 to 100). */
  expectedAttendanceRate: number;
  remainingPossibleSessions: number;
  /** The whole year: sessions so far plus the remaining sessions at the expected rate, percent. */
  projectedAttendanceRate: number;
  /** The projected absence, percent, from which this pupil is flagged (flagFromProjectedAbsence). */
  flagFromProjectedAbsencePercent: number;
  /** Persistently absent over the year so far (DfE threshold). */
  alreadyPersistent: boolean;
  /** Not persistently absent yet, but flagged by the model: the early warning. */
  likelyPersistent: boolean;
}

function assertCount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a whole number of sessions, 0 or more, got ${value}`);
  }
}

/** `numerator / denominator` as a percentage, with a single rounding. */
function percent(numerator: number, denominator: number): number {
  return (numerator * 100) / denominator;
}

/**
 * A school's attendance so far in whole tenths of a percent, rounded half up, from its statutory-cohort
 * sessions; null without a possible session. Whole tenths keep the projection's arithmetic small enough to be
 * exact.
 */
export function schoolAttendancePermille(totals: { possible: number; attended: number }): number | null {
  assertCount(totals.possible, 'possible');
  assertCount(totals.attended, 'attended');
  if (totals.possible === 0) return null;
  const scaled = 2000 * totals.attended + totals.possible;
  const divisor = 2 * totals.possible;
  return (scaled - (scaled % divisor)) / divisor;
}

/**
 * The expected attendance of the remaining sessions as a fraction of whole numbers: the year-to-date rate moved
 * recentWeightQuarters / 4 of the way to the recent rate (held between 0 and 1; the year-to-date rate when
 * there was no possible session recently), then schoolWeightTenths / 10 of the way to the school's rate.
 */
export function expectedAttendanceFraction(
  yearToDate: { possible: number; attended: number },
  recent: { possible: number; attended: number },
  schoolPermille: number,
  model: EarlyWarningModel = EARLY_WARNING_MODEL,
): { numerator: number; denominator: number } {
  const own =
    recent.possible === 0
      ? { numerator: yearToDate.attended, denominator: yearToDate.possible }
      : {
          numerator: Math.min(
            4 * yearToDate.possible * recent.possible,
            Math.max(
              0,
              (4 - model.recentWeightQuarters) * yearToDate.attended * recent.possible +
                model.recentWeightQuarters * recent.attended * yearToDate.possible,
            ),
          ),
          denominator: 4 * yearToDate.possible * recent.possible,
        };
  return {
    numerator:
      (10 - model.schoolWeightTenths) * own.numerator * 1000 +
      model.schoolWeightTenths * schoolPermille * own.denominator,
    denominator: 10 * 1000 * own.denominator,
  };
}

/**
 * An enrolment's projected end-of-year attendance and its early-warning flag under `model` (default the
 * shipped one). Null when it has had no possible session yet (no rate to project from). Throws RangeError for
 * counts that are not whole numbers, a week with more attended than possible sessions, a school rate outside 0
 * to 1000 tenths, a model outside the family, or counts too large to compare exactly.
 */
export function projectEndOfYear(
  input: EarlyWarningInput,
  model: EarlyWarningModel = EARLY_WARNING_MODEL,
): EndOfYearProjection | null {
  assertEarlyWarningModel(model);
  assertCount(input.remainingPossibleSessions, 'remainingPossibleSessions');
  const schoolPermille = input.schoolAttendancePermille;
  if (!Number.isSafeInteger(schoolPermille) || schoolPermille < 0 || schoolPermille > 1000) {
    throw new RangeError(
      `schoolAttendancePermille must be a whole number from 0 to 1000, got ${schoolPermille}`,
    );
  }
  let possible = 0;
  let attended = 0;
  let recentPossible = 0;
  let recentAttended = 0;
  for (const week of input.weeks) {
    assertCount(week.possible, `possible in the week of ${week.weekStart}`);
    assertCount(week.attended, `attended in the week of ${week.weekStart}`);
    if (week.attended > week.possible) {
      throw new RangeError(
        `attended in the week of ${week.weekStart} must not exceed possible (${week.possible}), got ${week.attended}`,
      );
    }
    possible += week.possible;
    attended += week.attended;
    if (input.recentFrom !== null && week.weekStart >= input.recentFrom) {
      recentPossible += week.possible;
      recentAttended += week.attended;
    }
  }
  if (possible === 0) return null;

  const remaining = input.remainingPossibleSessions;
  const expected = expectedAttendanceFraction(
    { possible, attended },
    { possible: recentPossible, attended: recentAttended },
    schoolPermille,
    model,
  );
  // Whole-year sessions scaled by the expected rate's denominator, so every term is a whole number.
  const projectedPossible = (possible + remaining) * expected.denominator;
  const projectedAttended = attended * expected.denominator + remaining * expected.numerator;
  // The largest product of the flag's comparison bounds every other one.
  if (!Number.isSafeInteger(projectedPossible * 1000)) {
    throw new RangeError(
      `${possible} sessions so far and ${remaining} to come are too many to compare exactly`,
    );
  }
  const alreadyPersistent = (possible - attended) * 100 >= PERSISTENT_ABSENCE_THRESHOLD_PERCENT * possible;
  // absent x 100 / ((possible + remaining) x expected.denominator) >= line.numerator / (10 x (possible + remaining)),
  // both sides multiplied out.
  const line = flagFromProjectedAbsence({ possible, remaining }, model);
  const projectedFlag =
    (projectedPossible - projectedAttended) * 1000 >= line.numerator * expected.denominator;
  const recentFlag =
    model.recentAbsenceFlagPercent !== null &&
    recentPossible > 0 &&
    (recentPossible - recentAttended) * 100 >= model.recentAbsenceFlagPercent * recentPossible;
  return {
    possibleSessions: possible,
    attendedSessions: attended,
    attendanceRate: percent(attended, possible),
    recentPossibleSessions: recentPossible,
    recentAttendedSessions: recentAttended,
    recentAttendanceRate: recentPossible === 0 ? null : percent(recentAttended, recentPossible),
    schoolAttendanceRate: schoolPermille / 10,
    expectedAttendanceRate: percent(expected.numerator, expected.denominator),
    remainingPossibleSessions: remaining,
    projectedAttendanceRate: percent(projectedAttended, projectedPossible),
    flagFromProjectedAbsencePercent: line.numerator / line.denominator,
    alreadyPersistent,
    likelyPersistent: !alreadyPersistent && (projectedFlag || recentFlag),
  };
}
