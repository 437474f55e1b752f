export * from './register-codes/index.js';
export * from './calendar/index.js';
export * from './upn/index.js';
export * from './measures/index.js';
export * from './cohort/index.js';
export * from './penalty-notice/index.js';
export * from './children-missing-education/index.js';
export * from './escalation-bands/index.js';
