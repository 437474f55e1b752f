export * from './analytics-scope.js';
