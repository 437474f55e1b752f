export * from './query-absentee-list.js';
export { ABSENTEE_SORTS, type AbsenteeSort } from './absentee-list.sql.js';
