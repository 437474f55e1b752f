export * from './early-warning-model.js';
export * from './early-warning-calendar.js';
export * from './flag-evaluation.js';
