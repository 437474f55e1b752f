export * from './cohort-measures.types.js';
export * from './measure-dimensions.js';
export * from './query-cohort-measures.js';
