export * from './session-string-encoder.js';
export * from './write-marks-string-export.js';
export * from './write-ctf-file.js';
export * from './write-gias-extract.js';
