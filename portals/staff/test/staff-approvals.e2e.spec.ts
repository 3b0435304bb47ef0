import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoId } from '@ixl/demo-data';
import { fitsViewport, hasBrowser, openE2E, PHONE, screenshot, type E2E } from '../../e2e/browser.js';
import { emailField, expectNoSeriousA11yViolations, passwordField, signInButton } from '../../e2e/journeys.js';

async function signIn(page: Page, origin: string, email: string): Promise<void> {
  await page.goto(`${origin}/staff/`);
  await emailField(page).fill(email);
  await passwordField(page).fill('demo-password');
  await signInButton(page).click();
  await page.getByRole('button', { name: 'Esci' }).waitFor();
}

/** Signs out from a page that is not polling (the queue polls every 5 s: a poll crossing the sign-out would answer 401). */
async function signOutQuietly(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Home' }).first().click();
  await page.waitForURL((url) => !url.pathname.includes('approvazioni'));
  await page.getByRole('button', { name: 'Esci' }).click();
  await signInButton(page).waitFor();
}

const repayments = async (e2e: E2E) =>
  (
    await e2e.stack.stack.subgraphs.finance.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as "n" from "finance"."loan_repayment" where "loan_id" = ?`, [
        demoId('loan', 'sartoria-loan'),
      ])
  )[0]!.n;

/**
 * Maker-checker in the staff portal (issue 26): staff@demo.ixl records a repayment over the threshold, which waits in
 * Approvazioni (no buttons for its maker); approvatore@demo.ixl sees the queue (the overdue request marked, before/after and
 * the ledger lines), approves it (the repayment is booked), is refused the demo's twin prepared on the loan as it was,
 * and rejects the plafond change with a reason (nothing booked); back as staff@demo.ixl, the maker sees one approved and the
 * other rejected with the approver's reason.
 */
describe.skipIf(!hasBrowser())('staff portal: approvals (/staff/approvazioni)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('a repayment prepared by one operator waits until another approves it', async () => {
    const { page, origin } = e2e;
    const before = await repayments(e2e);
    await signIn(page, origin, 'staff@demo.ixl');
    await page.goto(`${origin}/staff/finanza/prestito?id=${demoId('loan', 'sartoria-loan')}`);
    await page.getByLabel('Importo in euro').fill('1000');
    await page.getByLabel('Pagato il').fill('2021-07-05');
    await page.getByRole('button', { name: 'Registra il rimborso' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Serve l’approvazione di una seconda persona' }).count()).toBe(1);
    expect(await repayments(e2e)).toBe(before);

    await page.getByRole('link', { name: 'Approvazioni' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Approvazioni');
    const mine = page.getByRole('region', { name: 'Registrazione di un rimborso' }).filter({ hasText: '1.000,00 €' });
    await expect.poll(() => mine.count()).toBe(1);
    await expect.poll(() => mine.getByText('te (serve un’altra persona per approvarla)').count()).toBe(1);
    expect(await mine.getByRole('button', { name: 'Approva' }).count()).toBe(0);
    await screenshot(page, 'staff-approvals-maker-1366');
    await signOutQuietly(page);

    await signIn(page, origin, 'approvatore@demo.ixl');
    await page.getByRole('link', { name: 'Approvazioni' }).first().click();
    await expect.poll(() => page.getByText('In ritardo').count()).toBeGreaterThan(0);
    const toApprove = page.getByRole('region', { name: 'Registrazione di un rimborso' }).filter({ hasText: '1.000,00 €' });
    await expect.poll(() => toApprove.getByRole('table', { name: /Movimenti contabili che scriverà/ }).count()).toBe(1);
    await expect.poll(() => toApprove.getByRole('table', { name: 'Cosa cambia' }).textContent()).toMatch(/Capitale rimborsato/);
    // Who prepared it, by name (not an id).
    await expect.poll(() => toApprove.textContent()).toMatch(/Preparata da\s*Operatrice IXL/);
    // The rules: repayments under €300 need one person (the demo's rule), a rule change another administrator.
    const rules = page.getByRole('table', { name: 'Quali operazioni richiedono una seconda persona' });
    await expect
      .poll(() => rules.getByRole('row').filter({ hasText: 'Registrazione di un rimborso' }).textContent())
      .toMatch(/Da 300,00\s€ in su.*Amministratori · 1 approvatore nominativo/);
    expect(await rules.getByRole('row').filter({ hasText: 'Modifica di una regola di approvazione' }).textContent()).toMatch(
      /Un altro amministratore/,
    );
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-approvals-queue-1366');
    // The full content in words (no JSON, no raw dates).
    await toApprove.getByText('Contenuto completo della richiesta').click();
    await expect.poll(() => toApprove.textContent()).toMatch(/Pagato il\s*5 luglio 2021/);
    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'staff-approvals-queue-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    await toApprove.getByRole('button', { name: 'Approva' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Richiesta approvata' }).count()).toBe(1);
    expect(await repayments(e2e)).toBe(before + 1);

    // The demo's repayment request was prepared on the loan as it was before: refused, with the reason in Italian.
    const twin = page.getByRole('region', { name: 'Registrazione di un rimborso' });
    await expect.poll(() => twin.count()).toBe(1);
    await twin.getByRole('button', { name: 'Approva' }).click();
    await expect.poll(() => twin.getByRole('alert').textContent()).toMatch(/Nel frattempo l’oggetto della richiesta è cambiato/);
    expect(await repayments(e2e)).toBe(before + 1);

    // Rejecting needs a reason; then nothing is booked.
    const plafond = page.getByRole('region', { name: 'Modifica del plafond del fondo di garanzia' });
    await plafond.getByRole('button', { name: 'Respingi' }).click();
    await expect.poll(() => plafond.getByRole('alert').textContent()).toMatch(/Indica il motivo della decisione/);
    await plafond.getByLabel('Motivo (obbligatorio per respingere)').fill('Manca la delibera della Fondazione');
    await plafond.getByRole('button', { name: 'Respingi' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Richiesta respinta' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: 'Modifica del plafond del fondo di garanzia' }).count()).toBe(0);
    await screenshot(page, 'staff-approvals-decided-1366');

    // The maker sees what became of their requests: the repayment approved, the plafond change rejected with its reason.
    await signOutQuietly(page);
    await signIn(page, origin, 'staff@demo.ixl');
    await page.getByRole('link', { name: 'Approvazioni' }).first().click();
    const mineTable = page.getByRole('table', { name: /Le mie richieste/ });
    const approvedRow = mineTable.getByRole('row').filter({ hasText: 'Registrazione di un rimborso' }).filter({ hasText: '1.000,00 €' });
    await expect.poll(() => approvedRow.textContent()).toMatch(/Approvata/);
    const rejectedRow = mineTable.getByRole('row').filter({ hasText: 'Modifica del plafond del fondo di garanzia' });
    await expect
      .poll(() => rejectedRow.textContent())
      .toMatch(/Respinta.*Responsabile amministrativo IXL.*Manca la delibera della Fondazione/);
    expect(await approvedRow.textContent()).toMatch(/Responsabile amministrativo IXL/);
    // Nothing the maker prepared offers them a decision.
    expect(await page.getByRole('region', { name: 'Registrazione di un rimborso' }).getByRole('button', { name: 'Approva' }).count()).toBe(
      0,
    );
    await screenshot(page, 'staff-approvals-maker-decided-1366');
    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'staff-approvals-maker-decided-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(e2e.problems).toEqual([]);
  });
});
