export * from './penalty-notice-threshold.js';
