import type { SchoolYearTimeline } from '../calendar/school-year-timeline.js';
import { isCompulsorySchoolAgeYear } from '../pupils/nc-year.js';
import type { PupilCharacteristics } from '../pupils/pupil-characteristics.js';
import { WeightedTable, type RandomStream } from '../random/random-stream.js';
import type { SyntheticSchool } from '../school-plan/synthetic-school.types.js';
import { ABSENCE_MODEL } from './absence-model-parameters.js';
import { ETHNICITIES } from '../pupils/ethnicity.js';

export type PhaseGroup = 'primary' | 'secondary' | 'special';

/** A run of whole school days, as term day indexes: `startDay` inclusive, `days` long. */
export interface DayRun {
  startDay: number;
  days: number;
}

export interface HolidayRun extends DayRun {
  /** Authorised by the head (exceptional circumstances, `C`) rather than unauthorised (`G`). */
  authorised: boolean;
}

/** What drives one pupil's marks over the year; days are term day indexes of the LA timeline. */
export interface AbsenceProfile {
  phaseGroup: PhaseGroup;
  /** Expected share of sessions missed through everyday absence (illness, appointments, unauthorised). */
  rate: number;
  /** Share of everyday absence that is unauthorised. */
  unauthorisedShare: number;
  /** Chance of arriving late on a morning the pupil attends. */
  lateness: number;
  /** Disengaged pupil with long unauthorised episodes (the severe absence group). */
  severe: boolean;
  /** Everyday absence multiplies from 1 at `fromDay` up to `finalFactor` on the last day of the year. */
  decline: { fromDay: number; finalFactor: number } | null;
  /** Stops attending (child missing education) from this day: `N` for a few days, then `O`. */
  missingFromDay: number | null;
  holidays: readonly HolidayRun[];
  suspensions: readonly DayRun[];
  /** Part-time timetable: afternoons `C2`. */
  partTime: DayRun | null;
  /** Weekdays (1 = Monday) at education arranged by the LA (`K`). */
  laArrangedWeekdays: readonly number[] | null;
  /** Mobile family travelling for work (`T`). */
  travelling: DayRun | null;
  observesEid: boolean;
}

const ETHNICITY_MEAN_FACTOR =
  ETHNICITIES.reduce((sum, e) => sum + e.nationalShare * e.absenceFactor, 0) /
  ETHNICITIES.reduce((sum, e) => sum + e.nationalShare, 0);

const holidayDayTable = new WeightedTable(ABSENCE_MODEL.holidayDays);
const holidayBreakTable = new WeightedTable(ABSENCE_MODEL.holidayBreakWeights);
const suspensionDayTable = new WeightedTable(ABSENCE_MODEL.suspensionDays);

/** Brings the mean of the risk factors back to about 1, so `suspensionsPerYear` stays the phase mean. */
const SUSPENSION_RISK_NORMALISER = 0.45;

export function phaseGroupOf(school: SyntheticSchool, ncYear: number): PhaseGroup {
  if (school.phase === 'Special') return 'special';
  return ncYear >= 7 ? 'secondary' : 'primary';
}

export interface ProfileContext {
  school: SyntheticSchool;
  timeline: SchoolYearTimeline;
  ncYear: number;
  /** First and last (exclusive) term day on roll. */
  firstDay: number;
  endDay: number;
}

export function drawAbsenceProfile(
  random: RandomStream,
  pupil: PupilCharacteristics,
  context: ProfileContext,
): AbsenceProfile {
  const model = ABSENCE_MODEL;
  const { school, timeline, ncYear } = context;
  const phaseGroup = phaseGroupOf(school, ncYear);
  const dayCount = timeline.days.length;
  const childInNeed = pupil.cin && !pupil.cpp;

  const individual = random.logNormal(Math.exp(-(model.individualSpread ** 2) / 2), model.individualSpread);
  const characteristicFactor =
    (pupil.fsmEligible ? model.fsmFactor : 1) *
    (pupil.senProvision === 'K'
      ? model.senSupportFactor
      : pupil.senProvision === 'E' && phaseGroup !== 'special'
        ? model.ehcPlanFactor
        : 1) *
    (pupil.cla
      ? model.lookedAfterFactor
      : pupil.cpp
        ? model.childProtectionFactor
        : childInNeed
          ? model.childInNeedFactor
          : 1) *
    (pupil.ethnicity.absenceFactor / ETHNICITY_MEAN_FACTOR);
  const everyday =
    model.baseRate *
    (model.yearGroupFactor[ncYear] ?? 1) *
    (phaseGroup === 'special' ? model.specialSchoolFactor : 1) *
    school.absenceCulture *
    characteristicFactor *
    individual;

  const severeChance =
    model.severeChance *
    model.severePhaseFactor[phaseGroup] *
    (pupil.fsmEligible ? model.severeFsmFactor : 1) *
    (pupil.cin || pupil.cla ? model.severeChildInNeedFactor : 1) *
    (pupil.senProvision === 'N' ? 1 : model.severeSenFactor);
  const severe = ncYear >= 1 && random.chance(severeChance);
  const rate = severe
    ? random.uniform(model.severeRateRange[0], model.severeRateRange[1])
    : Math.min(model.maxRate, everyday);

  const unauthorisedShare = Math.min(
    model.unauthorisedShareMax,
    model.unauthorisedShareBase +
      model.unauthorisedShareSlope * Math.min(rate, 0.4) +
      (pupil.fsmEligible ? model.unauthorisedShareFsm : 0) +
      (phaseGroup === 'secondary' ? model.unauthorisedShareSecondary : 0),
  );
  const lateness = Math.min(
    0.5,
    random.logNormal(model.latenessMedian, model.latenessSpread) * (phaseGroup === 'secondary' ? 1.3 : 1),
  );

  const decline = random.chance(model.declineChance[phaseGroup])
    ? {
        fromDay: random.int(Math.max(1, Math.floor(dayCount * model.declineStartsBy))),
        finalFactor: random.uniform(model.declineFinalFactorRange[0], model.declineFinalFactorRange[1]),
      }
    : null;

  const missingChance =
    model.missingChance[phaseGroup] * (pupil.fsmEligible ? 2 : 1) * (pupil.cin || pupil.cla ? 3 : 1);
  const missingFromDay =
    isCompulsorySchoolAgeYear(ncYear) && random.chance(missingChance)
      ? random.between(10, dayCount - 1)
      : null;

  return {
    phaseGroup,
    rate,
    unauthorisedShare,
    lateness,
    severe,
    decline,
    missingFromDay,
    holidays: drawHolidays(random, pupil, context, phaseGroup),
    suspensions: drawSuspensions(random, pupil, phaseGroup, dayCount),
    partTime:
      isCompulsorySchoolAgeYear(ncYear) &&
      random.chance(
        model.partTimeChance[phaseGroup] *
          (pupil.senProvision === 'N' ? 1 : 3) *
          (pupil.cin || pupil.cla ? 2 : 1),
      )
        ? runAt(random.int(dayCount), random.between(model.partTimeDays[0], model.partTimeDays[1]), dayCount)
        : null,
    laArrangedWeekdays:
      phaseGroup === 'secondary' &&
      ncYear >= 9 &&
      ncYear <= 11 &&
      random.chance(model.laArrangedChance * (pupil.fsmEligible || pupil.senProvision !== 'N' ? 2 : 0.6))
        ? random.sample([1, 2, 3, 4, 5], 2)
        : null,
    travelling:
      (pupil.ethnicity.code === 'WROM' || pupil.ethnicity.code === 'WIRT') &&
      random.chance(model.travellerChance)
        ? summerRun(random, timeline, random.between(model.travellerDays[0], model.travellerDays[1]))
        : null,
    observesEid: random.chance(pupil.ethnicity.eidObservance),
  };
}

function runAt(startDay: number, days: number, dayCount: number): DayRun {
  return { startDay, days: Math.max(1, Math.min(days, dayCount - startDay)) };
}

function summerRun(random: RandomStream, timeline: SchoolYearTimeline, days: number): DayRun {
  const summerStart = timeline.term.indexOf(2);
  const from = summerStart < 0 ? 0 : summerStart;
  return runAt(random.between(from, Math.max(from, timeline.days.length - days)), days, timeline.days.length);
}

function drawHolidays(
  random: RandomStream,
  pupil: PupilCharacteristics,
  context: ProfileContext,
  phaseGroup: PhaseGroup,
): HolidayRun[] {
  const model = ABSENCE_MODEL;
  const { timeline, ncYear } = context;
  const dayCount = timeline.days.length;
  const holidays: HolidayRun[] = [];
  // Nursery and sixth-form absence is not chased the same way; keep holidays to school-age pupils.
  if (ncYear < 0 || ncYear > 11) return holidays;
  const count = random.chance(model.holidayChance[phaseGroup])
    ? random.chance(model.secondHolidayChance)
      ? 2
      : 1
    : 0;
  for (let holiday = 0; holiday < count; holiday += 1) {
    const days = holidayDayTable.draw(random);
    const authorised = random.chance(model.holidayAuthorisedShare);
    const halfTerm = holidayBreakTable.draw(random);
    const edge = timeline.breaks[halfTerm - 1];
    if (!edge) continue;
    const after = edge.firstDayAfter !== null && random.chance(0.45);
    const startDay = after ? (edge.firstDayAfter as number) : edge.lastDayBefore - days + 1;
    holidays.push({ ...runAt(Math.max(0, startDay), days, dayCount), authorised });
  }
  if (pupil.ethnicity.eidObservance >= 0.9 && random.chance(model.extendedVisitChance)) {
    const days = random.between(model.extendedVisitDays[0], model.extendedVisitDays[1]);
    holidays.push({ ...runAt(random.int(dayCount), days, dayCount), authorised: random.chance(0.2) });
  }
  return holidays;
}

function drawSuspensions(
  random: RandomStream,
  pupil: PupilCharacteristics,
  phaseGroup: PhaseGroup,
  dayCount: number,
): DayRun[] {
  const model = ABSENCE_MODEL;
  const risk = model.suspensionRiskFactors;
  const mean =
    model.suspensionsPerYear[phaseGroup] *
    (pupil.senProvision === 'K' ? risk.senSupport : pupil.senProvision === 'E' ? risk.ehcPlan : 1) *
    (pupil.fsmEligible ? risk.fsm : 1) *
    (pupil.cin || pupil.cla ? risk.childInNeed : 1) *
    (pupil.sex === 'M' ? risk.male : 1 / risk.male) *
    SUSPENSION_RISK_NORMALISER;
  const count = random.poisson(mean);
  const runs: DayRun[] = [];
  for (let suspension = 0; suspension < count; suspension += 1) {
    runs.push(runAt(random.int(dayCount), suspensionDayTable.draw(random), dayCount));
  }
  return runs;
}
