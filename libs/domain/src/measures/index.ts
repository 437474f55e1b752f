export * from './session-counts.js';
export * from './absence-rates.js';
export * from './persistent-absence.js';
export * from './enrolment-summary.js';
