export { queryAttendanceTimeSeries } from './query-attendance-time-series.js';
export { DEFAULT_DAILY_SCHOOL_DAYS, MAX_DAILY_SERIES_DAYS } from './daily-series.js';
export { DAYS_IN_52_WEEKS } from './same-point-last-year.js';
export * from './time-series.types.js';
