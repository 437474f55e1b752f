export * from './register-code.types.js';
export * from './register-code-sets.js';
export * from './register-code-lookup.js';
