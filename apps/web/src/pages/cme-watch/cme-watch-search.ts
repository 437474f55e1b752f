import { CME_LA_MILESTONE_DAYS } from '@attendance/domain';
import { z } from 'zod';
import type { CmeMilestoneSortOrder } from '../../graphql/generated/graphql.js';

// The CME watch's URL state: the milestone the list is filtered to (none: every run of 3 days or more), its
// order and page. Anything unknown in a hand-edited or old link falls back to the default.

export const CME_SORTS = ['days', 'school', 'yearGroup'] as const;
export type CmeSort = (typeof CME_SORTS)[number];

export const CME_SORT_LABELS: Readonly<Record<CmeSort, string>> = {
  days: 'Longest run first',
  school: 'School',
  yearGroup: 'Year group',
};

export const CME_SORT_ORDERS: Readonly<Record<CmeSort, CmeMilestoneSortOrder>> = {
  days: 'DAYS',
  school: 'SCHOOL',
  yearGroup: 'YEAR_GROUP',
};

export const cmeWatchSearchSchema = z.object({
  milestone: z.coerce
    .number()
    .refine((days) => CME_LA_MILESTONE_DAYS.includes(days))
    .optional()
    .catch(undefined),
  sort: z.enum(CME_SORTS).default('days').catch('days'),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});

export type CmeWatchSearch = z.infer<typeof cmeWatchSearchSchema>;
