export * from './query-similar-schools.js';
