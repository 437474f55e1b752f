import {
  LoadingMessage,
  PublishedComparisonTable,
  SymbolKey,
  type PublishedComparisonRow,
  type PublishedFigureValue,
  type SymbolMeaning,
} from '@attendance/web-ui';
import type { GovernorComparisonsQuery, GovernorCohortQuery } from '../../graphql/generated/graphql.js';
import { figureOf, symbolsUsed, totalRow } from './governor-cohorts.js';

type Overview = GovernorComparisonsQuery['schoolOverview'];
type PublishedComparison = Overview['comparisons']['published'][number];

const HEADLINE_COLUMNS = [
  { header: 'Pupils', format: 'count' as const },
  { header: 'Overall absence', format: 'rate' as const },
  { header: 'Persistent absence', format: 'rate' as const },
  { header: 'Authorised absence', format: 'rate' as const },
  { header: 'Unauthorised absence', format: 'rate' as const },
];

const NOT_PUBLISHED: PublishedFigureValue = { value: null, symbol: 'x' };

/**
 * The published figures' symbols, with the meanings the API gives: the school's and LA's tables' own, then the
 * DfE's for a symbol only its files use (e.g. `k`); a symbol neither explains is shown as "not available".
 */
export function symbolMeanings(
  tables: GovernorCohortQuery | undefined,
  dfeSymbols: readonly SymbolMeaning[] = [],
): SymbolMeaning[] {
  const meanings = new Map<string, string>();
  for (const entry of [...(tables?.school.symbols ?? []), ...(tables?.la.symbols ?? [])]) {
    meanings.set(entry.symbol, entry.meaning);
  }
  for (const entry of dfeSymbols) {
    if (!meanings.has(entry.symbol)) meanings.set(entry.symbol, entry.meaning);
  }
  return [...meanings].map(([symbol, meaning]) => ({ symbol, meaning }));
}

/** The DfE's figures for a level (REGION, ENGLAND): daily data first, as the API orders them. */
function publishedFor(overview: Overview, level: string): PublishedComparison | undefined {
  return overview.comparisons.published.find((comparison) => comparison.level === level);
}

function publishedRow(label: string, comparison: PublishedComparison | undefined): PublishedComparisonRow {
  return {
    label: comparison
      ? `${comparison.areaName}, ${comparison.phase === 'Total' ? 'all' : comparison.phase.toLowerCase()} schools`
      : `${label}: not published for this LA`,
    figures: comparison
      ? [
          NOT_PUBLISHED,
          comparison.overallAbsenceRate,
          comparison.persistentAbsenceRate,
          comparison.authorisedAbsenceRate,
          comparison.unauthorisedAbsenceRate,
        ]
      : HEADLINE_COLUMNS.map(() => NOT_PUBLISHED),
  };
}

export interface GovernorHeadlineProps {
  overview: Overview;
  /** The school's and the LA's published tables (any one dimension: their total rows are the headline). */
  tables: GovernorCohortQuery | undefined;
  laName: string;
  periodLabel: string;
}

/**
 * The school's headline beside the LA, the region and England, every figure published (disclosure-controlled
 * for the school and LA, the DfE's own for region and England).
 */
export function GovernorHeadline({ overview, tables, laName, periodLabel }: GovernorHeadlineProps) {
  if (!tables) return <LoadingMessage text="Loading the headline figures…" />;
  const headlineOf = (table: GovernorCohortQuery['school'], label: string): PublishedComparisonRow => {
    const total = totalRow(table);
    return {
      label,
      figures: [
        total?.enrolments ?? NOT_PUBLISHED,
        figureOf(total, 'sess_overall_percent'),
        figureOf(total, 'enrolments_pa_10_exact_percent'),
        figureOf(total, 'sess_authorised_percent'),
        figureOf(total, 'sess_unauthorised_percent'),
      ],
    };
  };
  const rows = [
    headlineOf(tables.school, overview.school.name),
    headlineOf(tables.la, laName),
    publishedRow('Region', publishedFor(overview, 'REGION')),
    publishedRow('England', publishedFor(overview, 'ENGLAND')),
  ];
  const symbols = symbolMeanings(tables, overview.comparisons.symbols);
  return (
    <>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Headline figures">
        <PublishedComparisonTable
          caption={`Headline figures, ${periodLabel}: pupils of statutory school age, absence as a percentage of possible sessions, persistent absence as a percentage of pupils`}
          rowHeader="Area"
          columns={HEADLINE_COLUMNS}
          rows={rows}
          symbols={symbols}
        />
      </div>
      <SymbolKey symbols={symbols} used={symbolsUsed(rows)} />
    </>
  );
}
