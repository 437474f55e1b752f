import type { IsoDate } from '@attendance/domain';

export type SchoolPhase = 'Primary' | 'Secondary' | 'Special' | 'All-through';

export type SchoolType =
  | 'Community school'
  | 'Voluntary aided school'
  | 'Voluntary controlled school'
  | 'Foundation school'
  | 'Academy converter'
  | 'Academy sponsor led'
  | 'Free school'
  | 'Community special school'
  | 'Academy special converter';

/** Whole-school practices that leave their own marks in the register. */
export interface SchoolPolicies {
  /** Nursery (N2) places are mornings only for this share of nursery pupils; `X` in the afternoon. */
  nurseryMorningOnlyShare: number;
  /** Reception starts part time: `X` in the afternoons of the first few days. */
  receptionPhasedStartDays: number;
  /** Sixth formers are not required in school on this weekday afternoon (1 = Monday); `X`. */
  sixthFormStudyAfternoon: number | null;
  /** Year 10 work experience week (`W`): index of its first term day, or null. */
  workExperienceStartDay: number | null;
  /** Year 11 study leave before exams (`S`): index of its first term day, or null. */
  studyLeaveStartDay: number | null;
  /** Whole-year-group trips (`V`), as [ncYear, term day index, days]. */
  trips: readonly (readonly [number, number, number])[];
}

export interface SyntheticSchool {
  /** Position in the LA plan; every random stream of the school is keyed by it. */
  index: number;
  urn: string;
  laestab: string;
  establishmentNumber: string;
  name: string;
  phase: SchoolPhase;
  type: SchoolType;
  /** NC year ordinals taught (N2 = -1, R = 0, 1..14). */
  yearGroups: readonly number[];
  /** Relative size of each year group in `yearGroups` (nursery and sixth form are smaller). */
  cohortWeights: readonly number[];
  /** Pupils on roll at the start of the year (before joiners and leavers). */
  targetPupils: number;
  /** Share of pupils eligible for free school meals (the school's intake). */
  fsmShare: number;
  /** Multiplier on the chance a pupil is not White British (1 = national mix). */
  diversity: number;
  /** The school's own effect on absence (attendance culture, follow-up), around 1. */
  absenceCulture: number;
  /** The school's own inset days (`#` in every session): mostly the LA's, some moved. */
  closureDays: readonly IsoDate[];
  /** A day the site closed unexpectedly (`Y4`; `Y` before 2024/25), or null. */
  unexpectedClosureDay: IsoDate | null;
  policies: SchoolPolicies;
  /** The school also sends an export a week earlier that the latest export amends. */
  hasEarlierExport: boolean;
}

/** A pupil on roll at two schools: main registration at one, subsidiary at the other. */
export interface DualRegistration {
  /** Key of the pupil's random stream, shared by both schools so they agree on the pupil. */
  key: string;
  upn: string;
  ncYear: number;
  mainSchoolIndex: number;
  subsidiarySchoolIndex: number;
  /** ISO weekdays (1 = Monday) the pupil spends at the subsidiary school. */
  subsidiaryWeekdays: readonly number[];
  /** Term day index the subsidiary registration starts; the main school has the pupil all along. */
  subsidiaryFromDay: number;
}
