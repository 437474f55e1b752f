export * from './register-codes/index.js';
