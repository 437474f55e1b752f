export * from './iso-date.js';
export * from './academic-year.js';
export * from './bank-holidays.js';
export * from './term-calendar.types.js';
export * from './term-days.js';
export * from './default-la-term-calendar.js';
export * from './half-terms.js';
export * from './school-calendar.js';
