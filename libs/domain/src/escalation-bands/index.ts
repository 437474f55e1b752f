export * from './escalation-band.types.js';
export * from './escalation-band-ranges.js';
export * from './default-escalation-bands.js';
export * from './escalation-bands-config.js';
