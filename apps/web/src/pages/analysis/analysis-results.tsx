import { formatDate, LoadingMessage, RetryableError, SummaryList } from '@attendance/web-ui';
import { AnalysisChart } from './analysis-chart.js';
import { breakdownWords } from './analysis-chart-data.js';
import { COMPARISON_LABELS } from './analysis-controls.js';
import { AnalysisDownloads } from './analysis-downloads.js';
import { analysisFileStem } from './analysis-export.js';
import { COHORT_CHOICES, MEASURE_DEFINITIONS } from './analysis-measures.js';
import { publishedComparison } from './analysis-published.js';
import type { AnalysisSearch } from './analysis-search.js';
import { AnalysisTable } from './analysis-table.js';
import { analysisTable, type AnalysisComparison, type AnalysisTableInput } from './analysis-table-model.js';
import { suggestedTimeIdentifier } from './dfe-time-identifier.js';
import {
  useLastYearMeasures,
  usePublishedComparisons,
  useSchoolNames,
  type CohortMeasures,
} from './use-analysis.js';

export interface AnalysisResultsProps {
  measures: CohortMeasures;
  search: AnalysisSearch;
  onSearchChange: (change: Partial<AnalysisSearch>) => void;
}

const SOURCE = "Attendance Insight, from schools' daily attendance registers (DfE definitions)";

/** "year group and sex" -> "Year group and sex". */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2026/27" -> 2026. */
function startYearOf(academicYear: string): number {
  return Number(academicYear.slice(0, 4));
}

/**
 * The figures of one answer with the chosen comparison: what they cover, the chart, the table and the
 * downloads. Waits for the comparison (and school names) so the table and its files are complete.
 */
export function AnalysisResults({ measures, search, onSearchChange }: AnalysisResultsProps) {
  const { dimensions } = measures;
  const lastYear = useLastYearMeasures(search.comparison === 'last-year', dimensions, search, measures);
  const published = usePublishedComparisons(search.comparison === 'published', search);
  const schoolNames = useSchoolNames(dimensions.includes('school'));
  const pending = [lastYear, published, schoolNames].filter(
    (query) => query.fetchStatus !== 'idle' && query.isPending,
  );
  const failed = [lastYear, published, schoolNames].find((query) => query.error);

  const measureLabel = MEASURE_DEFINITIONS[search.measure].label;
  const periodChosen = search.from !== undefined || search.to !== undefined;
  const periodText = `${formatDate(measures.periodStart)} to ${formatDate(measures.periodEnd)}`;
  const periodLabel = periodChosen
    ? `${periodText} (academic year ${measures.academicYear})`
    : `Academic year ${measures.academicYear} to date, ${periodText}`;
  const total = measures.groups.find((group) => group.all.every(Boolean));

  if (failed?.error) {
    return (
      <RetryableError
        message={`The comparison could not be loaded. ${failed.error.message}`}
        retrying={failed.isFetching}
        onRetry={() => void failed.refetch()}
      />
    );
  }
  if (pending.length > 0) return <LoadingMessage text="Loading the comparison…" />;
  if (!total || total.measures.enrolments === 0) {
    return (
      <p className="govuk-body">
        There is no attendance data for this cohort from {periodText}. Choose another period or cohort.
      </p>
    );
  }

  const publishedFigures = published.data
    ? publishedComparison(published.data.published, search.measure)
    : null;
  const comparison: AnalysisComparison =
    search.comparison === 'last-year'
      ? { kind: 'last-year', groups: lastYear.data?.groups ?? null }
      : search.comparison === 'published'
        ? { kind: 'published', areas: publishedFigures?.areas ?? [] }
        : { kind: search.comparison };
  const input: AnalysisTableInput = {
    measure: search.measure,
    dimensions,
    groups: measures.groups,
    comparison,
    ...(schoolNames.data ? { schoolNames: schoolNames.data } : {}),
  };
  const table = analysisTable(input);
  const title = `${measureLabel} by ${breakdownWords(dimensions)}`;
  const cohortLabel = COHORT_CHOICES[search.cohort].label;
  const facts: [string, string][] = [
    ['Measure', measureLabel],
    ['Breakdown', sentenceCase(breakdownWords(dimensions))],
    ['Period', periodLabel],
    ['Cohort', cohortLabel],
    ['Comparison', COMPARISON_LABELS[search.comparison]],
    ['Data as of', measures.dataAsOf ? formatDate(measures.dataAsOf) : 'No attendance data loaded'],
    ['Source', publishedFigures ? `${SOURCE}. Published figures: ${published.data?.attribution}` : SOURCE],
  ];

  return (
    <>
      <SummaryList rows={facts.map(([key, value]) => ({ key, value }))} />
      <ComparisonNotes
        search={search}
        publishedNotes={published.data}
        notPublishedIn={publishedFigures?.notPublishedIn ?? []}
        lastYearFound={lastYear.data !== null}
      />
      <h2 className="govuk-heading-m">{title}</h2>
      <AnalysisChart {...input} />
      <AnalysisTable caption={`${title}, ${periodText}`} table={table} />
      <AnalysisDownloads
        table={table}
        title={{ title, facts }}
        fileStem={analysisFileStem({
          measure: search.measure,
          dimensions,
          cohort: search.cohort,
          periodStart: measures.periodStart,
          periodEnd: measures.periodEnd,
        })}
        period={{ from: search.from, to: search.to }}
        timeIdentifier={
          search.dfeTime ??
          (periodChosen
            ? suggestedTimeIdentifier(
                startYearOf(measures.academicYear),
                measures.periodStart,
                measures.periodEnd,
              )
            : 'Academic year')
        }
        onTimeIdentifierChange={(dfeTime) => onSearchChange({ dfeTime })}
      />
    </>
  );
}

interface ComparisonNotesProps {
  search: AnalysisSearch;
  publishedNotes: { notes: readonly string[]; attribution: string } | undefined;
  notPublishedIn: readonly string[];
  lastYearFound: boolean;
}

/** What the comparison is, and plainly what it cannot show. */
function ComparisonNotes({ search, publishedNotes, notPublishedIn, lastYearFound }: ComparisonNotesProps) {
  const measureLabel = MEASURE_DEFINITIONS[search.measure].label;
  const notes: string[] = [];
  if (search.comparison === 'last-year') {
    notes.push(
      lastYearFound
        ? 'Each group beside the same group over the same dates a year earlier; the change is in percentage points.'
        : 'The store holds no attendance data for the same dates last year: the comparison shows no data.',
    );
  }
  if (search.comparison === 'la') {
    notes.push(
      'Each group beside the LA total (every group together); the difference is in percentage points.',
    );
  }
  if (search.comparison === 'published' && publishedNotes) {
    for (const method of notPublishedIn) {
      notes.push(
        `${measureLabel} is not published in the DfE's ${method.toLowerCase()}, so it is not compared with it.`,
      );
    }
    notes.push(...publishedNotes.notes);
    if (search.cohort !== 'statutory') {
      notes.push(
        'The DfE publishes figures for pupils of statutory school age only: this cohort is outside it.',
      );
    }
    notes.push(
      `Published figures are for all pupils of each area, whatever the breakdown, and can be a symbol instead of a number (x: not available). ${publishedNotes.attribution}`,
    );
  }
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="govuk-body-s">
          {note}
        </p>
      ))}
    </>
  );
}
