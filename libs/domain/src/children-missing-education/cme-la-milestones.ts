import { CME_MILESTONE_DAYS } from './cme-status.js';

// The milestones an LA's CME list is built on: from day 3, when the school notifies the Education Welfare
// Service (seed 001; days 1 and 2 are the school's own calls to the family and emergency contacts), then day 6
// (referral to the SPA), day 10 (the notification of 10 continuous school days of unauthorised absence) and
// day 20 (regulation 9 ground (i)).

/** CME_MILESTONE_DAYS from the first one the LA acts on. */
export const CME_LA_MILESTONE_DAYS: readonly number[] = CME_MILESTONE_DAYS.filter((days) => days >= 3);

/** The highest LA milestone reached after `days` consecutive school days of unexplained absence, or null. */
export function highestLaMilestone(days: number): number | null {
  return CME_LA_MILESTONE_DAYS.filter((milestone) => days >= milestone).at(-1) ?? null;
}
