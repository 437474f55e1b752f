export * from './statutory-cohort.js';
