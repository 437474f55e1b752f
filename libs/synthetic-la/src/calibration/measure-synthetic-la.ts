import {
  DFE_REASON_COLUMNS,
  absenceRates,
  addMark,
  emptySessionCounts,
  isInStatutoryCohort,
  isSixthHalfTermExcluded,
  summariseEnrolments,
  type AbsenceRates,
  type EnrolmentSummary,
  type SessionCounts,
} from '@attendance/domain';
import { exportedDayRange, isInExport } from '../export/export-view.js';
import { MARK_CODES_2024, Mark, markCodesFor } from '../marks/mark-codes.js';
import type { SyntheticLaOptions } from '../options/synthetic-la-options.js';
import { generateSchool, type GeneratedPupil } from '../school/generate-school.js';
import { planSyntheticLa, type SyntheticLaPlan } from '../school-plan/plan-synthetic-la.js';

// Measures a generated LA the way the DfE publishes absence, with the domain library's rules (code
// categories, possible sessions, persistent and severe absence, statutory cohort), so the calibration test and
// the README compare like with like. Marks are tallied per code and turned into the domain's SessionCounts
// once per enrolment, which keeps a whole-year LA of several thousand pupils to a few seconds.

export const MEASURED_GROUPS = [
  'primary',
  'secondary',
  'special',
  'fsm',
  'not-fsm',
  'sen-none',
  'sen-support',
  'ehc-plan',
  'cin',
  'cpp',
  'cla',
] as const;

export type MeasuredGroup = (typeof MEASURED_GROUPS)[number];

export interface SyntheticLaMeasures {
  /** Statutory cohort (aged 5 to 15 on 31 August), latest export of every school. */
  overall: EnrolmentSummary;
  byGroup: Record<MeasuredGroup, EnrolmentSummary>;
  /** Persistent absence rate per term, each term judged on its own (autumn, spring, summer). */
  persistentAbsenceByTerm: (number | null)[];
  /** Rates per term (index 0..2), calendar month (1..12) and ISO weekday (1..5); null without sessions. */
  byTerm: (AbsenceRates | null)[];
  byMonth: (AbsenceRates | null)[];
  byWeekday: (AbsenceRates | null)[];
  /** Longest run of school days with N or O in both sessions, ending at a pupil's last mark. */
  longestMissingRunDays: number;
}

const CODE_SET_DATES = ['2024-08-18', '2024-08-19'] as const;
const KEYS_PER_SET = MARK_CODES_2024.length;
const KEY_COUNT = CODE_SET_DATES.length * KEYS_PER_SET;

/** SessionCounts of a single mark for every (code set, mark id), from the domain's own addMark. */
const SINGLE_MARK_COUNTS: (SessionCounts | null)[] = CODE_SET_DATES.flatMap((date, setIndex) =>
  markCodesFor(setIndex === 0 ? 'regulations-2006' : 'regulations-2024').map((code, id) =>
    id === Mark.None ? null : addMark(emptySessionCounts(), code, date),
  ),
);

function countsFromTally(tally: Float64Array | Uint32Array, offset = 0): SessionCounts {
  const counts = emptySessionCounts();
  for (let key = 0; key < KEY_COUNT; key += 1) {
    const times = tally[offset + key] as number;
    const single = SINGLE_MARK_COUNTS[key];
    if (times === 0 || !single) continue;
    counts.possible += single.possible * times;
    counts.present += single.present * times;
    counts.approvedEducationalActivity += single.approvedEducationalActivity * times;
    counts.authorised += single.authorised * times;
    counts.unauthorised += single.unauthorised * times;
    counts.notPossible += single.notPossible * times;
    counts.administrative += single.administrative * times;
    for (const column of DFE_REASON_COLUMNS) counts.byReason[column] += single.byReason[column] * times;
  }
  return counts;
}

function groupsOf(generated: GeneratedPupil): MeasuredGroup[] {
  const { pupil, profile } = generated;
  const groups: MeasuredGroup[] = [profile.phaseGroup, pupil.fsmEligible ? 'fsm' : 'not-fsm'];
  groups.push(
    pupil.senProvision === 'K' ? 'sen-support' : pupil.senProvision === 'E' ? 'ehc-plan' : 'sen-none',
  );
  // DfE social care groups: CIN excludes CPP and CLA; CPP excludes CLA.
  if (pupil.cla) groups.push('cla');
  else if (pupil.cpp) groups.push('cpp');
  else if (pupil.cin) groups.push('cin');
  return groups;
}

const isMissingMark = (id: number): boolean => id === Mark.NotYetKnown || id === Mark.Unauthorised;

/** Generates the LA in memory, school by school, and measures the latest export of each school. */
export function measureSyntheticLa(
  options: SyntheticLaOptions,
  plan: SyntheticLaPlan = planSyntheticLa(options),
): SyntheticLaMeasures {
  const { timeline, latestExport } = plan;
  const lastDay = latestExport.markDayCount - 1;
  const codeSetOfDay = Uint8Array.from(timeline.days, (date) => (date >= CODE_SET_DATES[1] ? 1 : 0));
  const sixthHalfTermStart = timeline.laCalendar
    .halfTerms(timeline.academicYear)
    .find((half) => half.number === 6)?.start;
  const firstDayOfSixthHalfTerm =
    sixthHalfTermStart === undefined
      ? timeline.days.length
      : timeline.days.findIndex((day) => day >= sixthHalfTermStart);
  const possibleKey = SINGLE_MARK_COUNTS.map((single) => (single?.possible ?? 0) > 0);

  const enrolments: SessionCounts[] = [];
  const byGroup = new Map<MeasuredGroup, SessionCounts[]>(MEASURED_GROUPS.map((group) => [group, []]));
  const termTallies = [0, 1, 2].map(() => [] as SessionCounts[]);
  const termTotals = new Float64Array(3 * KEY_COUNT);
  const monthTotals = new Float64Array(13 * KEY_COUNT);
  const weekdayTotals = new Float64Array(6 * KEY_COUNT);
  const tally = new Uint32Array(KEY_COUNT);
  const termTally = new Uint32Array(3 * KEY_COUNT);
  let longestMissingRunDays = 0;

  for (const school of plan.schools) {
    for (const generated of generateSchool(plan, school.index).pupils) {
      const { pupil, register } = generated;
      if (
        !isInExport(generated, latestExport) ||
        !isInStatutoryCohort(pupil.dateOfBirth, timeline.academicYear)
      )
        continue;
      const [from, exportedTo] = exportedDayRange(generated, latestExport);
      // Pupils aged 15 on 31 August count for the first five half terms only (domain statutory cohort rule).
      const to = isSixthHalfTermExcluded(pupil.dateOfBirth, timeline.academicYear)
        ? Math.min(exportedTo, firstDayOfSixthHalfTerm)
        : exportedTo;
      tally.fill(0);
      termTally.fill(0);
      let missingRun = 0;
      for (let day = from; day < to; day += 1) {
        const setOffset = (codeSetOfDay[day] as number) * KEYS_PER_SET;
        const term = timeline.term[day] as number;
        const month = timeline.month[day] as number;
        const weekday = timeline.weekday[day] as number;
        let missing = 0;
        let possible = 0;
        for (let session = day * 2; session < day * 2 + 2; session += 1) {
          const id =
            (register.knownOnDay[session] as number) > lastDay
              ? Mark.NotYetKnown
              : (register.codes[session] as number);
          const key = setOffset + id;
          tally[key] = (tally[key] as number) + 1;
          termTally[term * KEY_COUNT + key] = (termTally[term * KEY_COUNT + key] as number) + 1;
          termTotals[term * KEY_COUNT + key] = (termTotals[term * KEY_COUNT + key] as number) + 1;
          monthTotals[month * KEY_COUNT + key] = (monthTotals[month * KEY_COUNT + key] as number) + 1;
          weekdayTotals[weekday * KEY_COUNT + key] = (weekdayTotals[weekday * KEY_COUNT + key] as number) + 1;
          if (possibleKey[key]) possible += 1;
          if (isMissingMark(id)) missing += 1;
        }
        if (possible > 0) missingRun = missing === 2 ? missingRun + 1 : 0;
      }
      longestMissingRunDays = Math.max(longestMissingRunDays, missingRun);
      const counts = countsFromTally(tally);
      if (counts.possible === 0) continue;
      enrolments.push(counts);
      for (const group of groupsOf(generated)) byGroup.get(group)?.push(counts);
      termTallies.forEach((list, term) => list.push(countsFromTally(termTally, term * KEY_COUNT)));
    }
  }
  return {
    overall: summariseEnrolments(enrolments),
    byGroup: Object.fromEntries(
      [...byGroup].map(([group, list]) => [group, summariseEnrolments(list)]),
    ) as Record<MeasuredGroup, EnrolmentSummary>,
    persistentAbsenceByTerm: termTallies.map((list) => summariseEnrolments(list).persistentAbsenceRate),
    byTerm: [0, 1, 2].map((term) => absenceRates(countsFromTally(termTotals, term * KEY_COUNT))),
    byMonth: Array.from({ length: 13 }, (_, month) =>
      absenceRates(countsFromTally(monthTotals, month * KEY_COUNT)),
    ),
    byWeekday: Array.from({ length: 6 }, (_, weekday) =>
      absenceRates(countsFromTally(weekdayTotals, weekday * KEY_COUNT)),
    ),
    longestMissingRunDays,
  };
}

/** For readers of `byMonth`: the months an academic year's marks fall in, in order. */
export const ACADEMIC_YEAR_MONTHS: readonly number[] = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7];
