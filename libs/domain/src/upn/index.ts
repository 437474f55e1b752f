export * from './upn-check-letter.js';
export * from './upn-validation.js';
