export * from './export-folder-ingestion.js';
export { QUARANTINE_FOLDER } from './quarantine.js';
export { describeFinding } from './unit-findings.js';
