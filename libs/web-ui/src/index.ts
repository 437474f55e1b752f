export { formatCount } from './format/format-count.js';
export { formatDate, formatDayMonth, formatShortDate } from './format/format-date.js';
export { formatRate, NO_DATA_TEXT } from './format/format-rate.js';
export { PageLayout, type PageLayoutProps } from './layout/page-layout.js';
export { ServiceHeader, type ServiceHeaderProps } from './layout/service-header.js';
export { ErrorSummary, type ErrorSummaryProps } from './status/error-summary.js';
export { LoadingMessage, type LoadingMessageProps } from './status/loading-message.js';
export { SummaryList, type SummaryListProps, type SummaryListRow } from './summary/summary-list.js';
export { HeadlineCard, type HeadlineCardProps, type HeadlineCount } from './headline/headline-card.js';
export { HeadlineCardList, type HeadlineCardListProps } from './headline/headline-card-list.js';
export {
  weeklyRateSeries,
  type WeeklyRate,
  type WeeklyRateMeasure,
  type WeeklyRateSeries,
} from './chart/weekly-rate.js';
export { WeeklyTrendChart, type WeeklyTrendChartProps } from './chart/weekly-trend-chart.js';
export { WeeklyTrendTable, type WeeklyTrendTableProps } from './chart/weekly-trend-table.js';
export { sortRows, type SortDirection, type SortValue } from './table/sort-rows.js';
export type { SortableColumn, SortState } from './table/sortable-column.js';
export { SortableTable, type SortableTableProps } from './table/sortable-table.js';
