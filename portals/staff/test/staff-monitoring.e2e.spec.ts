import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, fitsViewport, hasBrowser, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import { emailField, expectNoSeriousA11yViolations, fieldError, passwordField, signInButton } from '../../e2e/journeys.js';

const FROM = '2018-01-01';
const TO = '2026-12-31';

describe.skipIf(!hasBrowser())('staff portal: monitoring dashboards', () => {
  let e2e: E2E;
  let token: string;
  let people: { registrations: number; interviewed: number };
  let placements: { placements: number; companyRanking: { rank: number; companyName: string; placements: number }[] };
  const h1 = () => e2e.page.getByRole('heading', { level: 1 }).textContent();
  const number = (n: number) => new Intl.NumberFormat('it-IT').format(n);

  beforeAll(async () => {
    e2e = await openE2E();
    token = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const r = await e2e.stack.graphql<{ peopleReport: typeof people; companiesPlacementReport: typeof placements }>(
      'query($f: String!, $t: String!) { peopleReport(from: $f, to: $t) { registrations interviewed } companiesPlacementReport(from: $f, to: $t) { placements companyRanking { rank companyName placements } } }',
      { token, variables: { f: FROM, t: TO } },
    );
    expect(r.errors).toBeUndefined();
    people = r.data!.peopleReport;
    placements = r.data!.companiesPlacementReport;
    const { page, origin } = e2e;
    await page.goto(`${origin}/staff/`);
    await emailField(page).fill('staff@demo.ixl');
    await passwordField(page).fill('demo-password');
    await signInButton(page).click();
    await page.getByRole('button', { name: 'Esci' }).waitFor();
  });
  afterAll(async () => e2e?.close());

  it('shows the period report as charts and tables with the figures the API computes', async () => {
    const { page } = e2e;
    expect(people.registrations).toBeGreaterThan(0);
    expect(placements.companyRanking.length).toBeGreaterThan(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Monitoraggio', exact: true }).click();
    await expect.poll(h1).toBe('Monitoraggio e rendicontazione');
    await page.getByLabel('Dal', { exact: true }).fill(FROM);
    await page.getByLabel('Al', { exact: true }).fill(TO);
    await page.getByRole('button', { name: 'Aggiorna il rapporto' }).click();
    const tile = (label: string) =>
      page
        .locator('.monitoring-tile', { has: page.locator('.monitoring-tile__label', { hasText: new RegExp(`^${label}$`) }) })
        .locator('.monitoring-tile__value');
    await expect.poll(() => tile('Iscrizioni').textContent()).toBe(number(people.registrations));
    expect(await tile('Persone al primo colloquio').textContent()).toBe(number(people.interviewed));
    // Charts are drawn (SVG) for the figures, each with its definition beside it.
    for (const title of [
      'Iscrizioni per mese',
      'Per tipo',
      'Classifica delle aziende per inserimenti',
      'Pacchetti formativi per materia',
    ]) {
      const chart = page.getByRole('figure', { name: `Grafico: ${title}` });
      await expect.poll(() => chart.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
      await expect.poll(() => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-figure="placements-by-type"] .monitoring-definition').textContent()).toContain('Definizione');
    const ranking = page.getByRole('table', { name: 'Classifica delle aziende per inserimenti' });
    const first = placements.companyRanking[0]!;
    expect(await ranking.locator('tbody tr').first().locator('td[data-label="Azienda"]').textContent()).toBe(first.companyName);
    expect(await ranking.locator('tbody tr').first().locator('td[data-label="Inserimenti"]').textContent()).toBe(String(first.placements));
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-monitoring');
  });

  it('exports a figure as CSV with the same numbers', async () => {
    const { page } = e2e;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica CSV: Classifica delle aziende per inserimenti' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ixl-company-ranking-${FROM}_${TO}.csv`);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
    const lines = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Italian spreadsheets: semicolons, numbers as numbers.
    expect(lines[0]).toBe('Posizione;Azienda;Inserimenti');
    expect(lines.length).toBe(placements.companyRanking.length + 1);
    const first = placements.companyRanking[0]!;
    expect(lines[1]).toBe(
      `${first.rank};${/[";]/.test(first.companyName) ? `"${first.companyName.replace(/"/g, '""')}"` : first.companyName};${first.placements}`,
    );
  });

  it('narrows to a district, prints without the controls, and reports a bad period on the field', async () => {
    const { page } = e2e;
    await page.getByLabel('Territorio (distretto o comune di residenza)', { exact: true }).selectOption({ label: 'Distretto Imola' });
    await page.getByRole('button', { name: 'Aggiorna il rapporto' }).click();
    const r = await e2e.stack.graphql<{ peopleReport: { registrations: number } }>(
      'query($f: String!, $t: String!) { peopleReport(from: $f, to: $t, district: "Imola") { registrations } }',
      { token, variables: { f: FROM, t: TO } },
    );
    const tile = page
      .locator('.monitoring-tile', { has: page.locator('.monitoring-tile__label', { hasText: /^Iscrizioni$/ }) })
      .locator('.monitoring-tile__value');
    await expect.poll(() => tile.textContent()).toBe(number(r.data!.peopleReport.registrations));
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('form', { name: 'Periodo e territorio' }).isVisible()).toBe(false);
    expect(await page.getByText(`Rapporto del periodo 1 gennaio 2018 – 31 dicembre 2026, territorio: Distretto Imola`).isVisible()).toBe(
      true,
    );
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Al', { exact: true }).fill('2017-01-01');
    await page.getByRole('button', { name: 'Aggiorna il rapporto' }).click();
    await expect.poll(() => fieldError(page.getByLabel('Al', { exact: true }))).toBe('La data di fine non può precedere quella di inizio.');
    await page.setViewportSize(PHONE);
    // The charts follow the container's width (ResizeObserver): the page fits a phone once they have redrawn.
    await expect.poll(() => fitsViewport(page)).toBe(true);
    expect(e2e.problems).toEqual([]);
  });

  it('sends the fuori-protocollo questionnaire, a person answers from the mail link, the shares update', async () => {
    const { page, origin } = e2e;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('Al', { exact: true }).fill(TO);
    await page.getByRole('button', { name: 'Aggiorna il rapporto' }).click();
    await expect.poll(() => fieldError(page.getByLabel('Al', { exact: true }))).toBe('');
    const wave = page.getByLabel('Ondata', { exact: true });
    await wave.fill('e2e-wave');
    await page.getByRole('button', { name: 'Invia il questionario' }).click();
    const report = async () =>
      (
        await e2e.stack.graphql<{ peopleFuoriProtocolloSurveyReport: { invited: number; answered: number; working: number } }>(
          'query { peopleFuoriProtocolloSurveyReport(wave: "e2e-wave") { invited answered working } }',
          { token },
        )
      ).data!.peopleFuoriProtocolloSurveyReport;
    await expect.poll(async () => (await report()).invited).toBeGreaterThan(0);
    const invited = (await report()).invited;
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'questionari' }).textContent())
      .toMatch(new RegExp(`^Inviati ${invited} questionari`));
    // The mail as queued (capture inbox): its link opens the public questionnaire page, no sign-in needed.
    const [mail] = await e2e.stack.stack.subgraphs.people.orm.em
      .getConnection()
      .execute<{ text_body: string }[]>(
        `select text_body from people.mail_outbox where template = 'fuori_protocollo_survey' order by id limit 1`,
      );
    const link = /\/beneficiario\/questionario\?token=[A-Za-z0-9_-]+/.exec(mail?.text_body ?? '')?.[0];
    expect(link).toBeDefined();
    const person = await e2e.browser.newContext({ viewport: PHONE, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    try {
      const p = await person.newPage();
      await p.goto(`${origin}${link}`);
      await expect.poll(() => p.getByRole('heading', { level: 1 }).textContent()).toBe('Questionario: come stai?');
      await p.getByRole('button', { name: 'Invia le risposte' }).click();
      await expect.poll(() => fieldError(p.getByLabel('Stai lavorando?', { exact: true }))).toBe('Rispondi a questa domanda.');
      await p.getByLabel('Stai lavorando?', { exact: true }).selectOption({ label: 'Sì' });
      await p.getByLabel('Con quale contratto?', { exact: true }).selectOption({ label: 'tempo indeterminato' });
      await p.getByLabel('Quante offerte di lavoro hai ricevuto?', { exact: true }).fill('2');
      await p.getByRole('button', { name: 'Invia le risposte' }).click();
      await expect.poll(() => p.getByRole('status').textContent()).toBe('Grazie! Abbiamo registrato le tue risposte.');
      await expectNoSeriousA11yViolations(p);
      expect(await fitsViewport(p)).toBe(true);
      await screenshot(p, 'beneficiary-survey');
    } finally {
      await person.close();
    }
    expect(await report()).toEqual({ invited, answered: 1, working: 1 });
    await page.getByRole('button', { name: 'Mostra le risposte' }).click();
    const rate = page.locator('.monitoring-tile', { has: page.locator('.monitoring-tile__label', { hasText: /^Tasso di risposta$/ }) });
    await expect.poll(() => rate.locator('.monitoring-definition').textContent()).toBe(`Risposte: 1 su ${invited}.`);
  });
});
