import type { AnalysisPublishedQuery } from '../../graphql/generated/graphql.js';
import { MEASURE_DEFINITIONS } from './analysis-measures.js';
import type { Measure } from './analysis-search.js';
import type { PublishedArea } from './analysis-table-model.js';

type PublishedRow = AnalysisPublishedQuery['laOverview']['comparisons']['published'][number];

/** The levels compared: the LA's own figures come from its registers, so only the region and England. */
const COMPARED_LEVELS: ReadonlySet<string> = new Set(['REGION', 'ENGLAND']);

export interface PublishedComparison {
  areas: PublishedArea[];
  /**
   * Each source (e.g. "Daily attendance data") whose region and England rows do not publish the measure at all
   * (severe absence is census only, attendance daily only): the page says so rather than showing a column of x.
   */
  notPublishedIn: string[];
}

/** The region's and England's published figures for the measure, each labelled with source, year and period. */
export function publishedComparison(rows: readonly PublishedRow[], measure: Measure): PublishedComparison {
  const field = MEASURE_DEFINITIONS[measure].field;
  const compared = rows.filter((row) => COMPARED_LEVELS.has(row.level));
  const unpublished = (row: PublishedRow) => row[field].value === null && row[field].symbol === 'x';
  const notPublishedIn = [...new Set(compared.map((row) => row.methodLabel))].filter((method) =>
    compared.filter((row) => row.methodLabel === method).every(unpublished),
  );
  return {
    areas: compared
      .filter((row) => !notPublishedIn.includes(row.methodLabel))
      .map((row) => ({
        label: `${row.areaName} (${row.methodLabel}, ${row.academicYear}, ${row.periodLabel})`,
        figure: row[field],
      })),
    notPublishedIn,
  };
}
