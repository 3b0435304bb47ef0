import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, SCREENSHOTS, fitsViewport, hasBrowser, openE2E, type E2E } from '../../e2e/browser.js';
import { emailField, expectNoSeriousA11yViolations, passwordField, signInButton } from '../../e2e/journeys.js';

const FROM = '2018-01-01';
const YEAR = new Date().getFullYear();
const TO = `${YEAR}-12-31`;

interface Row {
  year: number | null;
  applications: number;
  accompanied: number;
  funded: number;
  placements: number;
  peopleEmployed: number;
  partnerships: number;
  grantedCents: number;
}

describe.skipIf(!hasBrowser())('staff portal: project results and governance deadlines', () => {
  let e2e: E2E;
  let token: string;
  let results: { years: Row[]; total: Row };

  beforeAll(async () => {
    e2e = await openE2E();
    token = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const r = await e2e.stack.graphql<{ projectResults: typeof results }>(
      `query($f: Int!, $t: Int!) { projectResults(fromYear: $f, toYear: $t) {
        years { year applications accompanied funded placements peopleEmployed partnerships grantedCents }
        total { year applications accompanied funded placements peopleEmployed partnerships grantedCents } } }`,
      { token, variables: { f: 2018, t: YEAR } },
    );
    expect(r.errors).toBeUndefined();
    results = r.data!.projectResults;
    const { page, origin } = e2e;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${origin}/staff/`);
    await emailField(page).fill('staff@demo.ixl');
    await passwordField(page).fill('demo-password');
    await signInButton(page).click();
    await page.getByRole('button', { name: 'Esci' }).waitFor({ timeout: 60_000 });
  }, 240_000);
  afterAll(async () => e2e?.close());

  it('shows the governance deadlines on the home page: the overdue ones, or that none is', async () => {
    const { page } = e2e;
    const due = await e2e.stack.graphql<{ governanceDue: { kind: string; overdue: boolean }[] }>('{ governanceDue { kind overdue } }', {
      token,
    });
    expect(due.errors).toBeUndefined();
    const overdue = due.data!.governanceDue.filter((r) => r.overdue);
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Scadenze della governance' }) });
    const labels: Record<string, string> = {
      TECHNICAL_MEETING: 'Riunione del Tavolo tecnico',
      COORDINATION_MEETING: 'Riunione del Tavolo di coordinamento',
      WORK_PLAN_APPROVAL: 'Approvazione del piano di lavoro annuale',
      RESULTS_PRESENTATION: 'Presentazione pubblica dei risultati',
    };
    if (overdue.length) await expect.poll(() => card.textContent()).toContain(labels[overdue[0]!.kind]);
    else await expect.poll(() => card.textContent()).toContain('Nessuna scadenza superata.');
    await card.screenshot({ path: resolve(SCREENSHOTS, 'staff-home-governance-1366.png') });
    await page.setViewportSize(PHONE);
    await expect.poll(() => fitsViewport(page)).toBe(true);
    await card.screenshot({ path: resolve(SCREENSHOTS, 'staff-home-governance-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows the project results per year and in total, with definitions, the not-funded projects and a CSV', async () => {
    const { page } = e2e;
    await page.getByRole('navigation').getByRole('link', { name: 'Monitoraggio', exact: true }).click();
    await page.getByLabel('Dal', { exact: true }).fill(FROM);
    await page.getByLabel('Al', { exact: true }).fill(TO);
    await page.getByRole('button', { name: 'Aggiorna il rapporto' }).click();
    const table = page.getByRole('table', { name: 'Risultati dei progetti di innovazione sociale per anno' });
    // Every year of the period is a row (empty years too), then the total.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(YEAR - 2018 + 2);
    const total = table.locator('tbody tr').last();
    expect(await total.locator('td[data-label="Anno"]').textContent()).toBe('Totale');
    expect(await total.locator('td[data-label="Candidature"]').textContent()).toBe(String(results.total.applications));
    expect(await total.locator('td[data-label="Finanziati"]').textContent()).toBe(String(results.total.funded));
    expect(await total.locator('td[data-label="Persone occupate"]').textContent()).toBe(String(results.total.peopleEmployed));
    const chart = page.getByRole('figure', { name: 'Grafico: Risultati dei progetti di innovazione sociale per anno' });
    await expect.poll(() => chart.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    const section = page.locator('[data-figure="project-results"]');
    expect(await section.locator('.monitoring-definitions').textContent()).toContain('Progetti di innovazione sociale candidati nell’anno');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica CSV: Risultati dei progetti di innovazione sociale per anno' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Anno;Candidature;Accompagnati;Finanziati;Inserimenti generati;Stage;Posti di lavoro;Persone occupate;Partnership attivate;Fondo perduto',
    );
    expect(lines.length).toBe(YEAR - 2018 + 3);
    const t = results.total;
    // Numbers as numbers: euros with a decimal comma, no thousands separator, no currency sign.
    expect(lines.at(-1)!.split(';').slice(0, 4)).toEqual(['Totale', String(t.applications), String(t.accompanied), String(t.funded)]);
    expect(lines.at(-1)!.split(';')[9]).toBe(String(t.grantedCents / 100).replace('.', ','));

    await expect.poll(() => page.getByRole('heading', { name: 'Che cosa è successo ai progetti non finanziati' }).count()).toBe(1);
    const governance = page.locator('section', { has: page.locator('#monitoring-governance') });
    const technical = (
      await e2e.stack.graphql<{ governanceDue: { kind: string; dueOn: string | null }[] }>('{ governanceDue { kind dueOn } }', { token })
    ).data!.governanceDue.find((r) => r.kind === 'TECHNICAL_MEETING')!;
    const dueText = technical.dueOn
      ? new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(
          new Date(`${technical.dueOn}T12:00:00Z`),
        )
      : 'nessuna riunione registrata';
    await expect.poll(() => governance.textContent()).toContain('Riunione del Tavolo tecnico');
    expect(await governance.textContent()).toContain(dueText);
    await expectNoSeriousA11yViolations(page);
    await page.locator('section', { has: page.locator('#monitoring-governance') }).screenshot({
      path: resolve(SCREENSHOTS, 'staff-monitoring-governance-1366.png'),
    });
    await section.screenshot({ path: resolve(SCREENSHOTS, 'staff-project-results-1366.png') });
    await page.locator('[data-figure="projects-not-funded-list"]').screenshot({ path: resolve(SCREENSHOTS, 'staff-not-funded-1366.png') });
  }, 240_000);

  it('fits a phone and prints without the controls', async () => {
    const { page } = e2e;
    await page.setViewportSize(PHONE);
    await expect.poll(() => fitsViewport(page)).toBe(true);
    await page.locator('[data-figure="project-results"]').screenshot({ path: resolve(SCREENSHOTS, 'staff-project-results-390.png') });
    await page.locator('section', { has: page.locator('#monitoring-governance') }).screenshot({
      path: resolve(SCREENSHOTS, 'staff-monitoring-governance-390.png'),
    });
    await page.locator('[data-figure="projects-not-funded-list"]').screenshot({ path: resolve(SCREENSHOTS, 'staff-not-funded-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.getByRole('button', { name: 'Scarica CSV: Risultati dei progetti di innovazione sociale per anno' }).isVisible(),
    ).toBe(false);
    expect(await page.getByText(`Rapporto del periodo 1 gennaio 2018 – 31 dicembre ${YEAR}`).isVisible()).toBe(true);
    await page.locator('[data-figure="project-results"]').screenshot({ path: resolve(SCREENSHOTS, 'staff-project-results-print.png') });
    await page.emulateMedia({ media: 'screen' });
    expect(e2e.problems).toEqual([]);
  }, 240_000);
});
