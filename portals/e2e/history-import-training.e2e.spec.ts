import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, hasBrowser, openE2E, type E2E, screenshotAtWidths } from './browser.js';
import { expectNoSeriousA11yViolations, signInPage } from './journeys.js';

/**
 * The staff portal's history import page with the training kinds (issue 27), in a real browser over the demo
 * stack: the kind chosen by its Italian name, its layout, an ENTI file checked with its bad rows named in
 * Italian (line, column, reason), the corrected file imported in the background by the training subgraph and
 * listed with the other owners' batches. Screenshots at 390 and 1366 px in test/artifacts/screenshots/import-enti-*.png.
 */
async function shots(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await screenshotAtWidths(page, `import-enti-${name}`);
}

describe.skipIf(!hasBrowser())('staff history import: training bodies (ENTI)', () => {
  let e2e: E2E;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'ixl-enti-'));
  const path = join(dir, 'enti-storici.csv');
  beforeAll(async () => {
    e2e = await openE2E({ viewport: LAPTOP });
    page = await signInPage(e2e.context, `${e2e.origin}/staff/importazioni`, 'admin@demo.ixl');
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('checks an ENTI file, names its errors in Italian, then imports the corrected file', async () => {
    await page.goto(`${e2e.origin}/staff/importazioni`);
    await page.getByLabel('Tipo di file').selectOption({ label: 'Enti di formazione' });
    await page.getByText('Colonne del tracciato').click();
    await expect.poll(() => page.locator('details li').allTextContents()).toContainEqual(expect.stringContaining('denominazione'));

    writeFileSync(path, ['id_esterno;denominazione;email', 'ENTE-101;Fomal;non-una-mail', 'ENTE-102;;'].join('\n'));
    await page.getByLabel('File da importare (CSV o XLSX)').setInputFiles(path);
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    const report = page.getByRole('table', { name: 'Errori del file, riga per riga' });
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toContain('«non-una-mail» non è un indirizzo email.');
    expect(text).toContain('La colonna denominazione deve avere un valore.');
    expect(text).not.toMatch(/IMPORT_|undefined|null|NaN/);
    await shots(page, 'errori');

    writeFileSync(path, ['id_esterno;denominazione;email', 'ENTE-101;Fomal;corsi@fomal.it', 'ENTE-102;Opimm;'].join('\n'));
    await page.getByLabel('File da importare (CSV o XLSX)').setInputFiles(path);
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    const batches = page.getByRole('table', { name: 'Importazioni' });
    await expect
      .poll(async () => (await batches.innerText()).includes('enti-storici.csv') && (await batches.innerText()).includes('Completata'), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await batches.innerText()).toContain('Enti di formazione');
    await shots(page, 'importati');
    expect(e2e.problems).toEqual([]);
  });
});
