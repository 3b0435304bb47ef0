export * from './municipalities.js';
export * from './distance.js';
export * from './codice-fiscale.js';
