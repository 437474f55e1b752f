export * from './export-folder-ingestion.js';
