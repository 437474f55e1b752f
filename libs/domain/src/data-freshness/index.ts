export * from './stale-export.js';
