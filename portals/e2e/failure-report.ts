import { resolve } from 'node:path';
import { beforeEach, onTestFailed } from 'vitest';
import { openContexts } from './open-contexts.js';

/**
 * When a browser test fails, what each of its open pages showed goes into the failure's message: the address, the
 * heading and the visible text (cut), with a full-page screenshot in test/artifacts/screenshots/failed-*.png. A CI run
 * keeps only its log, so a failure that does not happen again by hand can still be read there.
 */
beforeEach(() => {
  onTestFailed(async ({ task }) => {
    const slug = task.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60);
    const lines: string[] = [];
    let n = 0;
    for (const context of openContexts) {
      for (const page of context.pages()) {
        n += 1;
        try {
          const url = page.url();
          const text = await page
            .evaluate(() => (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim())
            .catch((e: unknown) => `(${String(e)})`);
          const path = resolve(import.meta.dirname, '../../test/artifacts/screenshots', `failed-${slug}-${n}.png`);
          await page.screenshot({ path, fullPage: true, timeout: 5_000 }).catch(() => undefined);
          lines.push(`page ${n}: ${url}\n  text: ${text.slice(0, 700)}${text.length > 700 ? '…' : ''}\n  screenshot: ${path}`);
        } catch (e) {
          lines.push(`page ${n}: not readable (${String(e)})`);
        }
      }
    }
    if (!lines.length) return;
    const report = `\n\nWhat the open pages showed when the test failed:\n${lines.join('\n')}`;
    const error = task.result?.errors?.[0];
    if (error) error.message = `${error.message}${report}`;
    else process.stderr.write(report);
  });
});
