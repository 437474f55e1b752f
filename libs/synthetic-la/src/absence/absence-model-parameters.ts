// Every number that shapes the synthetic absence, in one place. Targets are the national figures for
// state-funded primary, secondary and special schools in /work/shared/domain/reference.md and the DfE's
// 2024/25 daily attendance data (overall absence 6.9%, primary 5.2%, secondary 8.6%, special 12.9%,
// illness 3.2% of sessions, unauthorised 2.3%, persistent absence 18.7%). The values were tuned by running
// the calibration test (README) and adjusting until the measured figures sat near the targets.

/** Weighted choices as [value, weight]. */
export type Weighted<T> = readonly (readonly [T, number])[];

export const ABSENCE_MODEL = {
  /** Mean everyday absence propensity (share of sessions) of a pupil with every factor at 1. */
  baseRate: 0.0295,
  /** Log-scale spread of the pupil's own propensity (most pupils miss little, a tail misses a lot). */
  individualSpread: 0.9,
  /** Log-scale spread of a school's own effect on absence. */
  schoolSpread: 0.2,
  /** Relative everyday absence by NC year ordinal (N2 = -1 .. 14): rises through secondary school. */
  yearGroupFactor: {
    [-1]: 1.5,
    0: 0.95,
    1: 0.88,
    2: 0.84,
    3: 0.82,
    4: 0.82,
    5: 0.84,
    6: 0.88,
    7: 1.15,
    8: 1.35,
    9: 1.5,
    10: 1.6,
    11: 1.7,
    12: 1.5,
    13: 1.55,
    14: 1.6,
  } as Readonly<Record<number, number>>,
  /** Special schools: pupils with complex needs and more medical absence. */
  specialSchoolFactor: 1.75,
  fsmFactor: 1.95,
  senSupportFactor: 1.6,
  ehcPlanFactor: 1.9,
  childInNeedFactor: 2.4,
  childProtectionFactor: 2.0,
  lookedAfterFactor: 1.2,
  /** Cap on a pupil's everyday propensity; higher absence comes from the severe group below. */
  maxRate: 0.45,

  /** Share of everyday absence that is unauthorised (O, and U lates): grows with the pupil's absence. */
  unauthorisedShareBase: 0.12,
  unauthorisedShareSlope: 0.8,
  unauthorisedShareFsm: 0.08,
  unauthorisedShareSecondary: 0.07,
  unauthorisedShareMax: 0.7,
  /** Share of everyday absence that is a medical or dental appointment (single sessions). */
  medicalShare: 0.05,
  /** Share of everyday absence that is other authorised leave (C). */
  otherAuthorisedShare: 0.03,

  /** Severe absence (school refusal, disengagement): chance per pupil and the propensity they get. */
  severeChance: 0.0085,
  severePhaseFactor: { primary: 0.45, secondary: 2.1, special: 2.5 },
  severeFsmFactor: 2,
  severeChildInNeedFactor: 3,
  severeSenFactor: 1.5,
  severeRateRange: [0.48, 0.9] as const,

  /** Pupils whose attendance declines: chance, when it starts (share of the year) and how far it goes. */
  declineChance: { primary: 0.05, secondary: 0.11, special: 0.07 },
  declineStartsBy: 0.6,
  declineFinalFactorRange: [2, 5] as const,

  /** Children who stop attending (CME): chance per pupil, and how many `N` days before `O`. */
  missingChance: { primary: 0.0005, secondary: 0.0015, special: 0.001 },
  missingNotYetKnownDays: [3, 8] as const,

  /** Chance of arriving late (median, log spread) on a morning the pupil attends; share after close (U). */
  latenessMedian: 0.018,
  latenessSpread: 1.0,
  lateAfterCloseShare: 0.14,

  /** Illness by calendar month (1..12), normalised over the year: winter peak December to February. */
  illnessByMonth: {
    1: 1.1,
    2: 1.05,
    3: 0.95,
    4: 0.85,
    5: 0.8,
    6: 0.75,
    7: 0.8,
    8: 1,
    9: 0.7,
    10: 0.95,
    11: 1.1,
    12: 1.35,
  } as Readonly<Record<number, number>>,
  /** Relative chance an episode starts on each weekday (1 = Monday), normalised over the week. */
  illnessByWeekday: { 1: 1.15, 2: 1.0, 3: 0.92, 4: 0.92, 5: 1.05 } as Readonly<Record<number, number>>,
  unauthorisedByWeekday: { 1: 1.1, 2: 0.8, 3: 0.75, 4: 0.8, 5: 1.6 } as Readonly<Record<number, number>>,
  /** Unauthorised absence creeps up through the year (autumn, spring, summer). */
  unauthorisedByTerm: [0.8, 0.95, 1.35] as const,

  /** Illness episode length in school days; a share of episodes are an afternoon only (sent home). */
  illnessDays: [
    [1, 42],
    [2, 25],
    [3, 14],
    [4, 7],
    [5, 5],
    [7, 4],
    [10, 2],
    [15, 1],
  ] as Weighted<number>,
  illnessAfternoonOnlyShare: 0.1,
  /** Unauthorised episodes: mostly single days; some afternoons only; a few runs. */
  unauthorisedDays: [
    [1, 70],
    [2, 12],
    [3, 8],
    [5, 6],
    [8, 4],
  ] as Weighted<number>,
  unauthorisedAfternoonOnlyShare: 0.25,
  severeEpisodeDays: [
    [3, 20],
    [5, 30],
    [8, 25],
    [12, 15],
    [20, 10],
  ] as Weighted<number>,

  /** Term-time holidays: chance per pupil, extra chance of a second, length in school days, share authorised (C). */
  holidayChance: { primary: 0.21, secondary: 0.11, special: 0.07 },
  secondHolidayChance: 0.15,
  holidayDays: [
    [2, 10],
    [3, 15],
    [4, 15],
    [5, 35],
    [7, 10],
    [10, 15],
  ] as Weighted<number>,
  /** Which holiday a family stretches, by half term before it (1..6; 6 = summer). */
  holidayBreakWeights: [
    [1, 1],
    [2, 1.5],
    [3, 1],
    [4, 1.5],
    [5, 1.5],
    [6, 3],
  ] as Weighted<number>,
  holidayAuthorisedShare: 0.12,
  /** Some families of South Asian heritage make a longer visit abroad. */
  extendedVisitChance: 0.02,
  extendedVisitDays: [10, 20] as const,

  /** Suspensions (E): expected number per pupil per year by phase, and their length in days. */
  suspensionsPerYear: { primary: 0.05, secondary: 0.4, special: 0.17 },
  suspensionRiskFactors: { senSupport: 2.2, ehcPlan: 1.8, fsm: 2, childInNeed: 2, male: 1.6 },
  suspensionDays: [
    [1, 50],
    [2, 25],
    [3, 15],
    [5, 10],
  ] as Weighted<number>,

  /** Part-time timetables (C2, afternoons), compulsory school age only. */
  partTimeChance: { primary: 0.002, secondary: 0.006, special: 0.02 },
  partTimeDays: [20, 60] as const,
  /** Education arranged by the LA (K) for a few secondary pupils, two days a week. */
  laArrangedChance: 0.004,

  /** Mobile families (Gypsy, Roma and Traveller heritage) travelling for work in the summer term (T). */
  travellerChance: 0.3,
  travellerDays: [5, 15] as const,
  /** Share of observing pupils marked `R` on an Eid day. */
  eidAbsenceShare: 0.8,
  /** Share of pupils kept home by widespread travel disruption (Y2) on the LA's snow day, if any. */
  travelDisruptionShare: 0.05,
  /** Daily chance a special-school pupil's transport fails (Y1). */
  transportFailurePerDay: 0.0015,
  /** Approved activities: sporting fixture afternoons (P) and off-site education (B), chance per day. */
  sportingPerDay: 0.0015,
  offSitePerDay: 0.0003,
  /** Interviews (J1) for year 11 and 13 in spring. */
  interviewPerDay: 0.004,
} as const;

/** How long before a school records the real reason for an absence (N until then). */
export const REASON_DELAY = {
  /** Share of illness episodes a parent reports on the first day. */
  illnessReportedSameDay: 0.72,
  /** Share of unauthorised episodes already explained (e.g. a refused leave request) on the day. */
  unauthorisedKnownSameDay: 0.1,
  holidayKnownSameDay: 0.6,
  /** Delay in school days once unexplained: the 5-day rule. */
  delayDays: [
    [1, 30],
    [2, 30],
    [3, 20],
    [4, 12],
    [5, 8],
  ] as Weighted<number>,
  /** Share of unexplained unauthorised episodes never resolved (final `N`). */
  neverResolvedShare: 0.015,
} as const;
