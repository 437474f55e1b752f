export { formatCount } from './format/format-count.js';
export { formatDate, formatDayMonth, formatShortDate } from './format/format-date.js';
export { formatRate, NO_DATA_TEXT } from './format/format-rate.js';
export { PageLayout, type PageLayoutProps } from './layout/page-layout.js';
export { ServiceHeader, type ServiceHeaderProps } from './layout/service-header.js';
export { ErrorSummary, type ErrorSummaryProps } from './status/error-summary.js';
export { LoadingMessage, type LoadingMessageProps } from './status/loading-message.js';
export { RetryableError, type RetryableErrorProps } from './status/retryable-error.js';
export { LabelledSelect, type LabelledSelectProps, type SelectOption } from './form/labelled-select.js';
export { PeriodForm, periodError, type ChosenPeriod, type PeriodFormProps } from './form/period-form.js';
export { SummaryList, type SummaryListProps, type SummaryListRow } from './summary/summary-list.js';
export {
  HeadlineCard,
  type HeadlineCardProps,
  type HeadlineComparison,
  type HeadlineCount,
} from './headline/headline-card.js';
export { HeadlineCardList, type HeadlineCardListProps } from './headline/headline-card-list.js';
export {
  halfTermOfWeek,
  weeklyRateSeries,
  type TrendHalfTerm,
  type WeeklyRate,
  type WeeklyRateMeasure,
  type WeeklyRateSeries,
} from './chart/weekly-rate.js';
export { WeeklyTrendChart, type WeeklyTrendChartProps } from './chart/weekly-trend-chart.js';
export { WeeklyTrendTable, type WeeklyTrendTableProps } from './chart/weekly-trend-table.js';
export { ChartDataDetails, type ChartDataDetailsProps } from './chart/chart-data-details.js';
export { sortRows, type SortDirection, type SortValue } from './table/sort-rows.js';
export type { SortableColumn, SortState } from './table/sortable-column.js';
export { SortableTable, type SortableTableProps } from './table/sortable-table.js';
export { GovukTable, type GovukTableColumn, type GovukTableProps } from './table/govuk-table.js';
export {
  SessionCalendar,
  describeSessionDay,
  type SessionCalendarProps,
} from './session-calendar/session-calendar.js';
export { SessionCategoryKey } from './session-calendar/session-category-key.js';
export { SessionMarksTable, type SessionMarksTableProps } from './session-calendar/session-marks-table.js';
export type { SessionDay, SessionMark } from './session-calendar/session-day.js';
export { BarChart, type Bar, type BarChartProps, type BarReference } from './bar-chart/bar-chart.js';
export { Pagination, pagesShown, type PageLinkProps, type PaginationProps } from './pagination/pagination.js';
export {
  ComparisonTrendChart,
  type ComparedWeek,
  type ComparisonTrendChartProps,
} from './comparison-trend/comparison-trend-chart.js';
export {
  childrenAtEachMilestone,
  MilestoneSummary,
  type MilestoneCount,
  type MilestoneReach,
  type MilestoneSummaryProps,
} from './cme/milestone-summary.js';
export {
  formatPublishedValue,
  type PublishedFigureFormat,
  type PublishedFigureValue,
  type SymbolMeaning,
} from './published-figures/published-figure.js';
export {
  PublishedFigureText,
  type PublishedFigureTextProps,
} from './published-figures/published-figure-text.js';
export {
  PublishedComparisonTable,
  type PublishedComparisonColumn,
  type PublishedComparisonRow,
  type PublishedComparisonTableProps,
} from './published-figures/published-comparison-table.js';
export { SymbolKey, type SymbolKeyProps } from './published-figures/symbol-key.js';
