export * from './query-published-cohort-measures.js';
export { type PublishedCohortRow } from './publish-cohort-measures.js';
