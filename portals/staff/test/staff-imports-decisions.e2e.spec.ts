import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fitsViewport, hasBrowser, LAPTOP, openE2E, PHONE, screenshot, type E2E } from '../../e2e/browser.js';
import { signInPage } from '../../e2e/journeys.js';
import { layoutCsv, PROJECTS_IMPORT_LAYOUTS } from '@ixl/contracts';

/** Anything that looks like a code a person should never read: reason codes, kinds, statuses, outcomes, ids. */
const RAW_CODE =
  /\b(IMPORT_[A-Z_]+|SOCIAL_LOAN_RANGE|QUEUED|RUNNING|DONE|FAILED|DELIBERE|EVALUATION|MANAGEMENT|APPROVED|LOAN|[0-9a-f]{8}-[0-9a-f]{4}-)/;

async function upload(page: Page, name: string, content: string): Promise<void> {
  await page
    .getByLabel('File da importare (CSV o XLSX)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf-8') });
}

const csv = (kind: 'PROGETTI' | 'DELIBERE', rows: Record<string, string>[]) => layoutCsv(PROJECTS_IMPORT_LAYOUTS[kind], rows);

const PROJECT = {
  id_esterno: 'PIS-2018-E2E',
  titolo: 'Bottega del riuso',
  organizzazione: 'Cooperativa Seconda Vita',
  settore: 'altro',
  data_candidatura: '15/01/2018',
  data_preselezione: '10/02/2018',
  data_incontro_conoscitivo: '04/03/2018',
  data_accompagnamento: '11/03/2018',
  data_report: '20/05/2018',
  data_comitato_valutazione: '11/06/2018',
  data_comitato_gestione: '02/07/2018',
  data_finanziamento: '16/07/2018',
  percorso: 'tre laboratori',
};
const EVALUATION = {
  id_esterno: 'DEL-2018-E2E-1',
  progetto: 'PIS-2018-E2E',
  comitato: 'valutazione',
  data_seduta: '11/06/2018',
  esito: 'approvato',
  forma: 'prestito',
  importo: '9.000,00',
  durata_mesi: '36',
};
const MANAGEMENT = { ...EVALUATION, id_esterno: 'DEL-2018-E2E-2', comitato: 'gestione', data_seduta: '02/07/2018' };

/**
 * Issue 27, the committees' decisions on the history import page: a DELIBERE file with an unknown project, a day that
 * is not the one the project went to the committee and a loan over the limit (each error with its line, column and
 * Italian reason, dates in Italian; nothing written), then the corrected file imported and listed with its Italian kind.
 */
describe.skipIf(!hasBrowser())('staff portal: history import of committee decisions (/staff/importazioni)', () => {
  let e2e: E2E;
  const projects = (sql: string, params: unknown[] = []) =>
    e2e.stack.stack.subgraphs.projects.orm.em.fork().getConnection().execute(sql, params);

  beforeAll(async () => {
    e2e = await openE2E({ viewport: LAPTOP });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('check → Italian errors → corrected import → the batch in the list, at 1366 and 390 px', async () => {
    const { context, origin, browser } = e2e;
    // The project with its path, as a PROGETTI file brought it in.
    const admin = await e2e.stack.tokenFor('ADMIN');
    const started = await e2e.stack.graphql<{ startProjectsHistoryImport: { id: string } }>(
      'mutation($i: HistoryImportFileInput!) { startProjectsHistoryImport(input: $i) { id } }',
      {
        token: admin,
        variables: {
          i: { kind: 'PROGETTI', fileName: 'progetti-2018.csv', contentBase64: Buffer.from(csv('PROGETTI', [PROJECT])).toString('base64') },
        },
      },
    );
    expect(started.errors).toBeUndefined();
    await expect
      .poll(
        async () =>
          ((await projects(`select count(*)::int as "n" from "projects"."import_record" where "kind" = 'PROGETTI'`)) as { n: number }[])[0]!
            .n,
        {
          timeout: 60_000,
        },
      )
      .toBe(1);

    const page = await signInPage(context, `${origin}/staff/importazioni`, 'admin@demo.ixl');
    await page.getByLabel('Tipo di file').selectOption('DELIBERE');
    expect(await page.getByLabel('Tipo di file').locator('option:checked').textContent()).toBe('Delibere dei comitati sui progetti');
    const bad = csv('DELIBERE', [
      { ...EVALUATION, progetto: 'PIS-1999-999' },
      { ...EVALUATION, id_esterno: 'DEL-2018-E2E-X', data_seduta: '12/06/2018' },
      { ...MANAGEMENT, importo: '30.000,00' },
    ]);
    await upload(page, 'delibere-storiche.csv', bad);
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    const errors = page.getByRole('table', { name: 'Errori del file, riga per riga' });
    await expect.poll(() => errors.getByRole('row').count(), { timeout: 60_000 }).toBe(4);
    expect(await errors.textContent()).not.toMatch(RAW_CODE);
    const lines = await errors
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(lines.map((l) => [l[2], l[3]])).toEqual([
      ['2', 'progetto'],
      ['3', 'data_seduta'],
      ['4', 'importo'],
    ]);
    expect(lines[0]?.[4]).toContain('Nessun progetto «PIS-1999-999»');
    expect(lines[1]?.[4]).toContain('in data 11 giugno 2018');
    expect(lines[2]?.[4]).toContain('25.000,00 €');
    await screenshot(page, 'staff-imports-delibere-errors-1366');
    expect(
      ((await projects(`select count(*)::int as "n" from "projects"."decision" where "decided_on" < '2019-01-01'`)) as { n: number }[])[0]!
        .n,
    ).toBe(0);

    await upload(page, 'delibere-storiche.csv', csv('DELIBERE', [EVALUATION, MANAGEMENT]));
    await page.getByRole('button', { name: 'Controlla il file' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '2 righe (CSV): 2 da creare' }).count(), { timeout: 60_000 })
      .toBe(1);
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    const row = page.getByRole('table', { name: 'Importazioni' }).getByRole('row').filter({ hasText: 'delibere-storiche.csv' });
    await expect.poll(() => row.textContent(), { timeout: 60_000, interval: 500 }).toContain('Completata');
    expect((await row.locator('td').allTextContents()).slice(0, 4)).toEqual([
      'delibere-storiche.csv',
      'Delibere dei comitati sui progetti',
      'Completata',
      '2 / 0 / 0',
    ]);
    expect(
      ((await projects(`select count(*)::int as "n" from "projects"."decision" where "decided_on" < '2019-01-01'`)) as { n: number }[])[0]!
        .n,
    ).toBe(2);
    expect(await page.getByRole('table', { name: 'Importazioni' }).textContent()).not.toMatch(RAW_CODE);
    await screenshot(page, 'staff-imports-delibere-1366');
    expect(e2e.problems).toEqual([]);

    const phone = await browser.newContext({ viewport: PHONE, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    try {
      const small = await signInPage(phone, `${origin}/staff/importazioni`, 'admin@demo.ixl');
      await small.getByLabel('Tipo di file').selectOption('DELIBERE');
      await upload(small, 'delibere-storiche.csv', bad);
      await small.getByRole('button', { name: 'Controlla il file' }).click();
      await expect
        .poll(() => small.getByRole('table', { name: 'Errori del file, riga per riga' }).getByRole('row').count(), { timeout: 60_000 })
        .toBe(4);
      expect(await fitsViewport(small)).toBe(true);
      await screenshot(small, 'staff-imports-delibere-errors-390');
    } finally {
      await phone.close();
    }
  }, 180_000);
});
