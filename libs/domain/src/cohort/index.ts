export * from './statutory-cohort.js';
export * from './ethnicity-major-groups.js';
export * from './year-groups.js';
