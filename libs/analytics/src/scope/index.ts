export * from './analytics-scope.js';
export { isScoped, scopeCondition, scopeParams } from './scope-filter.sql.js';
