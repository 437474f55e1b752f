export * from './database/operational-database.js';
export * from './import-history/import-run.entity.js';
export * from './import-history/import-unit.entity.js';
export * from './import-history/import-history.repository.js';
export * from './local-authority/local-authority-profile.entity.js';
export * from './local-authority/local-authority-profile.repository.js';
export * from './school-contacts/school-contact.entity.js';
export * from './school-contacts/school-contact.repository.js';
