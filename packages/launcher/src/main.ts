/** `npm start`'s entry point: runs start.ts and turns a failure into an explanation and exit code 1. */
import { reportStartupFailure } from './startup-errors.js';

try {
  await import('./start.js');
} catch (err) {
  reportStartupFailure(err);
  process.exit(1);
}
