import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fitsViewport, hasBrowser, LAPTOP, openE2E, PHONE, screenshot, type E2E } from '../../e2e/browser.js';
import { expectNoSeriousA11yViolations, signInPage } from '../../e2e/journeys.js';

/** Anything that looks like a code a person should never read: reason codes, statuses, worker ids, SQL states. */
const RAW_CODE = /\b(IMPORT_[A-Z_]+|QUEUED|RUNNING|DONE|FAILED|UNDONE|AZIENDE|SQLSTATE|worker:|[0-9a-f]{8}-[0-9a-f]{4}-)/;
/** An instant as the portal must show it: Italian format, Europe/Rome. */
const romeDateTime = (at: Date) =>
  new Intl.DateTimeFormat('it-IT', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Rome',
  }).format(at);

const fileInput = (page: Page) => page.getByLabel('File da importare (CSV o XLSX)');

async function upload(page: Page, name: string, content: string): Promise<void> {
  await fileInput(page).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf-8') });
}

/**
 * Issue 27, the ADMIN's walk through the history import page: the template downloaded and filled in,
 * a file with bad rows checked (each error with line, column and an Italian reason; nothing written), the
 * corrected file imported in the background with its progress, and the batch in the list with its counts
 * and its start in Europe/Rome (also for a browser in another time zone), all in Italian with no raw codes.
 */
describe.skipIf(!hasBrowser())('staff portal: history import (/staff/importazioni)', () => {
  let e2e: E2E;
  const companies = (sql: string, params: unknown[] = []) =>
    e2e.stack.stack.subgraphs.companies.orm.em.fork().getConnection().execute(sql, params);

  beforeAll(async () => {
    e2e = await openE2E({ viewport: LAPTOP });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('walks template → check → errors → corrected import → progress → result, in Italian', async () => {
    const { context, origin } = e2e;
    const page = await signInPage(context, `${origin}/staff/`, 'admin@demo.ixl');
    await page.getByRole('link', { name: 'Importazione storico' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Importazione dello storico');

    // The template, as the browser downloads it: the layout's Italian headers and a sample row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica il modello CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('modello-aziende.csv');
    const saved = join(mkdtempSync(join(tmpdir(), 'ixl-template-')), download.suggestedFilename());
    await download.saveAs(saved);
    const template = readFileSync(saved, 'utf-8').replace(/^\uFEFF/, '');
    const [header, sample] = template.split(/\r?\n/);
    expect(header).toBe('id_esterno;partita_iva;ragione_sociale;comune_istat;codice_ateco;associazione;ingresso_board;uscita_board');
    expect(sample?.split(';')).toHaveLength(8);

    // Filled in with three mistakes: a partita IVA too short, a date that is no date, a municipality that does not exist.
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `ST-${i};8${String(i).padStart(10, '0')};Impresa storica ${i};037006;81.21;Legacoop;15/03/2018;`,
    );
    const bad = [...rows];
    bad[1] = 'ST-1;123;Impresa storica 1;037006;;;;';
    bad[4] = 'ST-4;80000000004;Impresa storica 4;037006;;;31/02/2019;';
    bad[9] = 'ST-9;80000000009;Impresa storica 9;999999;;;;';
    await upload(page, 'aziende-storiche.csv', [header, ...bad].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    const errors = page.getByRole('table', { name: 'Errori del file, riga per riga' });
    await expect.poll(() => errors.getByRole('row').count(), { timeout: 60_000 }).toBe(4);
    const errorText = (await errors.textContent()) ?? '';
    expect(errorText).not.toMatch(RAW_CODE);
    const lines = await errors
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(lines.map((l) => [l[2], l[3]])).toEqual([
      ['3', 'partita_iva'],
      ['6', 'ingresso_board'],
      ['11', 'comune_istat'],
    ]);
    expect(lines[1]?.[4]).toBe('«31/02/2019» non è una data (GG/MM/AAAA o AAAA-MM-GG).');
    expect(await page.getByRole('alert').first().textContent()).toContain(
      '3 errori: correggi il file e controllalo di nuovo. Nulla è stato scritto.',
    );
    expect(await page.getByRole('button', { name: 'Importa', exact: true }).count()).toBe(0);
    expect(await companies(`select 1 from "companies"."company" where "name" like 'Impresa storica %'`)).toHaveLength(0);
    await screenshot(page, 'staff-imports-errors');

    // The corrected file: checked clean, imported in the background, its progress shown until it is done.
    await upload(page, 'aziende-storiche-corrette.csv', [header, ...rows].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /4\.?000 righe \(CSV\): 4\.?000 da creare, 0 da aggiornare, 0 invariate/ })
            .count(),
        { timeout: 60_000 },
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    await expect.poll(() => page.getByText('Importazione avviata').count()).toBe(1);
    const progress = page.getByRole('progressbar', { name: 'Avanzamento di aziende-storiche-corrette.csv' });
    await expect.poll(() => progress.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('table', { name: 'Importazioni' }).textContent()).toMatch(/In corso|In coda/);
    await screenshot(page, 'staff-imports-progress');
    await expect.poll(() => progress.count(), { timeout: 180_000, interval: 500 }).toBe(0);

    const list = page.getByRole('table', { name: 'Importazioni' });
    const [batch] = await companies(
      `select "id", "created_at" from "companies"."import_batch" where "file_name" = 'aziende-storiche-corrette.csv'`,
    );
    const row = list.getByRole('row').filter({ hasText: 'aziende-storiche-corrette.csv' });
    await expect.poll(() => row.textContent()).toContain('Completata');
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['aziende-storiche-corrette.csv', 'Aziende', 'Completata', '4.000 / 0 / 0']);
    expect(cells[4]).toBe(romeDateTime(new Date(String(batch!.created_at))));
    expect(cells[4]).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}$/);
    expect(await list.textContent()).not.toMatch(RAW_CODE);
    expect(await companies(`select 1 from "companies"."company" where "name" like 'Impresa storica %'`)).toHaveLength(4000);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-imports-done');
    expect(e2e.problems).toEqual([]);
    await page.close();
  }, 300_000);

  it('shows the same start time in Europe/Rome to a browser elsewhere, the reason of a failed batch in Italian, and fits a phone', async () => {
    const { browser, origin } = e2e;
    // A batch the database stopped at line 7 (as the worker records it: a registry reason, its params, the line).
    await companies(
      `insert into "companies"."import_batch" ("id", "kind", "file_name", "format", "content_hash", "status", "total_rows", "processed_rows",
         "created_count", "error_code", "error_params", "error_line", "created_at", "finished_at")
       values (gen_random_uuid(), 'AZIENDE', 'aziende-rifiutate.csv', 'CSV', 'x', 'FAILED', 8, 3, 3, 'IMPORT_ROW_REJECTED',
         '{"sqlState":"23505","constraint":"company_vat_number_unique"}'::jsonb, 7, now() - interval '1 hour', now() - interval '1 hour')`,
    );
    const [batch] = await companies(`select "created_at" from "companies"."import_batch" order by "created_at" desc limit 1`);
    const expected = romeDateTime(new Date(String(batch!.created_at)));
    for (const [viewport, name] of [
      [LAPTOP, 'staff-imports-1366'],
      [PHONE, 'staff-imports-390'],
    ] as const) {
      const context = await browser.newContext({ viewport, locale: 'it-IT', timezoneId: 'America/New_York' });
      try {
        const page = await signInPage(context, `${origin}/staff/importazioni`, 'admin@demo.ixl');
        const list = page.getByRole('table', { name: 'Importazioni' });
        await expect.poll(() => list.textContent()).toContain(expected);
        const failed = list.getByRole('row').filter({ hasText: 'aziende-rifiutate.csv' });
        expect(await failed.textContent()).toContain('Non riuscita: alla riga 7. Il database ha rifiutato una riga');
        expect(await list.textContent()).not.toMatch(RAW_CODE);
        expect(await fitsViewport(page)).toBe(true);
        await screenshot(page, name);
      } finally {
        await context.close();
      }
    }
  }, 120_000);
});
