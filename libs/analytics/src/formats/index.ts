export * from './shared/canonical-rows.js';
export * from './shared/source-position.js';
export * from './shared/format-read-error.js';
export {
  NO_SESSION,
  decodeSessionString,
  type DecodedSession,
  type SessionStringPosition,
} from './shared/session-string.js';
export * from './marks-string/read-marks-string-file.js';
export * from './ctf/ctf.types.js';
export * from './ctf/read-ctf-file.js';
export * from './ctf/compare-ctf-totals.js';
export * from './gias/read-gias-establishments-file.js';
export { GIAS_COLUMNS, GIAS_OPEN_STATUSES } from './gias/gias-establishment-mapping.js';
