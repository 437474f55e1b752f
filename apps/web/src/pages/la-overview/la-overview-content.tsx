import './la-overview.css';
import { HeadlineCardList, WeeklyTrendChart } from '@attendance/web-ui';
import { headlineCards } from './headline-cards.js';
import type { LaOverviewSearch } from './la-overview-search.js';
import type { LaOverview } from './la-overview.types.js';
import { PeriodSummary } from './period-summary.js';
import { SchoolTable } from './school-table.js';

export interface LaOverviewContentProps {
  overview: LaOverview;
  search: LaOverviewSearch;
  onSearchChange: (change: Partial<LaOverviewSearch>) => void;
}

export function LaOverviewContent({ overview, search, onSearchChange }: LaOverviewContentProps) {
  const cards = headlineCards(overview.headline, {
    changes: overview.changes,
    published: overview.comparisons.published,
  });
  return (
    <>
      <span className="govuk-caption-l">{overview.laName}</span>
      <h1 className="govuk-heading-l">Attendance overview</h1>
      <PeriodSummary overview={overview} />

      <h2 className="govuk-heading-m">Headline figures</h2>
      <HeadlineCardList cards={cards} />
      <p className="govuk-body-s">
        Changes are in percentage points against this period up to the end of last week and against the same
        dates 52 weeks earlier. Published figures are the DfE&apos;s: daily attendance data and the annual
        school census are collected differently, so they are labelled apart.{' '}
        {overview.comparisons.attribution}
      </p>

      <h2 className="govuk-heading-m">Absence week by week</h2>
      {overview.weeklyTrend.length > 0 ? (
        <WeeklyTrendChart
          title="Overall, authorised and unauthorised absence by week, as a percentage of possible sessions, with the LA's half terms shaded"
          weeks={overview.weeklyTrend}
          halfTerms={overview.halfTerms}
        />
      ) : (
        <p className="govuk-body">There is no attendance data for this period yet.</p>
      )}

      <h2 className="govuk-heading-m">Schools</h2>
      <SchoolTable
        schoolCount={overview.schoolCount}
        filterOptions={overview.schoolFilterOptions}
        search={search}
        onSearchChange={onSearchChange}
      />
    </>
  );
}
