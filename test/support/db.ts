// Kept for suites that import it by path; the helper lives in @ixl/testkit.
export { freshDatabase } from '../../packages/testkit/src/db.js';
