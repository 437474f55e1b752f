import { BarChart } from '@attendance/web-ui';
import { analysisChartData } from './analysis-chart-data.js';
import type { AnalysisTableInput } from './analysis-table-model.js';

/**
 * The workspace's chart of the chosen measure, with its data table in a details component (BarChart's): bars
 * per group, grouped by the first dimension when there are two, the comparison drawn as markers or lines.
 */
export function AnalysisChart(props: AnalysisTableInput) {
  const data = analysisChartData(props);
  if (data.bars.length === 0) return null;
  return <BarChart {...data} />;
}
