import type { RandomStream } from '../random/random-stream.js';
import type { SchoolYearTimeline } from '../calendar/school-year-timeline.js';
import { Mark, type MarkId } from '../marks/mark-codes.js';
import type { PupilRegister } from '../marks/pupil-register.js';
import { RECEPTION } from '../pupils/nc-year.js';
import type { DualRegistration, SyntheticSchool } from '../school-plan/synthetic-school.types.js';

const STUDY_LEAVE_DAYS = 6;
const WORK_EXPERIENCE_DAYS = 5;
/** Share of a year group that goes on a trip (the rest stay in school). */
const TRIP_TAKE_UP = 0.92;

function setSession(register: PupilRegister, session: number, mark: MarkId): void {
  register.codes[session] = mark;
  register.knownOnDay[session] = 0;
}

function isPresent(mark: number): boolean {
  return mark === Mark.PresentAm || mark === Mark.PresentPm || mark === Mark.Late;
}

export interface SchoolEventPupil {
  ncYear: number;
  /** Dual registration of this pupil, if any. */
  dual: DualRegistration | null;
  /** On roll from the first day of the year (phased starts apply only to them). */
  fromStartOfYear: boolean;
}

/** Compiled once per school: its closures by term day index. */
export interface SchoolDays {
  closure: Uint8Array;
  unexpectedClosureDay: number | null;
}

export function compileSchoolDays(school: SyntheticSchool, timeline: SchoolYearTimeline): SchoolDays {
  const closures = new Set(school.closureDays);
  const closure = new Uint8Array(timeline.days.length);
  timeline.days.forEach((day, index) => {
    if (closures.has(day)) closure[index] = 1;
  });
  const unexpected =
    school.unexpectedClosureDay === null ? -1 : timeline.days.indexOf(school.unexpectedClosureDay);
  return { closure, unexpectedClosureDay: unexpected >= 0 ? unexpected : null };
}

/**
 * Marks that come from the school rather than the pupil, in rising precedence: trips, work experience and
 * study leave replace attendance; `X` where a pupil below or above compulsory school age is not expected;
 * `D` on the days a dual-registered pupil spends at the other school; and the school's own closures, `#` on
 * its inset days and `Y4` when the site closed unexpectedly, for everyone on roll.
 */
export function applySchoolEvents(
  random: RandomStream,
  school: SyntheticSchool,
  schoolDays: SchoolDays,
  timeline: SchoolYearTimeline,
  pupil: SchoolEventPupil,
  register: PupilRegister,
): void {
  const { codes } = register;
  const { policies } = school;
  const { firstDay, endDay } = register;
  const inEnrolment = (day: number): boolean => day >= firstDay && day < endDay;

  if (pupil.dual === null) {
    for (const [year, startDay, days] of policies.trips) {
      if (year !== pupil.ncYear || !random.chance(TRIP_TAKE_UP)) continue;
      for (let day = startDay; day < startDay + days; day += 1) {
        if (!inEnrolment(day)) continue;
        if (isPresent(codes[day * 2] as number)) setSession(register, day * 2, Mark.Visit);
        if (isPresent(codes[day * 2 + 1] as number)) setSession(register, day * 2 + 1, Mark.Visit);
      }
    }
  }
  const replaceAttendance = (startDay: number | null, days: number, mark: MarkId): void => {
    if (startDay === null) return;
    for (let session = startDay * 2; session < (startDay + days) * 2; session += 1) {
      if (inEnrolment(session >> 1) && isPresent(codes[session] as number))
        setSession(register, session, mark);
    }
  };
  if (pupil.ncYear === 10)
    replaceAttendance(policies.workExperienceStartDay, WORK_EXPERIENCE_DAYS, Mark.WorkExperience);
  if (pupil.ncYear === 11) replaceAttendance(policies.studyLeaveStartDay, STUDY_LEAVE_DAYS, Mark.StudyLeave);

  const notRequiredInAfternoons =
    pupil.ncYear < RECEPTION && random.chance(policies.nurseryMorningOnlyShare) ? 'every' : null;
  let phasedStartDaysLeft =
    pupil.ncYear === RECEPTION && pupil.fromStartOfYear ? policies.receptionPhasedStartDays : 0;
  for (let day = firstDay; day < endDay; day += 1) {
    const pm = day * 2 + 1;
    if (notRequiredInAfternoons !== null) setSession(register, pm, Mark.NotRequired);
    if (phasedStartDaysLeft > 0 && schoolDays.closure[day] === 0) {
      setSession(register, pm, Mark.NotRequired);
      phasedStartDaysLeft -= 1;
    }
    if (pupil.ncYear >= 12 && policies.sixthFormStudyAfternoon === timeline.weekday[day]) {
      setSession(register, pm, Mark.NotRequired);
    }
  }

  const dual = pupil.dual;
  if (dual !== null) {
    const atSubsidiary = dual.subsidiarySchoolIndex === school.index;
    for (let day = Math.max(firstDay, dual.subsidiaryFromDay); day < endDay; day += 1) {
      const subsidiaryDay = dual.subsidiaryWeekdays.includes(timeline.weekday[day] as number);
      if (subsidiaryDay !== atSubsidiary) {
        setSession(register, day * 2, Mark.DualOther);
        setSession(register, day * 2 + 1, Mark.DualOther);
      }
    }
  }

  for (let day = firstDay; day < endDay; day += 1) {
    const closed =
      schoolDays.closure[day] === 1
        ? Mark.Closure
        : day === schoolDays.unexpectedClosureDay
          ? Mark.SiteClosed
          : null;
    if (closed !== null) {
      setSession(register, day * 2, closed);
      setSession(register, day * 2 + 1, closed);
    }
  }
}
