import { z } from 'zod';

// The school page's URL state: the period, the breakdown shown, the action list open, its order and page.
// Anything unknown in a hand-edited or old link falls back to the default rather than failing the page.

export const BREAKDOWNS = [
  'yearGroup',
  'senProvision',
  'fsm',
  'cin',
  'cpp',
  'cla',
  'sex',
  'ethnicity',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const ACTION_LISTS = [
  'persistent',
  'severe',
  'bandCrossings',
  'penaltyNotice',
  'cme',
  'illness',
  'partTime',
  'earlyWarning',
] as const;
export type ActionListId = (typeof ACTION_LISTS)[number];

/** A calendar date as the API takes it; anything else in the URL is dropped (the API's default period). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const schoolSearchSchema = z.object({
  /** The period's first and last dates; by default the academic year to date (the API's default). */
  from: isoDate,
  to: isoDate,
  breakdown: z.enum(BREAKDOWNS).default('yearGroup').catch('yearGroup'),
  list: z.enum(ACTION_LISTS).default('persistent').catch('persistent'),
  /** The open list's order, one of its sorts (checked by the list; unknown means its default). */
  sort: z.string().max(20).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});

export type SchoolSearch = z.infer<typeof schoolSearchSchema>;

/** The period of every figure on the page, as the API's `from`/`to` (absent: its default). */
export interface SchoolPeriod {
  from?: string | undefined;
  to?: string | undefined;
}
