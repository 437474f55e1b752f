import { formatDate, SummaryList } from '@attendance/web-ui';
import { cohortLabel } from './cohort-label.js';
import type { LaOverview } from './la-overview.types.js';

export interface PeriodSummaryProps {
  overview: Pick<LaOverview, 'academicYear' | 'periodStart' | 'periodEnd' | 'cohort' | 'dataAsOf'>;
}

/** What every figure on the page covers: the period, the pupils counted and how fresh the data is. */
export function PeriodSummary({ overview }: PeriodSummaryProps) {
  return (
    <SummaryList
      rows={[
        {
          key: 'Period',
          value: `Academic year ${overview.academicYear} to date, ${formatDate(overview.periodStart)} to ${formatDate(overview.periodEnd)}`,
        },
        { key: 'Pupils', value: cohortLabel(overview.cohort) },
        {
          key: 'Data as of',
          value: overview.dataAsOf ? formatDate(overview.dataAsOf) : 'No attendance data has been loaded yet',
        },
      ]}
    />
  );
}
