export * from './query-schools-by-urn.js';
