export { AnalyticsStore, type AnalyticsStoreOptions, type SerialStep } from './store/analytics-store.js';
export { loadSchoolsSideBySide } from './loader/load-schools-side-by-side.js';
export type { SqlParams, SqlSession, WriteSession } from './store/sql-session.js';
export type { SqlRow, SqlValue } from './store/sql-values.js';
export {
  ExportValidationError,
  MAX_REPORTED_ISSUES,
  type ExportProblem,
  type ExportValidationIssue,
} from './loader/export-validation-error.js';
export type { SchoolExportLoadResult, SchoolExportUnit } from './loader/school-export-unit.js';
export { loadSchoolExport } from './loader/load-school-export.js';
export { exportsToLoadAtOnce } from './loader/export-load-queue.js';
export { loadSchoolsFile, type SchoolsFileLoadResult } from './loader/load-schools-file.js';
export {
  loadExportFolder,
  type ExportFolderLoadOptions,
  type ExportFolderLoadResult,
} from './loader/load-export-folder.js';
export * from './sources/index.js';
export { queryLaOverview } from './la-overview/query-la-overview.js';
export { queryOverviewHalfTerms, type OverviewHalfTerm } from './la-overview/query-overview-half-terms.js';
export * from './la-overview/headline-changes.js';
export {
  filterSchools,
  MAX_SCHOOL_PAGE,
  SCHOOL_SORTS,
  schoolPage,
  schoolSortUsesActions,
  type SchoolFilter,
  type SchoolPage,
  type SchoolPageRequest,
  type SchoolSort,
} from './la-overview/school-page.js';
export type {
  AttendanceMeasures,
  LaOverviewParams,
  LaOverviewResult,
  SchoolSummary,
  WeeklyAttendance,
} from './la-overview/la-overview.types.js';
export * from './formats/index.js';
export * from './data-quality/index.js';
export * from './cohort-measures/index.js';
export * from './scope/index.js';
export type { CohortChoice } from './la-overview/period-enrolment-weeks.sql.js';
export * from './dfe-export/index.js';
export * from './pupil-lists/index.js';
export * from './similar-schools/index.js';
export * from './schools/index.js';
export * from './pupil-record/index.js';
export * from './published-measures/index.js';
export * from './early-warning/index.js';
export * from './time-series/index.js';
export * from './school-actions/index.js';
