import { isStaleExport, STALE_EXPORT_REGISTER_DATES_BEHIND, type IsoDate } from '@attendance/domain';
import type { MeasureDimension } from '../cohort-measures/measure-dimensions.js';
import { queryCohortMeasures } from '../cohort-measures/query-cohort-measures.js';
import { WHOLE_LA_SCOPE, type AnalyticsScope } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import {
  isSensitiveBreakdown,
  publishCohortMeasures,
  type PublishedCohortRow,
} from './publish-cohort-measures.js';
import { SCHOOL_REGISTER_DATES_BEHIND_SQL } from './stale-schools.sql.js';

export interface PublishedCohortMeasuresParams {
  dimensions: readonly MeasureDimension[];
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  /** One school's figures; default the whole LA. */
  urn?: string | undefined;
  /** Add each DfE reason column and its rate (makes the table sensitive). */
  reasons?: boolean;
}

export interface PublishedCohortMeasures {
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
  dataAsOf: IsoDate | null;
  dimensions: readonly MeasureDimension[];
  /** The school the figures are for; null for the whole LA. */
  urn: string | null;
  /** True when cells needed 10 enrolments rather than 6. */
  sensitive: boolean;
  /** Schools whose export is missing or stale for the period (their figures are marked `u` where they stand alone). */
  staleSchools: string[];
  rows: PublishedCohortRow[];
}

/**
 * A statutory-cohort breakdown of the whole LA or one school, with the disclosure rules applied: what an
 * aggregate-only audience (governors, published tables) receives. Safe for any caller: only suppressed
 * aggregates come out. Throws RangeError for bad dates or dimensions, or a URN the store does not hold.
 */
export async function queryPublishedCohortMeasures(
  store: AnalyticsStore,
  params: PublishedCohortMeasuresParams,
): Promise<PublishedCohortMeasures> {
  const scope: AnalyticsScope = params.urn ? { schools: [params.urn], pupilLevel: false } : WHOLE_LA_SCOPE;
  const reasons = params.reasons ?? false;
  const [result, freshness] = await Promise.all([
    queryCohortMeasures(store, { dimensions: params.dimensions, from: params.from, to: params.to, scope }),
    store.read((session) =>
      session.all(SCHOOL_REGISTER_DATES_BEHIND_SQL, { days: STALE_EXPORT_REGISTER_DATES_BEHIND }),
    ),
  ]);
  if (params.urn && !freshness.some((row) => row['urn'] === params.urn)) {
    throw new RangeError(`No school with URN ${params.urn}`);
  }
  const staleSchools = freshness
    .filter((row) => !params.urn || row['urn'] === params.urn)
    .filter((row) =>
      isStaleExport({
        registerDatesBehind: Number(row['register_dates_behind']),
        lastMarkDate: (row['last_mark_date'] ?? null) as string | null,
        periodEnd: result.end,
      }),
    )
    .map((row) => String(row['urn']));
  return {
    academicYear: result.academicYear,
    start: result.start,
    end: result.end,
    dataAsOf: result.dataAsOf,
    dimensions: result.dimensions,
    urn: params.urn ?? null,
    sensitive: isSensitiveBreakdown(result, reasons),
    staleSchools,
    rows: publishCohortMeasures(result, {
      staleSchools,
      reasons,
      ...(params.urn ? { schoolsOfEveryRow: [params.urn] } : {}),
    }),
  };
}
