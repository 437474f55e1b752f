export * from './pupil-record.types.js';
export { queryPupilRecord, UnknownPupilError } from './query-pupil-record.js';
