import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCodiceFiscale } from '@ixl/territory';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { linkToken } from '@ixl/testkit';
import { LAPTOP, PHONE, hasBrowser, openE2E, type E2E, screenshotAtWidths } from './browser.js';
import { emailField, expectNoSeriousA11yViolations, fieldError, passwordField, signInButton } from './journeys.js';

/**
 * Issues 18 and 20 in a real browser, with the mail the stack's SMTP server received: a person registers, follows the
 * verification link and signs in, then sets her mail choices and withdraws consent; a company user resets a forgotten
 * password by mail link; an ADMIN invites a new company user. Screenshots at 390 and 1366 px of every new page in
 * test/artifacts/screenshots/account-*.png.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const stepHeading = (page: Page) => page.getByRole('heading', { level: 2 }).first();
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Accessibility, then the page at 390 px (it must fit) and at 1366 px. */
async function shots(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await screenshotAtWidths(page, `account-${name}`);
}

/** The visible text has no raw codes (enum values, reasons) and no message keys. */
async function expectReadableItalian(page: Page): Promise<void> {
  const text = (await page.locator('main').innerText()).replace(/\S+@\S+/g, '');
  expect(text).not.toMatch(/\b[A-Z]{3,}_[A-Z_]+\b/);
  expect(text).not.toMatch(/\b[a-z]+\.[a-z]+[A-Z]\w*\b/);
}

describe.skipIf(!hasBrowser())('accounts by mail link: registration, password reset, invitation, consent', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: PHONE, smtp: true });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('registration → verification link → sign in; then Privacy ed email: alerts off, consent withdrawn after reading what it means', async () => {
    const page = e2e.page;
    const birthDate = '1991-06-15';
    const codiceFiscale = buildCodiceFiscale({
      surname: 'Ferri',
      name: 'Chiara',
      birthDate,
      sex: 'F',
      birthPlaceCode: 'A944',
      omocodia: 0,
    });
    const email = `chiara.ferri-${randomUUID().slice(0, 6)}@example.org`;
    await page.goto(`${e2e.origin}/beneficiario/registrati`);
    await field(page, 'Nome').fill('Chiara');
    await field(page, 'Cognome').fill('Ferri');
    await field(page, 'Data di nascita').fill(birthDate);
    await field(page, 'Sesso (come nel codice fiscale)').selectOption('F');
    await field(page, 'Codice fiscale').fill(codiceFiscale);
    await button(page, 'Avanti').click();
    await field(page, 'Comune di residenza').selectOption({ label: 'Bologna' });
    await field(page, 'Email').fill(email);
    // A password anyone guesses: refused by the API, shown at the field in Italian, back on its step.
    await field(page, 'Password').fill('1234567890');
    await button(page, 'Avanti').click();
    await page.getByRole('checkbox', { name: /acconsento al trattamento/ }).check();
    await button(page, 'Crea il mio account').click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 2 di 4: Residenza e contatti');
    await expect.poll(() => fieldError(field(page, 'Password'))).toBe('Questa password è troppo facile da indovinare: scegline un’altra.');
    await field(page, 'Password').fill('il mio gatto ama il sole');
    await button(page, 'Avanti').click();
    await button(page, 'Crea il mio account').click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 4 di 4: Controlla la tua email');
    expect(await page.locator('main').innerText()).toContain(`Ti abbiamo scritto a ${email}.`);
    await expectReadableItalian(page);
    await shots(page, 'registration-check-mail');

    const mail = await e2e.stack.smtp!.waitFor(email, (m) => m.text.includes('/conferma-email?token='));
    expect(mail.subject).toBe('Conferma il tuo indirizzo email — Insieme per il lavoro');
    expect(mail.text).not.toContain('Chiara');
    const link = `${e2e.origin}/beneficiario/conferma-email?token=${linkToken(mail, 'conferma-email')}`;
    await page.goto(link);
    await page.getByText(`l’indirizzo ${email} è confermato`).waitFor();
    await expectReadableItalian(page);
    await shots(page, 'verify-email-done');
    // The same link again: it says it was used, and how to go on.
    const again = await e2e.context.newPage();
    await again.goto(link);
    await again.getByText('Il collegamento è già stato usato: vale una sola volta.').waitFor();
    await expectReadableItalian(again);
    await shots(again, 'verify-email-used');
    await again.close();

    await page.getByRole('link', { name: 'Accedi', exact: true }).click();
    await emailField(page).fill(email);
    await passwordField(page).fill('il mio gatto ama il sole');
    await signInButton(page).click();
    await expect.poll(() => heading(page).textContent()).toBe('Il mio percorso');
    // Signed in means the session is already in its HttpOnly cookie: the next page load restores it from there.

    await page.goto(`${e2e.origin}/beneficiario/privacy`);
    await expect.poll(() => heading(page).textContent()).toBe('Privacy ed email');
    const optOut = page.getByRole('checkbox', { name: 'Non voglio ricevere avvisi di offerte e newsletter' });
    await optOut.waitFor();
    expect(await optOut.isChecked()).toBe(false);
    await expectReadableItalian(page);
    await shots(page, 'privacy-choices');
    await optOut.check();
    await page.getByText('Fatto: non riceverai più avvisi di offerte e newsletter.').waitFor();
    await button(page, 'Revoca il consenso').click();
    await page.getByRole('heading', { name: 'Che cosa succede se revochi il consenso' }).waitFor();
    await expectReadableItalian(page);
    await shots(page, 'privacy-withdraw-confirm');
    await button(page, 'Sì, revoco il consenso').click();
    await page.getByText('Il consenso è stato revocato.').waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Hai revocato il consenso il \d{1,2} \S+ \d{4}, \d{2}:\d{2}\./);
    expect(await optOut.isDisabled()).toBe(true);
    await shots(page, 'privacy-withdrawn');
    const me = await e2e.stack.stack.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute<{ mail_opt_out: boolean; consent_withdrawn_at: Date | null }[]>(
        'select mail_opt_out, consent_withdrawn_at from people.beneficiary where email = ?',
        [email],
      );
    expect(me[0]?.mail_opt_out).toBe(true);
    expect(me[0]?.consent_withdrawn_at).not.toBeNull();
    expect(e2e.problems).toEqual([]);
  }, 300_000);

  it('Password dimenticata? → mail link → new password (rules in Italian) → sign in; the used link says so', async () => {
    const page = await e2e.context.newPage();
    await page.setViewportSize(LAPTOP);
    await page.goto(`${e2e.origin}/azienda/`);
    await page.getByRole('link', { name: 'Password dimenticata?' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Password dimenticata');
    await shots(page, 'forgot-password');
    await field(page, 'Email').fill('azienda@demo.ixl');
    await button(page, 'Mandami il collegamento').click();
    await page.getByText('Se azienda@demo.ixl corrisponde a un account').waitFor();
    await expectReadableItalian(page);
    await shots(page, 'forgot-password-sent');

    const mail = await e2e.stack.smtp!.waitFor('azienda@demo.ixl', (m) => m.text.includes('/azienda/nuova-password?token='));
    const link = `${e2e.origin}/azienda/nuova-password?token=${linkToken(mail, 'nuova-password')}`;
    await page.goto(link);
    await expect.poll(() => heading(page).textContent()).toBe('Scegli una nuova password');
    await shots(page, 'new-password');
    await field(page, 'Nuova password').fill('azienda@demo.ixl-2026');
    await field(page, 'Ripeti la nuova password').fill('azienda@demo.ixl-2026');
    await button(page, 'Salva la password').click();
    await expect.poll(() => fieldError(field(page, 'Nuova password'))).toBe('La password non deve contenere il tuo indirizzo email.');
    await field(page, 'Nuova password').fill('una nuova frase per Rekeep');
    await field(page, 'Ripeti la nuova password').fill('una nuova frase per rekeep');
    await button(page, 'Salva la password').click();
    await expect.poll(() => fieldError(field(page, 'Ripeti la nuova password'))).toBe('Le due password non coincidono: scrivile di nuovo.');
    await expectReadableItalian(page);
    await shots(page, 'new-password-errors');
    await field(page, 'Ripeti la nuova password').fill('una nuova frase per Rekeep');
    await button(page, 'Salva la password').click();
    await page.getByText('La password è stata salvata.').waitFor();
    await shots(page, 'new-password-saved');
    await page.getByRole('link', { name: 'Vai all’accesso' }).click();
    await emailField(page).fill('azienda@demo.ixl');
    await passwordField(page).fill(DEMO_PASSWORD);
    await signInButton(page).click();
    await expect.poll(() => fieldError(passwordField(page))).toBe('Email o password errata.');
    await passwordField(page).fill('una nuova frase per Rekeep');
    await signInButton(page).click();
    await page.getByRole('button', { name: 'Esci' }).waitFor();
    await page.getByRole('button', { name: 'Esci' }).click();

    await page.goto(link);
    await page.getByText('Il collegamento è già stato usato: vale una sola volta.').waitFor();
    await page.getByRole('link', { name: 'Chiedi un nuovo collegamento' }).waitFor();
    await expectReadableItalian(page);
    await shots(page, 'new-password-used');
    await page.close();
  }, 300_000);

  it('an ADMIN invites a company user, who chooses the first password from the mail and signs in', async () => {
    const page = await e2e.context.newPage();
    await page.setViewportSize(LAPTOP);
    await page.goto(`${e2e.origin}/staff/`);
    await emailField(page).fill('admin@demo.ixl');
    await passwordField(page).fill(DEMO_PASSWORD);
    await signInButton(page).click();
    await page.getByRole('link', { name: 'Inviti utenti' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Invita un utente di un’azienda o di un ente');
    await button(page, 'Invia l’invito').click();
    await expect.poll(() => fieldError(field(page, 'Tipo di utente'))).toBe('Campo obbligatorio.');
    await shots(page, 'invite-errors');
    const email = `nuova.collega-${randomUUID().slice(0, 6)}@example.org`;
    await field(page, 'Tipo di utente').selectOption('COMPANY');
    await field(page, 'Azienda').selectOption({ label: 'Rekeep S.p.A.' });
    await field(page, 'Nome e cognome').fill('Marta Ricci');
    await field(page, 'Email').fill(email);
    await button(page, 'Invia l’invito').click();
    await page.getByText(`Invito inviato a Marta Ricci (${email})`).waitFor();
    await shots(page, 'invite-sent');

    const mail = await e2e.stack.smtp!.waitFor(email, (m) => m.text.includes('/azienda/nuova-password?token='));
    expect(mail.text).toContain('Rekeep S.p.A.');
    const invited = await e2e.context.newPage();
    await invited.setViewportSize(LAPTOP);
    await invited.goto(`${e2e.origin}/azienda/nuova-password?token=${linkToken(mail, 'nuova-password')}`);
    await expect.poll(() => heading(invited).textContent()).toBe('Scegli la tua password');
    await shots(invited, 'first-password');
    await field(invited, 'Nuova password').fill('la prima password di Marta');
    await field(invited, 'Ripeti la nuova password').fill('la prima password di Marta');
    await button(invited, 'Salva la password').click();
    await invited.getByRole('link', { name: 'Vai all’accesso' }).click();
    await emailField(invited).fill(email);
    await passwordField(invited).fill('la prima password di Marta');
    await signInButton(invited).click();
    await invited.getByRole('button', { name: 'Esci' }).waitFor();
    await invited.close();
    await page.close();
  }, 300_000);
});
