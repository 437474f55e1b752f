// Source: DfE "Children missing education: statutory guidance for local authorities" (August 2024) and the LA
// categories in the domain reference: children at risk of becoming missing, and children missing education.

/** Days of unexplained absence at which the school procedure escalates (seed 001): day 1 text and call,
 * day 2 emergency contacts, day 3 Education Welfare Service, day 6 referral to the SPA, day 10 the
 * notification of 10 continuous school days of unauthorised absence, day 20 regulation 9 ground (i). */
export const CME_MILESTONE_DAYS: readonly number[] = [1, 2, 3, 6, 10, 20];

/** Milestones reached after `days` consecutive school days of unexplained absence, in ascending order. */
export function milestonesReached(days: number): number[] {
  return CME_MILESTONE_DAYS.filter((milestone) => days >= milestone);
}

export const CME_STATUS_CATEGORIES = [
  { id: 'at-risk-known-to-la', group: 'at-risk', label: 'At risk of becoming missing: known to the LA' },
  {
    id: 'at-risk-not-known-to-la',
    group: 'at-risk',
    label: 'At risk of becoming missing: not known to the LA',
  },
  { id: 'missing-identified-located', group: 'missing', label: 'Missing education: identified and located' },
  {
    id: 'missing-identified-not-located',
    group: 'missing',
    label: 'Missing education: identified but not located',
  },
  { id: 'missing-unknown', group: 'missing', label: 'Missing education: unknown' },
] as const;

export type CmeStatusCategory = (typeof CME_STATUS_CATEGORIES)[number];
export type CmeStatusCategoryId = CmeStatusCategory['id'];
export type CmeStatusGroup = CmeStatusCategory['group'];
