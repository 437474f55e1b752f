export * from './cme-status.js';
export * from './unexplained-absence.js';
