export * from './cme-status.js';
export * from './unexplained-absence.js';
export * from './cme-la-milestones.js';
