import { DFE_TIME_IDENTIFIERS } from '@attendance/domain';
import { z } from 'zod';
import type { MeasureDimension } from '../../graphql/generated/graphql.js';

// The analyst workspace's URL state: the measure, the breakdown (one or two dimensions), the cohort, the period,
// the comparison and the DfE file's time identifier. Anything unknown in a hand-edited or old link falls back to
// the default rather than failing the page.

/** The rates of `AttendanceMeasures` an analyst can chart; overall absence is the DfE's headline. */
export const MEASURES = [
  'attendance',
  'overall-absence',
  'authorised',
  'unauthorised',
  'persistent',
  'severe',
] as const;
export type Measure = (typeof MEASURES)[number];

/** The API's `MeasureDimension`s, in the order the workspace offers them. */
export const DIMENSIONS = [
  'yearGroup',
  'senProvision',
  'fsm',
  'cin',
  'cpp',
  'cla',
  'sex',
  'ethnicity',
  'eal',
  'phase',
  'schoolType',
  'school',
] as const satisfies readonly MeasureDimension[];

export const COHORTS = ['statutory', 'outside-statutory'] as const;
export type CohortChoice = (typeof COHORTS)[number];

export const COMPARISONS = ['none', 'last-year', 'la', 'published'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** A calendar date as the API takes it; anything else in the URL is dropped (the API's default period). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const analysisSearchSchema = z
  .object({
    measure: z.enum(MEASURES).default('overall-absence').catch('overall-absence'),
    /** The first dimension (bars, rows) and the optional second (series, rows within each first value). */
    by: z.enum(DIMENSIONS).default('yearGroup').catch('yearGroup'),
    by2: z.enum(DIMENSIONS).optional().catch(undefined),
    cohort: z.enum(COHORTS).default('statutory').catch('statutory'),
    /** The period's first and last dates; by default the academic year to date (the API's default). */
    from: isoDate,
    to: isoDate,
    comparison: z.enum(COMPARISONS).default('none').catch('none'),
    /** The DfE file's time_identifier, when the analyst chose one; otherwise the one the period suggests. */
    dfeTime: z.enum(DFE_TIME_IDENTIFIERS).optional().catch(undefined),
  })
  // The same dimension twice is not a breakdown (the API refuses it): keep the first.
  .transform((search) => (search.by2 === search.by ? { ...search, by2: undefined } : search));

export type AnalysisSearch = z.infer<typeof analysisSearchSchema>;

/** The breakdown's dimensions in order, as the API takes them. */
export function dimensionsOf(search: Pick<AnalysisSearch, 'by' | 'by2'>): MeasureDimension[] {
  return search.by2 ? [search.by, search.by2] : [search.by];
}
