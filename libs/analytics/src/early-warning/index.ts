export * from './query-early-warning.js';
export { EARLY_WARNING_SORTS, type EarlyWarningSort } from './early-warning.sql.js';
