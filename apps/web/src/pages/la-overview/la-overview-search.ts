import { z } from 'zod';

// The LA overview's URL state: the schools table's filters (phase and type, as the schools file names them),
// its order and page. Anything unknown in a hand-edited or old link falls back to the default rather than
// failing (an old link sorted by a column the API cannot sort by opens sorted by name).

/** The columns the API sorts schools by (SchoolSortOrder); the table's other columns are not sortable. */
export const SCHOOL_TABLE_SORTS = [
  'name',
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
  /** The schools table's page, from 1. */
  page: z.coerce.number().int().min(1).default(1).catch(1),
});

export type LaOverviewSearch = z.infer<typeof laOverviewSearchSchema>;
