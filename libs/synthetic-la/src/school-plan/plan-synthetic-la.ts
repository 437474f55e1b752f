import { addDays, isValidIsoDate, type IsoDate } from '@attendance/domain';
import { buildDayFactors, type DayFactors } from '../absence/day-factors.js';
import { approximateEidDates } from '../calendar/eid-days.js';
import {
  buildSchoolYearTimeline,
  lastMarkDate,
  markDayCountUntil,
  type SchoolYearTimeline,
} from '../calendar/school-year-timeline.js';
import type { SharedDays } from '../marks/pupil-register.js';
import { isCompulsorySchoolAgeYear } from '../pupils/nc-year.js';
import { UpnAllocator } from '../pupils/upn-allocator.js';
import { RandomStream, WeightedTable } from '../random/random-stream.js';
import {
  DEFAULT_LA_NAME,
  SYNTHETIC_LA_CODE,
  type SyntheticLaOptions,
} from '../options/synthetic-la-options.js';
import { planSchools } from './school-mix.js';
import type { DualRegistration, SyntheticSchool } from './synthetic-school.types.js';

/** Pupils joining during the year, as a share of the start-of-year roll. */
export const JOINER_SHARE = 0.04;
/** Pupils leaving during the year, as a share of the start-of-year roll. */
export const LEAVER_SHARE = 0.03;
/** Dual-registered pupils, as a share of the roll (mostly mainstream plus a special school). */
export const DUAL_REGISTRATION_SHARE = 0.002;
/** Share of schools that also send the earlier export when `amendedExports` is on. */
export const EARLIER_EXPORT_SHARE = 0.4;
/** Days between the earlier export and the latest one. */
export const EARLIER_EXPORT_DAYS_BEFORE = 7;

/** One export run: the date in the file names and how many term days of marks it carries. */
export interface ExportCut {
  exportDate: IsoDate;
  /** Marks cover `timeline.days[0 .. markDayCount - 1]`; the last of those is the export's last date. */
  markDayCount: number;
}

export interface SyntheticLaPlan {
  options: SyntheticLaOptions;
  laName: string;
  laCode: typeof SYNTHETIC_LA_CODE;
  root: RandomStream;
  timeline: SchoolYearTimeline;
  factors: DayFactors;
  shared: SharedDays;
  latestExport: ExportCut;
  earlierExport: ExportCut | null;
  schools: readonly SyntheticSchool[];
  dualRegistrations: readonly DualRegistration[];
  /** One pupil guaranteed to stop attending early enough for a run of 20+ school days of N/O in the export. */
  guaranteedMissing: { schoolIndex: number; fromDay: number } | null;
}

export function validateOptions(options: SyntheticLaOptions): void {
  const problems: string[] = [];
  if (!Number.isSafeInteger(options.seed)) problems.push('seed must be an integer');
  if (!Number.isInteger(options.schools) || options.schools < 1 || options.schools > 3000) {
    problems.push('schools must be an integer from 1 to 3000');
  }
  if (!Number.isInteger(options.pupils) || options.pupils < 20 * Math.max(1, options.schools)) {
    problems.push('pupils must be an integer, at least 20 per school');
  }
  if (!Number.isInteger(options.academicYear) || options.academicYear < 2006 || options.academicYear > 2090) {
    problems.push('academicYear must be a start year from 2006 to 2090');
  }
  if (!isValidIsoDate(options.asOf)) problems.push('asOf must be a date YYYY-MM-DD');
  if (options.exportDate !== undefined && !isValidIsoDate(options.exportDate)) {
    problems.push('exportDate must be a date YYYY-MM-DD');
  }
  if (options.weeks !== undefined && (!Number.isInteger(options.weeks) || options.weeks < 1)) {
    problems.push('weeks must be a positive integer');
  }
  if (problems.length > 0) throw new RangeError(`Invalid synthetic LA options: ${problems.join('; ')}`);
}

export function planSyntheticLa(options: SyntheticLaOptions): SyntheticLaPlan {
  validateOptions(options);
  const root = RandomStream.fromSeed(options.seed);
  const timeline = buildSchoolYearTimeline(options.academicYear, options);
  const lastDate = lastMarkDate(timeline.days, options);
  const latestExport: ExportCut = {
    exportDate: options.exportDate ?? timeline.days[timeline.markDayCount - 1] ?? lastDate,
    markDayCount: timeline.markDayCount,
  };
  const earlierMarkDays = markDayCountUntil(timeline, addDays(lastDate, -EARLIER_EXPORT_DAYS_BEFORE));
  const earlierExport: ExportCut | null =
    options.amendedExports && earlierMarkDays > 0 && earlierMarkDays < latestExport.markDayCount
      ? {
          exportDate: addDays(latestExport.exportDate, -EARLIER_EXPORT_DAYS_BEFORE),
          markDayCount: earlierMarkDays,
        }
      : null;

  const startRoll = Math.round(options.pupils / (1 + JOINER_SHARE));
  const schools = planSchools(root.fork('schools'), options.schools, startRoll, timeline);
  if (earlierExport) {
    for (const school of schools) {
      school.hasEarlierExport = root.fork('earlier-export', school.index).chance(EARLIER_EXPORT_SHARE);
    }
    if (!schools.some((school) => school.hasEarlierExport))
      (schools[0] as SyntheticSchool).hasEarlierExport = true;
  }
  const dualRegistrations = planDualRegistrations(
    root.fork('dual-registrations'),
    schools,
    startRoll,
    timeline,
  );
  return {
    options,
    laName: options.laName ?? DEFAULT_LA_NAME,
    laCode: SYNTHETIC_LA_CODE,
    root,
    timeline,
    factors: buildDayFactors(timeline),
    shared: planSharedDays(root.fork('shared-days'), timeline),
    latestExport,
    earlierExport,
    schools,
    dualRegistrations,
    guaranteedMissing: planGuaranteedMissing(
      root.fork('guaranteed-missing'),
      schools,
      timeline,
      latestExport.markDayCount,
    ),
  };
}

function planSharedDays(random: RandomStream, timeline: SchoolYearTimeline): SharedDays {
  const eid = new Uint8Array(timeline.days.length);
  const first = timeline.days[0];
  const last = timeline.days[timeline.days.length - 1];
  if (first && last) {
    const eidDates = new Set(approximateEidDates(first, last));
    timeline.days.forEach((day, index) => {
      if (eidDates.has(day)) eid[index] = 1;
    });
  }
  const snowDays = timeline.days.flatMap((day, index) =>
    ['01', '02'].includes(day.slice(5, 7)) ? [index] : [],
  );
  const travelDisruptionDay = random.chance(0.3) && snowDays.length > 0 ? random.pick(snowDays) : null;
  return { eid, travelDisruptionDay };
}

/** Year of first admission to this school for a pupil now in `ncYear`: the year its UPN was allocated. */
export function admissionYearFor(school: SyntheticSchool, academicYear: number, ncYear: number): number {
  const entryYearGroup = Math.max(0, Math.min(...school.yearGroups.filter((year) => year >= 0)));
  return academicYear - Math.max(0, ncYear - Math.max(entryYearGroup, 0));
}

/** The allocator a school's generation starts from: dual-registered pupils it is main school for come first. */
export function schoolUpnAllocator(
  school: SyntheticSchool,
  duals: readonly DualRegistration[],
  academicYear: number,
): { allocator: UpnAllocator; dualUpns: string[] } {
  const allocator = new UpnAllocator(SYNTHETIC_LA_CODE, school.establishmentNumber);
  const dualUpns = duals
    .filter((dual) => dual.mainSchoolIndex === school.index)
    .map((dual) => allocator.allocate(admissionYearFor(school, academicYear, dual.ncYear)));
  return { allocator, dualUpns };
}

function planDualRegistrations(
  random: RandomStream,
  schools: readonly SyntheticSchool[],
  startRoll: number,
  timeline: SchoolYearTimeline,
): DualRegistration[] {
  if (schools.length < 2) return [];
  const mainstream = schools.filter((school) => school.phase !== 'Special');
  const specials = schools.filter((school) => school.phase === 'Special');
  if (mainstream.length === 0) return [];
  const mainTable = new WeightedTable(mainstream.map((school) => [school, school.targetPupils] as const));
  const count = Math.max(1, Math.round(startRoll * DUAL_REGISTRATION_SHARE));
  const drafts: Omit<DualRegistration, 'upn'>[] = [];
  for (let ordinal = 0; ordinal < count; ordinal += 1) {
    const pupilRandom = random.fork(ordinal);
    const main = mainTable.draw(pupilRandom);
    const years = main.yearGroups.filter(isCompulsorySchoolAgeYear);
    if (years.length === 0) continue;
    const ncYear = pupilRandom.pick(years);
    const candidates =
      specials.length > 0
        ? specials
        : schools.filter((school) => school !== main && school.yearGroups.includes(ncYear));
    if (candidates.length === 0) continue;
    const subsidiary = pupilRandom.pick(candidates);
    drafts.push({
      key: `dual/${ordinal}`,
      ncYear,
      mainSchoolIndex: main.index,
      subsidiarySchoolIndex: subsidiary.index,
      subsidiaryWeekdays: pupilRandom.sample([1, 2, 3, 4, 5], pupilRandom.between(1, 2)),
      subsidiaryFromDay: pupilRandom.chance(0.6)
        ? 0
        : pupilRandom.int(Math.floor(timeline.days.length * 0.6)),
    });
  }
  const upnsByMain = new Map<number, string[]>();
  for (const school of schools) {
    const withUpn = drafts.map((draft) => ({ ...draft, upn: '' }));
    upnsByMain.set(school.index, schoolUpnAllocator(school, withUpn, timeline.academicYear).dualUpns);
  }
  return drafts.map((draft) => ({
    ...draft,
    upn: (upnsByMain.get(draft.mainSchoolIndex) as string[]).shift() as string,
  }));
}

function planGuaranteedMissing(
  random: RandomStream,
  schools: readonly SyntheticSchool[],
  timeline: SchoolYearTimeline,
  markDayCount: number,
): SyntheticLaPlan['guaranteedMissing'] {
  // 24 term days leaves room for an inset day or two inside the run and still gives 20+ school days.
  const runDays = random.between(24, 30);
  if (markDayCount < runDays + 10) return null;
  const fromDay = markDayCount - runDays;
  const runStart = timeline.days[fromDay] as string;
  // An unexpected closure inside the run would break it, so such a school is not chosen.
  const host = schools
    .filter((school) => school.yearGroups.some(isCompulsorySchoolAgeYear))
    .filter((school) => school.unexpectedClosureDay === null || school.unexpectedClosureDay < runStart)
    .sort((left, right) => right.targetPupils - left.targetPupils)[0];
  return host ? { schoolIndex: host.index, fromDay } : null;
}
