export * from './dfe-absence-export.js';
