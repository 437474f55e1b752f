import { ABSENCE_MODEL, REASON_DELAY } from '../absence/absence-model-parameters.js';
import type { AbsenceProfile, DayRun } from '../absence/absence-profile.js';
import type { DayFactors } from '../absence/day-factors.js';
import type { SchoolYearTimeline } from '../calendar/school-year-timeline.js';
import { WeightedTable, type RandomStream } from '../random/random-stream.js';
import { Mark, type MarkId } from './mark-codes.js';

/**
 * One pupil's register at one school for the whole academic year: two sessions per LA term day. Sessions
 * outside the enrolment hold `Mark.None` and are never written. `knownOnDay` is the term day index on which
 * the school learned the reason for an absence; an export cut before that day shows `N` instead.
 */
export interface PupilRegister {
  /** First term day on roll (inclusive) and the day after the last (exclusive). */
  firstDay: number;
  endDay: number;
  codes: Uint8Array;
  knownOnDay: Uint16Array;
}

/** LA-wide days that touch many pupils at once. */
export interface SharedDays {
  eid: Uint8Array;
  travelDisruptionDay: number | null;
}

export interface RegisterContext {
  timeline: SchoolYearTimeline;
  factors: DayFactors;
  shared: SharedDays;
}

export function emptyRegister(dayCount: number, firstDay: number, endDay: number): PupilRegister {
  return {
    firstDay,
    endDay,
    codes: new Uint8Array(dayCount * 2),
    knownOnDay: new Uint16Array(dayCount * 2),
  };
}

const illnessDayTable = new WeightedTable(ABSENCE_MODEL.illnessDays);
const unauthorisedDayTable = new WeightedTable(ABSENCE_MODEL.unauthorisedDays);
const severeDayTable = new WeightedTable(ABSENCE_MODEL.severeEpisodeDays);
const delayTable = new WeightedTable(REASON_DELAY.delayDays);

const meanOf = (table: readonly (readonly [number, number])[]): number =>
  table.reduce((sum, [value, weight]) => sum + value * weight, 0) /
  table.reduce((sum, [, weight]) => sum + weight, 0);

const ILLNESS_SESSIONS_PER_EPISODE =
  meanOf(ABSENCE_MODEL.illnessDays) * 2 * (1 - ABSENCE_MODEL.illnessAfternoonOnlyShare) +
  ABSENCE_MODEL.illnessAfternoonOnlyShare;
const UNAUTHORISED_SESSIONS_PER_EPISODE =
  meanOf(ABSENCE_MODEL.unauthorisedDays) * 2 * (1 - ABSENCE_MODEL.unauthorisedAfternoonOnlyShare) +
  ABSENCE_MODEL.unauthorisedAfternoonOnlyShare;
const SEVERE_SESSIONS_PER_EPISODE = meanOf(ABSENCE_MODEL.severeEpisodeDays) * 2;

type EpisodeKind = 'illness' | 'unauthorised';

const SPRING_TERM = 1;

/**
 * Everyday marks: a pupil is present unless an absence episode starts (illness, unauthorised, an appointment,
 * other leave), with chances shaped by season, weekday, term and the pupil's own decline. One uniform draw per
 * day decides what starts, which keeps generation fast enough for whole-LA exports.
 */
export function fillEverydayMarks(
  random: RandomStream,
  profile: AbsenceProfile,
  ncYear: number,
  context: RegisterContext,
  register: PupilRegister,
): void {
  const { factors, timeline } = context;
  const { codes, knownOnDay } = register;
  const model = ABSENCE_MODEL;
  const rate = profile.rate;
  // Hazards are per day; dividing by (1 - rate) allows for days already inside an episode.
  const free = Math.max(0.08, 1 - rate);
  const illnessShare = Math.max(
    0,
    1 - profile.unauthorisedShare - model.medicalShare - model.otherAuthorisedShare,
  );
  const unauthorisedEpisodeSessions = profile.severe
    ? SEVERE_SESSIONS_PER_EPISODE
    : UNAUTHORISED_SESSIONS_PER_EPISODE;
  const illnessHazard = (rate * illnessShare * 2) / ILLNESS_SESSIONS_PER_EPISODE / free;
  const unauthorisedHazard = (rate * profile.unauthorisedShare * 2) / unauthorisedEpisodeSessions / free;
  const medicalHazard = (rate * model.medicalShare * 2) / free;
  const otherHazard = (rate * model.otherAuthorisedShare) / free;
  const lateness = profile.lateness;
  const lateAfterClose = lateness * model.lateAfterCloseShare;
  const sporting = lateness + model.sportingPerDay;
  const offSite = sporting + model.offSitePerDay;
  const interviewing = ncYear === 11 || ncYear === 13 ? model.interviewPerDay : 0;
  const interview = offSite + interviewing;
  const transport = interview + (profile.phaseGroup === 'special' ? model.transportFailurePerDay : 0);
  const decline = profile.decline;
  const dayCount = timeline.days.length;

  let remaining = 0;
  let episodeMark: MarkId = Mark.Illness;
  let episodeAfternoonOnly = false;
  let episodeKnownOn = 0;
  for (let day = register.firstDay; day < register.endDay; day += 1) {
    const am = day * 2;
    const pm = am + 1;
    if (remaining > 0) {
      remaining -= 1;
      codes[am] = episodeMark;
      codes[pm] = episodeMark;
      knownOnDay[am] = episodeKnownOn;
      knownOnDay[pm] = episodeKnownOn;
      continue;
    }
    const trend =
      decline !== null && day > decline.fromDay
        ? 1 + ((decline.finalFactor - 1) * (day - decline.fromDay)) / Math.max(1, dayCount - decline.fromDay)
        : 1;
    const illness = illnessHazard * (factors.illness[day] as number) * trend;
    const unauthorised = illness + unauthorisedHazard * (factors.unauthorised[day] as number) * trend;
    const medical = unauthorised + medicalHazard;
    const other = medical + otherHazard;
    const draw = random.next();
    if (draw < unauthorised) {
      const kind: EpisodeKind = draw < illness ? 'illness' : 'unauthorised';
      const start = startEpisode(random, kind, profile.severe, day);
      episodeMark = start.mark;
      episodeAfternoonOnly = start.afternoonOnly;
      episodeKnownOn = start.knownOn;
      remaining = start.days - 1;
      codes[am] = episodeAfternoonOnly ? Mark.PresentAm : episodeMark;
      codes[pm] = episodeMark;
      knownOnDay[am] = episodeAfternoonOnly ? 0 : episodeKnownOn;
      knownOnDay[pm] = episodeKnownOn;
      continue;
    }
    codes[am] = Mark.PresentAm;
    codes[pm] = Mark.PresentPm;
    if (draw < medical) {
      codes[random.chance(0.6) ? am : pm] = Mark.Medical;
    } else if (draw < other) {
      codes[am] = Mark.ExceptionalLeave;
      codes[pm] = Mark.ExceptionalLeave;
    } else {
      const second = random.next();
      if (second < lateness) codes[am] = second < lateAfterClose ? Mark.LateAfterClose : Mark.Late;
      else if (second < sporting) codes[pm] = Mark.Sporting;
      else if (second < offSite) codes[pm] = Mark.OffSite;
      else if (second < interview) {
        // College, sixth-form and job interviews happen in the spring term.
        if (timeline.term[day] === SPRING_TERM) codes[random.chance(0.5) ? am : pm] = Mark.Interview;
      } else if (second < transport) {
        codes[am] = Mark.TransportUnavailable;
        codes[pm] = Mark.TransportUnavailable;
      }
    }
  }
}

interface EpisodeStart {
  mark: MarkId;
  days: number;
  afternoonOnly: boolean;
  knownOn: number;
}

function startEpisode(random: RandomStream, kind: EpisodeKind, severe: boolean, day: number): EpisodeStart {
  if (kind === 'illness') {
    const afternoonOnly = random.chance(ABSENCE_MODEL.illnessAfternoonOnlyShare);
    const knownSameDay = random.chance(REASON_DELAY.illnessReportedSameDay);
    return {
      mark: Mark.Illness,
      days: afternoonOnly ? 1 : illnessDayTable.draw(random),
      afternoonOnly,
      knownOn: knownSameDay ? 0 : day + delayTable.draw(random),
    };
  }
  const afternoonOnly = !severe && random.chance(ABSENCE_MODEL.unauthorisedAfternoonOnlyShare);
  const days = afternoonOnly ? 1 : severe ? severeDayTable.draw(random) : unauthorisedDayTable.draw(random);
  if (random.chance(REASON_DELAY.unauthorisedKnownSameDay)) {
    return { mark: Mark.Unauthorised, days, afternoonOnly, knownOn: 0 };
  }
  const neverResolved = random.chance(REASON_DELAY.neverResolvedShare);
  return {
    mark: neverResolved ? Mark.NotYetKnown : Mark.Unauthorised,
    days,
    afternoonOnly,
    knownOn: neverResolved ? 0 : day + delayTable.draw(random),
  };
}

function setRun(register: PupilRegister, run: DayRun, mark: MarkId, knownOn = 0): void {
  const from = Math.max(run.startDay, register.firstDay);
  const to = Math.min(run.startDay + run.days, register.endDay);
  for (let day = from; day < to; day += 1) {
    register.codes[day * 2] = mark;
    register.codes[day * 2 + 1] = mark;
    register.knownOnDay[day * 2] = knownOn;
    register.knownOnDay[day * 2 + 1] = knownOn;
  }
}

/**
 * The pupil's own planned events on top of everyday marks, in rising precedence: religious observance and
 * travel disruption, travelling, holidays, part-time timetable, LA-arranged education, suspensions, and last
 * the pupil who stops attending (missing education), whose run continues to the end of the enrolment.
 */
export function applyPersonalEvents(
  random: RandomStream,
  profile: AbsenceProfile,
  context: RegisterContext,
  register: PupilRegister,
): void {
  const { codes } = register;
  const { shared } = context;
  if (profile.observesEid) {
    for (let day = register.firstDay; day < register.endDay; day += 1) {
      if (shared.eid[day] === 1 && random.chance(ABSENCE_MODEL.eidAbsenceShare)) {
        setRun(register, { startDay: day, days: 1 }, Mark.Religious);
      }
    }
  }
  if (shared.travelDisruptionDay !== null && random.chance(ABSENCE_MODEL.travelDisruptionShare)) {
    setRun(register, { startDay: shared.travelDisruptionDay, days: 1 }, Mark.TravelDisruption);
  }
  if (profile.travelling) setRun(register, profile.travelling, Mark.Traveller);
  for (const holiday of profile.holidays) {
    if (holiday.authorised) {
      setRun(register, holiday, Mark.ExceptionalLeave);
    } else {
      // Families rarely say in advance: the school often learns it was a holiday a few days later.
      const knownOn = random.chance(REASON_DELAY.holidayKnownSameDay)
        ? 0
        : holiday.startDay + delayTable.draw(random);
      setRun(register, holiday, Mark.HolidayUnauthorised, knownOn);
    }
  }
  if (profile.partTime) {
    const run = profile.partTime;
    for (
      let day = Math.max(run.startDay, register.firstDay);
      day < Math.min(run.startDay + run.days, register.endDay);
      day += 1
    ) {
      codes[day * 2 + 1] = Mark.PartTime;
      register.knownOnDay[day * 2 + 1] = 0;
    }
  }
  if (profile.laArrangedWeekdays) {
    const weekdays = profile.laArrangedWeekdays;
    for (let day = register.firstDay; day < register.endDay; day += 1) {
      if (weekdays.includes(context.timeline.weekday[day] as number))
        setRun(register, { startDay: day, days: 1 }, Mark.LaArranged);
    }
  }
  for (const suspension of profile.suspensions) setRun(register, suspension, Mark.Suspended);
  if (profile.missingFromDay !== null) {
    const notYetKnownDays = random.between(
      ABSENCE_MODEL.missingNotYetKnownDays[0],
      ABSENCE_MODEL.missingNotYetKnownDays[1],
    );
    const from = profile.missingFromDay;
    setRun(register, { startDay: from, days: notYetKnownDays }, Mark.NotYetKnown);
    setRun(register, { startDay: from + notYetKnownDays, days: register.endDay }, Mark.Unauthorised);
  }
}
