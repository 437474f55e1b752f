export type { FindUrnByLaestab, SourceFormat, SourceUnit } from './source-unit.js';
export { sourceUnitsInFolder, type SourceUnitsOptions } from './source-units-in-folder.js';
export { schoolsNamedByExportFiles } from './export-file-names.js';
export { findUrnByLaestabIn } from './urn-by-laestab.js';
export { loadSourceUnit } from './load-source-unit.js';
export {
  SCHOOLS_FILE_NAME,
  loadSchoolSources,
  type SchoolSourcesLoadResult,
  type SchoolSourcesOptions,
} from './school-sources.js';
export { issueFromFormatReadError, type SourceValidationIssue } from './source-issues.js';
export { prepareExportFolder, type PreparedExportFolder } from './prepare-export-folder.js';
