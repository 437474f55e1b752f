export * from './data-quality.types.js';
export { queryDataQuality, REASON_NOT_YET_ESTABLISHED_SCHOOL_DAYS } from './query-data-quality.js';
