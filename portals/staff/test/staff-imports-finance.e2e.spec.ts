import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fitsViewport, hasBrowser, LAPTOP, openE2E, PHONE, screenshot, type E2E } from '../../e2e/browser.js';
import { signInPage } from '../../e2e/journeys.js';
import { FINANCE_IMPORT_LAYOUTS } from '@ixl/contracts';

/** Anything that looks like a code a person should never read: reason codes, kinds, statuses, ids. */
const RAW_CODE = /\b(IMPORT_[A-Z_]+|GRANT_[A-Z_]+|QUEUED|RUNNING|DONE|FAILED|CONTRIBUTI|PRESTITI|PAGAMENTI|[0-9a-f]{8}-[0-9a-f]{4}-)/;

async function upload(page: Page, name: string, content: string): Promise<void> {
  await page
    .getByLabel('File da importare (CSV o XLSX)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf-8') });
}

const HEADER = FINANCE_IMPORT_LAYOUTS.CONTRIBUTI.map((c) => c.header).join(';');

/**
 * Issue 27, the finance kinds on the history import page: the grants template, a file with a project the platform
 * does not know and an amount over the cap (each error with its line, column and Italian reason; nothing written),
 * then the corrected file imported and listed with the finance batch's Italian kind name.
 */
describe.skipIf(!hasBrowser())('staff portal: history import of grants (/staff/importazioni)', () => {
  let e2e: E2E;
  const finance = (sql: string, params: unknown[] = []) =>
    e2e.stack.stack.subgraphs.finance.orm.em.fork().getConnection().execute(sql, params);

  beforeAll(async () => {
    e2e = await openE2E({ viewport: LAPTOP });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('template → check → Italian errors → corrected import → the batch in the list, at 1366 and 390 px', async () => {
    const { context, origin, browser } = e2e;
    // A funded project of the demo data, as finance knows it (its platform id names it in the file).
    const [funded] = (await finance(
      `select "project_id" from "finance"."project_fact" where "status" in ('FUNDED', 'MONITORING') limit 1`,
    )) as {
      project_id: string;
    }[];
    expect(funded).toBeDefined();
    const page = await signInPage(context, `${origin}/staff/importazioni`, 'admin@demo.ixl');
    await page.getByLabel('Tipo di file').selectOption('CONTRIBUTI');
    expect(await page.getByLabel('Tipo di file').locator('option:checked').textContent()).toBe('Contributi a fondo perduto');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica il modello CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('modello-contributi.csv');
    const saved = join(mkdtempSync(join(tmpdir(), 'ixl-template-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(
      readFileSync(saved, 'utf-8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0],
    ).toBe(HEADER);

    const before = ((await finance(`select count(*)::int as "n" from "finance"."grant"`)) as { n: number }[])[0]!.n;
    const bad = [HEADER, 'FP-E2E-1;PIS-1999-999;5.000,00;1.000,00;20/07/2019', `FP-E2E-2;${funded!.project_id};6.500,00;;20/07/2019`].join(
      '\n',
    );
    await upload(page, 'contributi-storici.csv', bad);
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    const errors = page.getByRole('table', { name: 'Errori del file, riga per riga' });
    await expect.poll(() => errors.getByRole('row').count(), { timeout: 60_000 }).toBe(3);
    expect(await errors.textContent()).not.toMatch(RAW_CODE);
    const lines = await errors
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(lines.map((l) => [l[2], l[3]])).toEqual([
      ['2', 'progetto'],
      ['3', 'importo_investimenti'],
    ]);
    expect(lines[0]?.[4]).toContain('Nessun progetto «PIS-1999-999»');
    await screenshot(page, 'staff-imports-contributi-errors-1366');

    await upload(page, 'contributi-storici.csv', [HEADER, `FP-E2E-2;${funded!.project_id};6.000,00;1.500,00;20/07/2019`].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 riga (CSV): 1 da creare' }).count(), { timeout: 60_000 }).toBe(1);
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    const row = page.getByRole('table', { name: 'Importazioni' }).getByRole('row').filter({ hasText: 'contributi-storici.csv' });
    await expect.poll(() => row.textContent(), { timeout: 60_000, interval: 500 }).toContain('Completata');
    expect((await row.locator('td').allTextContents()).slice(0, 4)).toEqual([
      'contributi-storici.csv',
      'Contributi a fondo perduto',
      'Completata',
      '1 / 0 / 0',
    ]);
    expect(((await finance(`select count(*)::int as "n" from "finance"."grant"`)) as { n: number }[])[0]!.n).toBe(before + 1);
    expect(await page.getByRole('table', { name: 'Importazioni' }).textContent()).not.toMatch(RAW_CODE);
    await screenshot(page, 'staff-imports-contributi-1366');
    expect(e2e.problems).toEqual([]);

    const phone = await browser.newContext({ viewport: PHONE, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    try {
      const small = await signInPage(phone, `${origin}/staff/importazioni`, 'admin@demo.ixl');
      await small.getByLabel('Tipo di file').selectOption('PAGAMENTI');
      await expect.poll(() => small.getByRole('table', { name: 'Importazioni' }).textContent()).toContain('contributi-storici.csv');
      expect(await fitsViewport(small)).toBe(true);
      await screenshot(small, 'staff-imports-pagamenti-390');
    } finally {
      await phone.close();
    }
  }, 180_000);
});
