import { defaultLaTermCalendar, type IsoDate } from '@attendance/domain';
import { drawAbsenceProfile, type AbsenceProfile } from '../absence/absence-profile.js';
import {
  applyPersonalEvents,
  emptyRegister,
  fillEverydayMarks,
  type PupilRegister,
  type RegisterContext,
} from '../marks/pupil-register.js';
import {
  drawCharacteristics,
  ethnicityTableFor,
  type PupilCharacteristics,
} from '../pupils/pupil-characteristics.js';
import { isCompulsorySchoolAgeYear } from '../pupils/nc-year.js';
import type { EnrolmentStatus, SyntheticPupil } from '../pupils/synthetic-pupil.types.js';
import { WeightedTable, type RandomStream } from '../random/random-stream.js';
import {
  JOINER_SHARE,
  LEAVER_SHARE,
  admissionYearFor,
  schoolUpnAllocator,
  type SyntheticLaPlan,
} from '../school-plan/plan-synthetic-la.js';
import type { DualRegistration, SyntheticSchool } from '../school-plan/synthetic-school.types.js';
import { applySchoolEvents, compileSchoolDays } from './school-events.js';

/** A pupil on roll at the school at some point in the year, with the model behind their marks. */
export interface GeneratedPupil {
  pupil: SyntheticPupil;
  profile: AbsenceProfile;
  register: PupilRegister;
  dual: DualRegistration | null;
}

/** One school's pupils and whole-year registers, generated in memory (a school at a time keeps memory bounded). */
export interface GeneratedSchool {
  school: SyntheticSchool;
  pupils: GeneratedPupil[];
}

interface RosterEntry {
  random: RandomStream;
  ncYear: number;
  firstDay: number;
  endDay: number;
  admissionDate: IsoDate;
  status: EnrolmentStatus;
  dual: DualRegistration | null;
  upnYear: number;
}

/** First day of the autumn term in a past year, from the LA default calendar (cached: it is computed by rule). */
const autumnStartCache = new Map<number, IsoDate>();
function autumnTermStart(year: number): IsoDate {
  let start = autumnStartCache.get(year);
  if (start === undefined) {
    start = (defaultLaTermCalendar(year).terms[0] as { start: IsoDate }).start;
    autumnStartCache.set(year, start);
  }
  return start;
}

export function schoolRandom(plan: SyntheticLaPlan, school: SyntheticSchool): RandomStream {
  return plan.root.fork('school', school.urn);
}

/**
 * Generates every pupil and register of one school. Pure and deterministic: the same plan gives the same
 * school, and each pupil's numbers come from a stream keyed by the school, year group and position, so a
 * change elsewhere in the LA does not move them.
 */
export function generateSchool(plan: SyntheticLaPlan, schoolIndex: number): GeneratedSchool {
  const school = plan.schools[schoolIndex];
  if (!school) throw new RangeError(`No school ${schoolIndex} in the plan (${plan.schools.length} schools)`);
  const { timeline } = plan;
  const dayCount = timeline.days.length;
  const random = schoolRandom(plan, school);
  const academicYear = timeline.academicYear;
  const { allocator } = schoolUpnAllocator(school, plan.dualRegistrations, academicYear);
  const ethnicityTable = ethnicityTableFor(school);
  const context: RegisterContext = { timeline, factors: plan.factors, shared: plan.shared };
  const schoolDays = compileSchoolDays(school, timeline);
  const yearStart = timeline.days[0] as IsoDate;

  const roster: RosterEntry[] = [];
  const weightTotal = school.cohortWeights.reduce((sum, weight) => sum + weight, 0);
  school.yearGroups.forEach((ncYear, position) => {
    const cohortRandom = random.fork('cohort', ncYear);
    const size = Math.round(
      ((school.targetPupils * (school.cohortWeights[position] as number)) / weightTotal) *
        cohortRandom.uniform(0.92, 1.08),
    );
    for (let ordinal = 0; ordinal < size; ordinal += 1) {
      const pupilRandom = random.fork('pupil', ncYear, ordinal);
      const entryYear = admissionYearFor(school, academicYear, ncYear);
      const movedInLater = entryYear < academicYear && pupilRandom.chance(0.15);
      const admissionDate = movedInLater
        ? pastAdmissionDate(pupilRandom, entryYear, academicYear)
        : entryYear === academicYear
          ? yearStart
          : autumnTermStart(entryYear);
      const leaves = pupilRandom.chance(LEAVER_SHARE);
      roster.push({
        random: pupilRandom,
        ncYear,
        firstDay: 0,
        endDay: leaves ? pupilRandom.between(5, dayCount - 1) : dayCount,
        admissionDate,
        status: 'C',
        dual: null,
        upnYear: Number(admissionDate.slice(0, 4)),
      });
    }
  });
  const yearTable = new WeightedTable(
    school.yearGroups.map((year, position) => [year, school.cohortWeights[position] as number] as const),
  );
  const joinerRandom = random.fork('joiners');
  const joiners = Math.round(school.targetPupils * JOINER_SHARE * joinerRandom.uniform(0.5, 1.5));
  for (let ordinal = 0; ordinal < joiners; ordinal += 1) {
    const pupilRandom = random.fork('joiner', ordinal);
    const firstDay = pupilRandom.between(3, Math.max(3, dayCount - 5));
    const admissionDate = timeline.days[firstDay] as IsoDate;
    roster.push({
      random: pupilRandom,
      ncYear: yearTable.draw(pupilRandom),
      firstDay,
      endDay: dayCount,
      admissionDate,
      status: 'C',
      dual: null,
      upnYear: Number(admissionDate.slice(0, 4)),
    });
  }

  const pupils: GeneratedPupil[] = [];
  for (const dual of plan.dualRegistrations) {
    const isMain = dual.mainSchoolIndex === school.index;
    if (!isMain && dual.subsidiarySchoolIndex !== school.index) continue;
    pupils.push(generateDualPupil(plan, dual, school, isMain, schoolDays));
  }
  const guaranteed = plan.guaranteedMissing?.schoolIndex === school.index ? plan.guaranteedMissing : null;
  let guaranteedPlaced = guaranteed === null;
  for (const entry of roster) {
    const characteristics = drawCharacteristics(
      entry.random.fork('who'),
      school,
      ethnicityTable,
      academicYear,
      entry.ncYear,
    );
    let profile = drawAbsenceProfile(entry.random.fork('absence'), characteristics, {
      school,
      timeline,
      ncYear: entry.ncYear,
      firstDay: entry.firstDay,
      endDay: entry.endDay,
    });
    if (
      !guaranteedPlaced &&
      guaranteed &&
      entry.firstDay === 0 &&
      entry.endDay === dayCount &&
      isCompulsorySchoolAgeYear(entry.ncYear)
    ) {
      profile = { ...profile, missingFromDay: guaranteed.fromDay };
      guaranteedPlaced = true;
    }
    const register = emptyRegister(dayCount, entry.firstDay, entry.endDay);
    const marksRandom = entry.random.fork('marks');
    fillEverydayMarks(marksRandom, profile, entry.ncYear, context, register);
    applyPersonalEvents(marksRandom, profile, context, register);
    applySchoolEvents(
      marksRandom,
      school,
      schoolDays,
      timeline,
      { ncYear: entry.ncYear, dual: null, fromStartOfYear: entry.firstDay === 0 },
      register,
    );
    pupils.push({
      pupil: toPupil(characteristics, entry, allocator.allocate(entry.upnYear), timeline.days),
      profile,
      register,
      dual: null,
    });
  }
  return { school, pupils };
}

function pastAdmissionDate(random: RandomStream, entryYear: number, academicYear: number): IsoDate {
  const year = random.between(entryYear, academicYear - 1);
  const month = random.pick([10, 11, 1, 2, 3, 4, 5, 6]);
  const calendarYear = month >= 9 ? year : year + 1;
  const day = random.between(1, 28);
  return `${calendarYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toPupil(
  characteristics: PupilCharacteristics,
  entry: Pick<RosterEntry, 'ncYear' | 'endDay' | 'admissionDate' | 'status'>,
  upn: string,
  days: readonly IsoDate[],
): SyntheticPupil {
  return {
    upn,
    forename: characteristics.forename,
    surname: characteristics.surname,
    dateOfBirth: characteristics.dateOfBirth,
    sex: characteristics.sex,
    ncYear: entry.ncYear,
    ethnicity: characteristics.ethnicity.code,
    senProvision: characteristics.senProvision,
    fsmEligible: characteristics.fsmEligible,
    eal: characteristics.eal,
    cla: characteristics.cla,
    cin: characteristics.cin,
    cpp: characteristics.cpp,
    enrolmentStatus: entry.status,
    admissionDate: entry.admissionDate,
    leavingDate: entry.endDay < days.length ? (days[entry.endDay - 1] as IsoDate) : null,
  };
}

/**
 * A dual-registered pupil is generated from the pupil's own stream with the main school as context, so both
 * schools hold the same person and the same underlying attendance; each school then shows `D` on the days
 * the pupil spends at the other.
 */
function generateDualPupil(
  plan: SyntheticLaPlan,
  dual: DualRegistration,
  school: SyntheticSchool,
  isMain: boolean,
  schoolDays: ReturnType<typeof compileSchoolDays>,
): GeneratedPupil {
  const { timeline } = plan;
  const dayCount = timeline.days.length;
  const main = plan.schools[dual.mainSchoolIndex] as SyntheticSchool;
  const random = plan.root.fork(dual.key);
  const characteristics = {
    ...drawCharacteristics(
      random.fork('who'),
      main,
      ethnicityTableFor(main),
      timeline.academicYear,
      dual.ncYear,
    ),
    senProvision: 'E' as const,
  };
  const profile = drawAbsenceProfile(random.fork('absence'), characteristics, {
    school: main,
    timeline,
    ncYear: dual.ncYear,
    firstDay: 0,
    endDay: dayCount,
  });
  const context: RegisterContext = { timeline, factors: plan.factors, shared: plan.shared };
  const shared = emptyRegister(dayCount, 0, dayCount);
  const marksRandom = random.fork('marks');
  fillEverydayMarks(marksRandom, profile, dual.ncYear, context, shared);
  applyPersonalEvents(marksRandom, profile, context, shared);
  const firstDay = isMain ? 0 : dual.subsidiaryFromDay;
  const register: PupilRegister = { ...shared, firstDay };
  register.codes.fill(0, 0, firstDay * 2);
  register.knownOnDay.fill(0, 0, firstDay * 2);
  applySchoolEvents(
    random.fork('school-events', school.index),
    school,
    schoolDays,
    timeline,
    { ncYear: dual.ncYear, dual, fromStartOfYear: firstDay === 0 },
    register,
  );
  const admissionDate = isMain
    ? autumnTermStart(admissionYearFor(main, timeline.academicYear, dual.ncYear))
    : (timeline.days[firstDay] as IsoDate);
  return {
    pupil: toPupil(
      characteristics,
      { ncYear: dual.ncYear, endDay: dayCount, admissionDate, status: isMain ? 'M' : 'S' },
      dual.upn,
      timeline.days,
    ),
    profile,
    register,
    dual,
  };
}
