import type { BrowserContext } from 'playwright-core';

/** The browser contexts of the running test file (openE2E adds, close removes): read by failure-report.ts. */
export const openContexts = new Set<BrowserContext>();
