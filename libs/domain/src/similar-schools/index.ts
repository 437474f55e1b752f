export * from './similar-schools.js';
