import { z } from 'zod';

// The LA overview's URL state: the schools table's filters (phase and type, as the schools file names them)
// and its order. Anything unknown in a hand-edited or old link falls back to the default rather than failing.

export const SCHOOL_TABLE_SORTS = [
  'urn',
  'name',
  'phase',
  'type',
  'enrolments',
  'attendance',
  'persistent',
  'severe',
  'four-week-change',
  'penalty-notice',
  'cme',
  'last-data',
] as const;
export type SchoolTableSort = (typeof SCHOOL_TABLE_SORTS)[number];

export const laOverviewSearchSchema = z.object({
  phase: z.string().max(60).optional().catch(undefined),
  type: z.string().max(60).optional().catch(undefined),
  sort: z.enum(SCHOOL_TABLE_SORTS).default('name').catch('name'),
  direction: z.enum(['ascending', 'descending']).default('ascending').catch('ascending'),
});

export type LaOverviewSearch = z.infer<typeof laOverviewSearchSchema>;
