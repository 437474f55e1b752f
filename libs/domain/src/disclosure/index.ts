export * from './disclosure.types.js';
export * from './disclosure-options.js';
export * from './published-percent.js';
export * from './publish-group.js';
export * from './publish-one-way-table.js';
export * from './publish-two-way-table.js';
export * from './absence-group-figures.js';
