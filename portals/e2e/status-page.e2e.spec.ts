import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, PHONE, fitsViewport, hasBrowser, openE2E, screenshot, type E2E } from './browser.js';
import { expectNoSeriousA11yViolations, signInPage } from './journeys.js';

/**
 * The ADMIN status page of the staff portal (issue 23) in a real browser over the demo stack: services up,
 * automatic processing (event consumers) with what waits, the delay and failures, outgoing mail, periodic
 * jobs; all named in Italian, never by their technical names. A stopped service shows as not answering.
 * Screenshots at 390 and 1366 px in test/artifacts/screenshots/status-*.png.
 */
async function shots(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  expect(await fitsViewport(page), `${name} fits 390 px`).toBe(true);
  await screenshot(page, `status-${name}-390`);
  await page.setViewportSize(LAPTOP);
  await page.waitForTimeout(150);
  expect(await fitsViewport(page), `${name} fits 1366 px`).toBe(true);
  await screenshot(page, `status-${name}-1366`);
}

const TECHNICAL =
  /\b(people|companies|training|projects|finance)\.[a-z-]+|privacy-retention|settle-due-risk-shares|interview-due-alerts|assess-loan-arrears|resume-history-imports|undefined|null|NaN/;

describe.skipIf(!hasBrowser())('staff status page (ADMIN)', () => {
  let e2e: E2E;
  let page: Page;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: LAPTOP });
    page = await signInPage(e2e.context, `${e2e.origin}/staff/stato`, 'admin@demo.ixl');
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('shows services, automatic processing, mail and jobs in Italian', async () => {
    await page.goto(`${e2e.origin}/staff/stato`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Stato del sistema');
    const services = page.getByRole('table', { name: 'Servizi della piattaforma' });
    await expect.poll(async () => (await services.textContent())?.match(/In funzione/g)?.length ?? 0).toBe(5);
    const events = page.getByRole('table', { name: 'Elaborazioni automatiche, per servizio' });
    const eventsText = (await events.textContent()) ?? '';
    expect(eventsText).toContain('Profili per l’abbinamento alle offerte');
    expect(eventsText).toContain('Inserimenti per la formazione');
    expect(eventsText).toMatch(/in pari|second|minut/);
    const jobs = page.getByRole('table', { name: 'Lavori periodici, con l’ultima esecuzione riuscita' });
    expect(await jobs.textContent()).toContain('Conservazione dei dati personali');
    expect(await jobs.textContent()).toContain('Liquidazione del rischio condiviso');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/in attesa di invio/);
    expect(main).not.toMatch(TECHNICAL);
    await shots(page, 'all-up');
    expect(e2e.problems).toEqual([]);
  });

  it('shows a stopped service as not answering, the others still reported', async () => {
    await e2e.stack.stack.stopSubgraph('finance');
    try {
      await page.getByRole('button', { name: 'Aggiorna', exact: true }).click();
      const services = page.getByRole('table', { name: 'Servizi della piattaforma' });
      await expect.poll(() => services.textContent()).toContain('Non risponde');
      expect((await services.textContent())?.match(/In funzione/g)?.length).toBe(4);
      expect((await page.locator('main').textContent()) ?? '').not.toMatch(TECHNICAL);
      await shots(page, 'finance-down');
    } finally {
      await e2e.stack.stack.startSubgraph('finance');
    }
  });
});
