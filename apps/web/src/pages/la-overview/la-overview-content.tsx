import { HeadlineCardList, WeeklyTrendChart } from '@attendance/web-ui';
import { headlineCards } from './headline-cards.js';
import type { LaOverview } from './la-overview.types.js';
import { PeriodSummary } from './period-summary.js';
import { SchoolTable } from './school-table.js';

export interface LaOverviewContentProps {
  overview: LaOverview;
}

export function LaOverviewContent({ overview }: LaOverviewContentProps) {
  return (
    <>
      <span className="govuk-caption-l">{overview.laName}</span>
      <h1 className="govuk-heading-l">Attendance overview</h1>
      <PeriodSummary overview={overview} />

      <h2 className="govuk-heading-m">Headline figures</h2>
      <HeadlineCardList cards={headlineCards(overview.headline)} />

      <h2 className="govuk-heading-m">Absence week by week</h2>
      {overview.weeklyTrend.length > 0 ? (
        <WeeklyTrendChart
          title="Overall, authorised and unauthorised absence by week, as a percentage of possible sessions"
          weeks={overview.weeklyTrend}
        />
      ) : (
        <p className="govuk-body">There is no attendance data for this period yet.</p>
      )}

      <h2 className="govuk-heading-m">Schools</h2>
      <SchoolTable schools={overview.schools} />
    </>
  );
}
