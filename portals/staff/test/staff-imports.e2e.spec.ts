import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fitsViewport, hasBrowser, LAPTOP, openE2E, PHONE, screenshot, type E2E } from '../../e2e/browser.js';
import { expectNoSeriousA11yViolations, signInPage } from '../../e2e/journeys.js';
import { IMPORT_LAYOUTS } from '@ixl/contracts';
import { buildCodiceFiscale } from '@ixl/territory';
import { factories } from '@ixl/testkit';

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
  const people = (sql: string, params: unknown[] = []) =>
    e2e.stack.stack.subgraphs.people.orm.em.fork().getConnection().execute(sql, params);

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

  it('imports a PERSONE file to people from the same page, and lists the batches of every owner newest first', async () => {
    const { origin, browser } = e2e;
    // A companies batch of yesterday: the list mixes it with the people one.
    await companies(
      `insert into "companies"."import_batch" ("id", "kind", "file_name", "format", "content_hash", "status", "total_rows", "processed_rows",
         "created_count", "created_at", "finished_at")
       values (gen_random_uuid(), 'SEDI', 'sedi-di-ieri.csv', 'CSV', 'y', 'DONE', 2, 2, 2, now() - interval '1 day', now() - interval '1 day')`,
    );
    const laptop = await browser.newContext({ viewport: LAPTOP, locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true });
    const page = await signInPage(laptop, `${origin}/staff/importazioni`, 'admin@demo.ixl');
    await page.getByLabel('Tipo di file').selectOption('PERSONE');
    // The template comes from people (/files/people/...), with the PERSONE layout.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica il modello CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('modello-persone.csv');
    const saved = join(mkdtempSync(join(tmpdir(), 'ixl-template-')), download.suggestedFilename());
    await download.saveAs(saved);
    const header = readFileSync(saved, 'utf-8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!;
    expect(header).toBe(IMPORT_LAYOUTS.PERSONE.map((c) => c.header).join(';'));

    const cf = (surname: string, name: string, birthDate: string, sex: 'F' | 'M') =>
      buildCodiceFiscale({ surname, name, birthDate, sex, birthPlaceCode: 'A944', omocodia: 3 });
    const rows = [
      `ST-P1;${cf('Storica', 'Alba', '1981-04-02', 'F')};Storica;Alba;02/04/1981;F;IT;037006;;alba.storica@example.org;;caritas;10/02/2020;20/02/2020;in presenza;Giulia Verdi;in target;pronto;01/03/2020;;`,
      `ST-P2;${cf('Storico', 'Bruno', '1979-09-09', 'M')};Storico;Bruno;09/09/1979;M;RO;037020;;;;servizi sociali;11/02/2020;25/02/2020;telefono;;forte;;;;`,
      `ST-P3;${cf('Storica', 'Carla', '1992-12-12', 'F')};Storica;Carla;12/12/1992;F;IT;037006;;;;;12/02/2020;;;;;;;;`,
    ];
    // The monitoring figures of February 2020 before the import (the file's hand count follows below).
    const staffToken = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const february = async () => {
      const r = await e2e.stack.graphql<{ peopleReport: { registrations: number; interviewed: number } }>(
        '{ peopleReport(from: "2020-02-01", to: "2020-02-29") { registrations interviewed } }',
        { token: staffToken },
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.peopleReport;
    };
    const before = await february();
    const bad = [...rows];
    bad[1] = bad[1]!.replace('25/02/2020', '01/01/2020');
    await upload(page, 'persone-storiche.csv', [header, ...bad].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    const errors = page.getByRole('table', { name: 'Errori del file, riga per riga' });
    await expect.poll(() => errors.getByRole('row').count(), { timeout: 60_000 }).toBe(2);
    const cells = await errors.locator('tbody td').allTextContents();
    expect(cells).toEqual([
      'persone-storiche.csv',
      '—',
      '3',
      'data_colloquio',
      'La data in data_colloquio è precedente a quella in data_iscrizione.',
    ]);
    expect(await errors.textContent()).not.toMatch(RAW_CODE);

    await upload(page, 'persone-storiche.csv', [header, ...rows].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '3 righe (CSV): 3 da creare, 0 da aggiornare, 0 invariate' }).count(), {
        timeout: 60_000,
      })
      .toBe(1);
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    const list = page.getByRole('table', { name: 'Importazioni' });
    const row = list.getByRole('row').filter({ hasText: 'persone-storiche.csv' });
    await expect.poll(() => row.textContent(), { timeout: 60_000, interval: 500 }).toContain('Completata');
    expect((await row.locator('td').allTextContents()).slice(0, 4)).toEqual(['persone-storiche.csv', 'Persone', 'Completata', '3 / 0 / 0']);
    // One list for every owner, newest first: the people batch above the companies ones.
    const files = (await list.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent))) as string[];
    expect(files[0]).toBe('persone-storiche.csv');
    expect(files.indexOf('sedi-di-ieri.csv')).toBeGreaterThan(0);
    expect(await list.getByRole('row').filter({ hasText: 'sedi-di-ieri.csv' }).locator('td').nth(1).textContent()).toBe('Sedi');
    expect(await list.textContent()).not.toMatch(RAW_CODE);
    const imported = (await people(
      `select "status" from "people"."beneficiary" where "first_name" in ('Alba', 'Bruno', 'Carla') and "last_name" like 'Storic%' order by "first_name"`,
    )) as { status: string }[];
    expect(imported.map((p) => p.status)).toEqual(['ACTIVE', 'NOT_IN_TARGET', 'REGISTERED']);
    expect(await people(`select 1 from "people"."mail_outbox" where "to_address" = 'alba.storica@example.org'`)).toHaveLength(0);
    await page.getByText('Colonne del tracciato').click();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-imports-persone-1366');

    // → figures: February 2020 in the monitoring report counts the imported people. Hand count of the file: 3
    // registered (10, 11 and 12 February), 2 at their first colloquio in the month (20 and 25 February).
    await factories.drainEvents(e2e.stack.stack);
    await page.getByRole('navigation').getByRole('link', { name: 'Monitoraggio', exact: true }).click();
    await page.getByLabel('Dal', { exact: true }).fill('2020-02-01');
    await page.getByLabel('Al', { exact: true }).fill('2020-02-29');
    await page.getByRole('button', { name: 'Aggiorna il rapporto' }).click();
    const tile = (label: string) =>
      page
        .locator('.monitoring-tile', { has: page.locator('.monitoring-tile__label', { hasText: new RegExp(`^${label}$`) }) })
        .locator('.monitoring-tile__value');
    await expect.poll(() => tile('Iscrizioni').textContent(), { timeout: 30_000 }).toBe(String(before.registrations + 3));
    expect(await tile('Persone al primo colloquio').textContent()).toBe(String(before.interviewed + 2));
    expect(await february()).toEqual({ registrations: before.registrations + 3, interviewed: before.interviewed + 2 });
    await screenshot(page, 'staff-imports-persone-figures-1366');
    expect(e2e.problems).toEqual([]);
    await laptop.close();

    const phone = await browser.newContext({ viewport: PHONE, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    try {
      const small = await signInPage(phone, `${origin}/staff/importazioni`, 'admin@demo.ixl');
      await small.getByLabel('Tipo di file').selectOption('PERSONE');
      await expect.poll(() => small.getByRole('table', { name: 'Importazioni' }).textContent()).toContain('persone-storiche.csv');
      expect(await fitsViewport(small)).toBe(true);
      await screenshot(small, 'staff-imports-persone-390');
    } finally {
      await phone.close();
    }
  }, 180_000);
  it('imports the colloqui of the PERSONE file (COLLOQUI) from the same page, and shows the OFFERTE layout, in Italian', async () => {
    const { origin, browser } = e2e;
    const laptop = await browser.newContext({ viewport: LAPTOP, locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true });
    const page = await signInPage(laptop, `${origin}/staff/importazioni`, 'admin@demo.ixl');
    await page.getByLabel('Tipo di file').selectOption('COLLOQUI');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica il modello CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('modello-colloqui.csv');
    const saved = join(mkdtempSync(join(tmpdir(), 'ixl-template-')), download.suggestedFilename());
    await download.saveAs(saved);
    const header = readFileSync(saved, 'utf-8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!;
    expect(header).toBe(IMPORT_LAYOUTS.COLLOQUI.map((c) => c.header).join(';'));

    // The people of the PERSONE file above, by their old ids: Carla had two colloqui, Alba a second one.
    const rows = [
      'ST-C1;;ST-P3;14/02/2020;telefono;Giulia Verdi;non presentato;',
      'ST-C2;;ST-P3;18/02/2020;in presenza;Giulia Verdi;svolto;',
      'ST-C3;;ST-P1;05/05/2020;videochiamata;;svolto;Verifica del percorso',
    ];
    const bad = [...rows, 'ST-C4;;ST-P99;18/02/2020;piccione;;svolto;'];
    await upload(page, 'colloqui-storici.csv', [header, ...bad].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    const errors = page.getByRole('table', { name: 'Errori del file, riga per riga' });
    await expect.poll(() => errors.getByRole('row').count(), { timeout: 60_000 }).toBe(2);
    expect(await errors.locator('tbody td').allTextContents()).toEqual([
      'colloqui-storici.csv',
      '—',
      '5',
      'modalita',
      '«piccione» non è tra i valori ammessi: in presenza, videochiamata, telefono.',
    ]);
    expect(await errors.textContent()).not.toMatch(RAW_CODE);
    await upload(page, 'colloqui-storici.csv', [header, ...rows, 'ST-C4;;ST-P99;18/02/2020;telefono;;svolto;'].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await expect
      .poll(() => errors.locator('tbody td').nth(4).textContent(), { timeout: 60_000 })
      .toBe('Nessuna persona è stata importata con id_esterno ST-P99.');

    await upload(page, 'colloqui-storici.csv', [header, ...rows].join('\n'));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '3 righe (CSV): 3 da creare, 0 da aggiornare, 0 invariate' }).count(), {
        timeout: 60_000,
      })
      .toBe(1);
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    const list = page.getByRole('table', { name: 'Importazioni' });
    const row = list.getByRole('row').filter({ hasText: 'colloqui-storici.csv' });
    await expect.poll(() => row.textContent(), { timeout: 60_000, interval: 500 }).toContain('Completata');
    expect((await row.locator('td').allTextContents()).slice(0, 4)).toEqual([
      'colloqui-storici.csv',
      'Colloqui',
      'Completata',
      '3 / 0 / 0',
    ]);
    expect(await list.textContent()).not.toMatch(RAW_CODE);
    const carla = (await people(
      `select "status", to_char("interviewed_at" at time zone 'Europe/Rome', 'YYYY-MM-DD') as "day" from "people"."beneficiary" where "first_name" = 'Carla' and "last_name" = 'Storica'`,
    )) as { status: string; day: string }[];
    expect(carla).toEqual([{ status: 'INTERVIEWED', day: '2020-02-18' }]);

    await page.getByLabel('Tipo di file').selectOption('OFFERTE');
    await page.getByText('Colonne del tracciato').click();
    expect(await page.locator('main').textContent()).toContain('Codici del vocabolario delle competenze del programma');
    expect(await page.locator('main').textContent()).not.toMatch(/\bOFFERTE\b|\bCOLLOQUI\b/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-imports-offerte-1366');
    expect(e2e.problems).toEqual([]);
    await laptop.close();

    const phone = await browser.newContext({ viewport: PHONE, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    try {
      const small = await signInPage(phone, `${origin}/staff/importazioni`, 'admin@demo.ixl');
      await small.getByLabel('Tipo di file').selectOption('VALUTAZIONI');
      await small.getByText('Colonne del tracciato').click();
      await expect.poll(() => small.getByRole('table', { name: 'Importazioni' }).textContent()).toContain('colloqui-storici.csv');
      expect(await fitsViewport(small)).toBe(true);
      await screenshot(small, 'staff-imports-valutazioni-390');
    } finally {
      await phone.close();
    }
  }, 180_000);
});
