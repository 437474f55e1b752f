/**
 * One rung of an LA's attendance escalation ladder. Bands are LA configuration, not code: each LA sets its
 * own ranges, stages and actions. Rates are attendance percentages (0..100).
 */
export interface EscalationBand {
  id: string;
  label: string;
  /** Inclusive, unless `minExclusive` is set. */
  minAttendanceRate: number;
  /** Exclusive, unless `maxInclusive` is set; a band ending at 100 always includes 100. */
  maxAttendanceRate: number;
  /** Lets a band start just above a boundary that the band below includes (see the PA band). */
  minExclusive?: boolean;
  maxInclusive?: boolean;
  stage: string;
  actions: string[];
}
