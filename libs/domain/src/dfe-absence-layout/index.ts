export * from './dfe-absence-columns.js';
export * from './dfe-absence-columns-markdown.js';
export * from './dfe-absence-csv.js';
export * from './dfe-absence-layout-error.js';
export * from './dfe-absence-row.js';
export * from './dfe-percent.js';
export * from './dfe-symbols.js';
export * from './dfe-vocabulary.js';
