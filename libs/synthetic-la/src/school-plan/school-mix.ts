import { ABSENCE_MODEL } from '../absence/absence-model-parameters.js';
import type { SchoolYearTimeline } from '../calendar/school-year-timeline.js';
import { RECEPTION, range } from '../pupils/nc-year.js';
import { WeightedTable, type RandomStream } from '../random/random-stream.js';
import { SchoolNamePool } from './school-names.js';
import type { SchoolPhase, SchoolPolicies, SchoolType, SyntheticSchool } from './synthetic-school.types.js';

// The shape of a typical English LA: mostly primaries, a few secondaries (about half with sixth forms),
// one to three special schools, and in larger LAs one all-through academy. Pupils split roughly as nationally:
// 53% primary phase, 45% secondary (incl. sixth form), 2% special.

export const SCHOOL_MIX = {
  phasePupilShare: { Primary: 0.53, Secondary: 0.45, Special: 0.02 },
  /** Primary sizes before scaling: forms of entry (pupils per year group) and weights. */
  primaryFormsOfEntry: [
    [15, 15],
    [30, 45],
    [60, 30],
    [90, 10],
  ] as const,
  secondaryCohortRange: [120, 320] as const,
  sixthFormChance: 0.55,
  sixthFormCohortShare: 0.45,
  nurseryChance: 0.35,
  nurseryCohortShare: 0.8,
  specialSizeRange: [80, 250] as const,
  fsmShareMedian: 0.22,
  fsmShareSpread: 0.45,
  specialFsmFactor: 1.8,
  diversitySpread: 0.8,
} as const;

const PRIMARY_TYPES = new WeightedTable<SchoolType>([
  ['Academy converter', 30],
  ['Community school', 33],
  ['Academy sponsor led', 10],
  ['Voluntary aided school', 9],
  ['Voluntary controlled school', 10],
  ['Foundation school', 5],
  ['Free school', 3],
]);
const SECONDARY_TYPES = new WeightedTable<SchoolType>([
  ['Academy converter', 50],
  ['Academy sponsor led', 20],
  ['Free school', 8],
  ['Community school', 10],
  ['Voluntary aided school', 7],
  ['Foundation school', 5],
]);
const SPECIAL_TYPES = new WeightedTable<SchoolType>([
  ['Community special school', 65],
  ['Academy special converter', 35],
]);

export interface PhaseCounts {
  primary: number;
  secondary: number;
  allThrough: number;
  special: number;
}

export function phaseCounts(schools: number): PhaseCounts {
  if (!Number.isInteger(schools) || schools < 1)
    throw new RangeError(`schools must be a positive integer, got ${schools}`);
  const special = schools >= 3 ? Math.min(3, Math.max(1, Math.round(schools / 25))) : 0;
  const allThrough = schools >= 25 ? 1 : 0;
  const secondary = schools >= 2 ? Math.max(1, Math.round(schools * 0.14)) : 0;
  return { primary: schools - special - allThrough - secondary, secondary, allThrough, special };
}

interface SchoolDraft {
  key: string;
  phase: SchoolPhase;
  type: SchoolType;
  name: string;
  yearGroups: number[];
  /** Relative pupils per year group (1 for a full year group). */
  cohortWeights: number[];
  nominalCohort: number;
  random: RandomStream;
}

/** Lays out the LA's schools; sizes scale so the start-of-year rolls add up to `startRoll`. */
export function planSchools(
  root: RandomStream,
  schoolCount: number,
  startRoll: number,
  timeline: SchoolYearTimeline,
): SyntheticSchool[] {
  const counts = phaseCounts(schoolCount);
  const names = new SchoolNamePool(root.fork('school-names'));
  const drafts: SchoolDraft[] = [
    ...range(0, counts.primary - 1).map((ordinal) =>
      draftPrimary(root.fork('primary', ordinal), `primary-${ordinal}`, names),
    ),
    ...range(0, counts.secondary - 1).map((ordinal) =>
      draftSecondary(root.fork('secondary', ordinal), `secondary-${ordinal}`, names),
    ),
    ...range(0, counts.allThrough - 1).map((ordinal) =>
      draftAllThrough(root.fork('all-through', ordinal), `all-through-${ordinal}`, names),
    ),
    ...range(0, counts.special - 1).map((ordinal) =>
      draftSpecial(root.fork('special', ordinal), `special-${ordinal}`, names),
    ),
  ];
  const scale = phaseScales(drafts, startRoll);
  const estabCounters = new Map<number, number>();
  const urnCounters = new Map<SchoolPhase, number>();
  return drafts.map((draft, index) => {
    const random = draft.random;
    const targetPupils = Math.max(
      draft.yearGroups.length * 3,
      Math.round(nominalSize(draft) * (scale.get(phaseGroupKey(draft.phase)) ?? 1)),
    );
    const estabPrefix = establishmentPrefix(draft.phase, draft.type);
    const estabCount = estabCounters.get(estabPrefix) ?? 0;
    estabCounters.set(estabPrefix, estabCount + 1);
    const establishmentNumber = String(estabPrefix * 1000 + ((estabCount * 37 + 11) % 1000)).padStart(4, '0');
    const urnCount = urnCounters.get(draft.phase) ?? 0;
    urnCounters.set(draft.phase, urnCount + 1);
    const special = draft.phase === 'Special';
    const fsmShare = Math.min(
      0.7,
      Math.max(
        0.03,
        random.logNormal(SCHOOL_MIX.fsmShareMedian, SCHOOL_MIX.fsmShareSpread) *
          (special ? SCHOOL_MIX.specialFsmFactor : 1),
      ),
    );
    return {
      index,
      urn: String(URN_BASE[draft.phase] + ((urnCount * 7919 + 1357) % 10000)),
      laestab: `999${establishmentNumber}`,
      establishmentNumber,
      name: draft.name,
      phase: draft.phase,
      type: draft.type,
      yearGroups: draft.yearGroups,
      targetPupils,
      fsmShare,
      diversity: random.logNormal(1, SCHOOL_MIX.diversitySpread),
      absenceCulture: random.logNormal(
        Math.exp(-(ABSENCE_MODEL.schoolSpread ** 2) / 2),
        ABSENCE_MODEL.schoolSpread,
      ),
      closureDays: drawClosureDays(random, timeline, draft.phase),
      unexpectedClosureDay: drawUnexpectedClosure(random, timeline),
      policies: drawPolicies(random, timeline, draft.yearGroups),
      cohortWeights: draft.cohortWeights,
      hasEarlierExport: false,
    };
  });
}

const URN_BASE: Readonly<Record<SchoolPhase, number>> = {
  Primary: 910000,
  Secondary: 940000,
  'All-through': 960000,
  Special: 970000,
};

/** DfE establishment number conventions: 2xxx primary, 3xxx VA/VC primary, 4xxx secondary, 5xxx VA/foundation secondary, 7xxx special. */
function establishmentPrefix(phase: SchoolPhase, type: SchoolType): number {
  const church = type === 'Voluntary aided school' || type === 'Voluntary controlled school';
  if (phase === 'Special') return 7;
  if (phase === 'Primary') return church ? 3 : 2;
  return church || type === 'Foundation school' ? 5 : 4;
}

function phaseGroupKey(phase: SchoolPhase): keyof typeof SCHOOL_MIX.phasePupilShare {
  return phase === 'All-through' ? 'Secondary' : phase;
}

function nominalSize(draft: SchoolDraft): number {
  return draft.nominalCohort * draft.cohortWeights.reduce((sum, weight) => sum + weight, 0);
}

function phaseScales(drafts: readonly SchoolDraft[], startRoll: number): Map<string, number> {
  const nominalByGroup = new Map<string, number>();
  for (const draft of drafts) {
    const key = phaseGroupKey(draft.phase);
    nominalByGroup.set(key, (nominalByGroup.get(key) ?? 0) + nominalSize(draft));
  }
  const shareTotal = [...nominalByGroup.keys()].reduce(
    (sum, key) => sum + SCHOOL_MIX.phasePupilShare[key as keyof typeof SCHOOL_MIX.phasePupilShare],
    0,
  );
  const scales = new Map<string, number>();
  for (const [key, nominal] of nominalByGroup) {
    const share = SCHOOL_MIX.phasePupilShare[key as keyof typeof SCHOOL_MIX.phasePupilShare] / shareTotal;
    scales.set(key, (startRoll * share) / nominal);
  }
  return scales;
}

function draftPrimary(random: RandomStream, key: string, names: SchoolNamePool): SchoolDraft {
  const type = PRIMARY_TYPES.draw(random);
  const nursery = random.chance(SCHOOL_MIX.nurseryChance);
  const yearGroups = [...(nursery ? [-1] : []), ...range(RECEPTION, 6)];
  const formEntry = new WeightedTable(
    SCHOOL_MIX.primaryFormsOfEntry.map(([size, weight]) => [size, weight] as const),
  );
  return {
    key,
    phase: 'Primary',
    type,
    name: primaryName(random, type, names),
    yearGroups,
    cohortWeights: yearGroups.map((year) => (year < 0 ? SCHOOL_MIX.nurseryCohortShare : 1)),
    nominalCohort: formEntry.draw(random) * random.uniform(0.82, 1.02),
    random,
  };
}

function primaryName(random: RandomStream, type: SchoolType, names: SchoolNamePool): string {
  if (type === 'Voluntary aided school') {
    return `${names.dedication()} ${random.chance(0.6) ? 'Catholic' : 'CE'} Primary School`;
  }
  if (type === 'Voluntary controlled school') return `${names.dedication()} CE Primary School`;
  const place = names.place();
  if (type === 'Academy converter' || type === 'Academy sponsor led') {
    return random.chance(0.5) ? `${place} Primary Academy` : `${place} Primary School`;
  }
  if (type === 'Free school') return `${place} Free School`;
  return random.chance(0.3) ? `${place} Community Primary School` : `${place} Primary School`;
}

function draftSecondary(random: RandomStream, key: string, names: SchoolNamePool): SchoolDraft {
  const type = SECONDARY_TYPES.draw(random);
  const sixthForm = random.chance(SCHOOL_MIX.sixthFormChance);
  const yearGroups = range(7, sixthForm ? 13 : 11);
  const place = type === 'Voluntary aided school' ? null : names.place();
  const name =
    place === null
      ? `${names.dedication()} Catholic High School`
      : type === 'Academy converter' || type === 'Academy sponsor led'
        ? random.pick([`${place} Academy`, `${place} School`, `${place} High School`])
        : type === 'Free school'
          ? `${place} Free School`
          : random.pick([`${place} High School`, `${place} Community College`, `${place} School`]);
  return {
    key,
    phase: 'Secondary',
    type,
    name,
    yearGroups,
    cohortWeights: yearGroups.map((year) => (year >= 12 ? SCHOOL_MIX.sixthFormCohortShare : 1)),
    nominalCohort: random.between(SCHOOL_MIX.secondaryCohortRange[0], SCHOOL_MIX.secondaryCohortRange[1]),
    random,
  };
}

function draftAllThrough(random: RandomStream, key: string, names: SchoolNamePool): SchoolDraft {
  const yearGroups = range(RECEPTION, 13);
  return {
    key,
    phase: 'All-through',
    type: 'Academy converter',
    name: `${names.place()} All-through Academy`,
    yearGroups,
    cohortWeights: yearGroups.map((year) =>
      year <= 6 ? 0.4 : year >= 12 ? SCHOOL_MIX.sixthFormCohortShare : 1,
    ),
    nominalCohort: random.between(150, 220),
    random,
  };
}

function draftSpecial(random: RandomStream, key: string, names: SchoolNamePool): SchoolDraft {
  const yearGroups = range(RECEPTION, 14);
  const size = random.between(SCHOOL_MIX.specialSizeRange[0], SCHOOL_MIX.specialSizeRange[1]);
  return {
    key,
    phase: 'Special',
    type: SPECIAL_TYPES.draw(random),
    name: `${names.place()} ${random.pick(['School', 'Special School', 'Academy'])}`,
    yearGroups,
    cohortWeights: yearGroups.map(() => 1),
    nominalCohort: size / yearGroups.length,
    random,
  };
}

/**
 * The school's inset days (`#`): the LA's five, with up to three moved to other days schools often choose
 * (next to a holiday), plus a polling-day closure for some primaries. Every school keeps 190 pupil days or
 * one fewer.
 */
function drawClosureDays(random: RandomStream, timeline: SchoolYearTimeline, phase: SchoolPhase): string[] {
  const closures = new Set(timeline.termConfig.insetDays);
  const moved = new WeightedTable([
    [0, 25],
    [1, 35],
    [2, 25],
    [3, 15],
  ] as const).draw(random);
  const candidates = timeline.breaks
    .flatMap((edge) => [edge.lastDayBefore, edge.firstDayAfter])
    .filter((day): day is number => day !== null)
    .map((day) => timeline.days[day] as string)
    .filter((day) => !closures.has(day));
  const laInsetDays = [...timeline.termConfig.insetDays];
  for (let move = 0; move < moved && candidates.length > 0 && laInsetDays.length > 0; move += 1) {
    const from = laInsetDays.splice(random.int(laInsetDays.length), 1)[0] as string;
    const to = candidates.splice(random.int(candidates.length), 1)[0] as string;
    closures.delete(from);
    closures.add(to);
  }
  if (phase === 'Primary' && random.chance(0.15)) {
    const pollingDay = firstThursdayOfMay(timeline);
    if (pollingDay !== null) closures.add(pollingDay);
  }
  return [...closures].sort();
}

function firstThursdayOfMay(timeline: SchoolYearTimeline): string | null {
  const index = timeline.days.findIndex(
    (day, position) => day.slice(5, 7) === '05' && timeline.weekday[position] === 4,
  );
  return index >= 0 && Number((timeline.days[index] as string).slice(8, 10)) <= 7
    ? (timeline.days[index] as string)
    : null;
}

function drawUnexpectedClosure(random: RandomStream, timeline: SchoolYearTimeline): string | null {
  if (!random.chance(0.08)) return null;
  const winter = timeline.days.filter((day) => ['12', '01', '02'].includes(day.slice(5, 7)));
  return winter.length > 0 ? random.pick(winter) : null;
}

function drawPolicies(
  random: RandomStream,
  timeline: SchoolYearTimeline,
  yearGroups: readonly number[],
): SchoolPolicies {
  const days = timeline.days;
  const summerSecondHalfStart = timeline.halfTerm.indexOf(6);
  const mondaysAfter = (from: number): number[] =>
    from < 0 ? [] : range(from, days.length - 5).filter((day) => timeline.weekday[day] === 1);
  const trips: [number, number, number][] = [];
  for (const year of yearGroups.filter((candidate) => candidate >= 0 && candidate <= 11)) {
    const count = year <= 6 ? random.between(1, 2) : random.between(0, 1);
    for (let trip = 0; trip < count; trip += 1) trips.push([year, random.int(days.length), 1]);
  }
  if (yearGroups.includes(6) && random.chance(0.6)) {
    const summerStart = timeline.term.indexOf(2);
    const candidates = mondaysAfter(summerStart);
    if (candidates.length > 0) trips.push([6, random.pick(candidates), 3]);
  }
  const workExperienceWeeks = mondaysAfter(summerSecondHalfStart);
  const studyLeaveStarts = mondaysAfter(timeline.halfTerm.indexOf(5));
  return {
    nurseryMorningOnlyShare: random.uniform(0.4, 0.8),
    receptionPhasedStartDays: yearGroups.includes(RECEPTION) && random.chance(0.5) ? random.between(3, 8) : 0,
    sixthFormStudyAfternoon: yearGroups.includes(12) && random.chance(0.5) ? random.between(1, 5) : null,
    workExperienceStartDay:
      yearGroups.includes(10) && random.chance(0.5) && workExperienceWeeks.length > 0
        ? random.pick(workExperienceWeeks)
        : null,
    studyLeaveStartDay:
      yearGroups.includes(11) && random.chance(0.15) && studyLeaveStarts.length > 0
        ? (studyLeaveStarts[0] as number)
        : null,
    trips,
  };
}
