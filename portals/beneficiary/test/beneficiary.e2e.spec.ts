import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, openE2E, screenshot, fitsViewport, type E2E } from '../../e2e/browser.js';
import { linkToken } from '@ixl/testkit';
import {
  emailField,
  expectAccountCard,
  expectNoSeriousA11yViolations,
  fieldError,
  isFocused,
  passwordField,
  signInButton,
  signInWithWrongThenRightPassword,
  signOut,
} from '../../e2e/journeys.js';

/** The narrowest phone the portal must work on. */
const SMALL_PHONE = { width: 360, height: 780 };

interface Me {
  me: { beneficiaryId: string };
}
interface Demo {
  beneficiary: { firstName: string; lastName: string; codiceFiscale: string; status: string; enrolments: { edition: { title: string } }[] };
  myVacancyMatches: { title: string }[];
  myStatusHistory: { to: string }[];
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const stepHeading = (page: Page) => page.getByRole('heading', { level: 2 }).first();
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const mainText = (page: Page) => page.locator('main').textContent();

describe.skipIf(!hasBrowser())('beneficiary portal in the browser, on a 360 px phone (/beneficiario/)', () => {
  let e2e: E2E;
  let demo: Demo;
  beforeAll(async () => {
    e2e = await openE2E({ viewport: SMALL_PHONE, smtp: true });
    const token = await e2e.stack.login('beneficiario@demo.ixl', 'demo-password');
    const me = await e2e.stack.graphql<Me>('{ me { beneficiaryId } }', { token });
    const r = await e2e.stack.graphql<Demo>(
      'query($id: ID!) { beneficiary(id: $id) { firstName lastName codiceFiscale status enrolments { edition { title } } } myVacancyMatches(limit: 5) { title } myStatusHistory { to } }',
      { token, variables: { id: me.data?.me.beneficiaryId } },
    );
    if (!r.data?.beneficiary) throw new Error(`demo beneficiary not readable: ${JSON.stringify(r.errors)}`);
    demo = r.data;
  });
  afterAll(async () => e2e?.close());

  it('refuses an account of another portal, next to the email, keeping what was typed', async () => {
    const { page, origin } = e2e;
    await page.goto(`${origin}/beneficiario/`);
    await emailField(page).fill('staff@demo.ixl');
    await passwordField(page).fill('demo-password');
    await signInButton(page).click();
    await expect.poll(() => fieldError(emailField(page))).toBe('Questo account non può usare questo portale.');
    expect(await emailField(page).inputValue()).toBe('staff@demo.ixl');
    expect(await isFocused(emailField(page))).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('ixl.session.beneficiario'))).toBeNull();
  });

  it('register and upload: a wrong codice fiscale comes back next to its field on step 1, nothing typed is lost; then the mail link, the account, a PDF in My documents', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Registrati' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Iscriviti a Insieme per il lavoro');
    expect(await stepHeading(page).textContent()).toBe('Passo 1 di 4: Dati personali');
    await expectNoSeriousA11yViolations(page);
    expect(await fitsViewport(page)).toBe(true);

    // Step 1: nothing filled → every required field says so, before any API call.
    await button(page, 'Avanti').click();
    expect(await fieldError(field(page, 'Nome'))).toBe('Campo obbligatorio.');
    expect(await isFocused(field(page, 'Nome'))).toBe(true);

    // The codice fiscale is well formed but encodes 10 Dec 1985, not the 11th: only the server can tell.
    await field(page, 'Nome').fill('Mario');
    await field(page, 'Cognome').fill('Rossi');
    await field(page, 'Data di nascita').fill('1985-12-11');
    await field(page, 'Sesso (come nel codice fiscale)').selectOption('M');
    await field(page, 'Codice fiscale').fill('RSSMRA85T10A562S');
    await button(page, 'Avanti').click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 2 di 4: Residenza e contatti');
    await field(page, 'Comune di residenza').selectOption({ label: 'Bologna' });
    await field(page, 'Email').fill('mario.rossi@example.org');
    await field(page, 'Password').fill('una-password-lunga');
    await button(page, 'Avanti').click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 3 di 4: Privacy');
    expect(await mainText(page)).toContain('Informativa privacy (versione 2026-01)');
    await expectNoSeriousA11yViolations(page);

    // No consent → said next to the checkbox; with it, the server refuses the codice fiscale.
    await button(page, 'Crea il mio account').click();
    const consent = page.getByRole('checkbox', { name: /acconsento al trattamento/ });
    expect(await fieldError(consent)).toBe('Per registrarti devi acconsentire all’informativa privacy.');
    await consent.check();
    await button(page, 'Crea il mio account').click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 1 di 4: Dati personali');
    await expect.poll(() => fieldError(field(page, 'Codice fiscale'))).toBe('Il codice fiscale non corrisponde alla data di nascita.');
    expect(await field(page, 'Codice fiscale').getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(field(page, 'Codice fiscale'))).toBe(true);
    expect(await field(page, 'Codice fiscale').inputValue()).toBe('RSSMRA85T10A562S');
    expect(await field(page, 'Nome').inputValue()).toBe('Mario');
    expect(await field(page, 'Data di nascita').inputValue()).toBe('1985-12-11');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'beneficiary-registration');
    expect(await page.evaluate(() => sessionStorage.getItem('ixl.session.beneficiario'))).toBeNull();

    // Switching language keeps the form and says the same in English.
    await page.getByRole('button', { name: /EN/ }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Step 1 of 4: Personal details');
    expect(await fieldError(field(page, 'Tax code (codice fiscale)'))).toBe('The tax code does not match the date of birth.');
    expect(await field(page, 'Tax code (codice fiscale)').inputValue()).toBe('RSSMRA85T10A562S');
    await page.getByRole('button', { name: /IT/ }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 1 di 4: Dati personali');

    // Fix the birth date; the other steps still hold what was typed.
    await field(page, 'Data di nascita').fill('1985-12-10');
    await button(page, 'Avanti').click();
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 2 di 4: Residenza e contatti');
    expect(await field(page, 'Email').inputValue()).toBe('mario.rossi@example.org');
    expect(await field(page, 'Comune di residenza').inputValue()).toBe('037006');
    await button(page, 'Avanti').click();
    expect(await page.getByRole('checkbox', { name: /acconsento al trattamento/ }).isChecked()).toBe(true);
    await button(page, 'Crea il mio account').click();
    // The address is verified before the account exists: the mail's link, then sign in (issue 18: no oracle).
    await expect.poll(() => stepHeading(page).textContent()).toBe('Passo 4 di 4: Controlla la tua email');
    expect(await mainText(page)).toContain('Ti abbiamo scritto a mario.rossi@example.org.');
    await expectNoSeriousA11yViolations(page);
    const mail = await e2e.stack.smtp!.waitFor('mario.rossi@example.org', (m) => m.text.includes('/conferma-email?token='));
    await page.goto(`${e2e.origin}/beneficiario/conferma-email?token=${linkToken(mail, 'conferma-email')}`);
    await page.getByText('l’indirizzo mario.rossi@example.org è confermato').waitFor();
    await page.getByRole('link', { name: 'Accedi', exact: true }).click();
    await emailField(page).fill('mario.rossi@example.org');
    await passwordField(page).fill('una-password-lunga');
    await signInButton(page).click();
    await expect.poll(() => heading(page).textContent()).toBe('Il mio percorso');
    expect(new URL(page.url()).pathname).toBe('/beneficiario/');
    await expect.poll(() => mainText(page)).toContain('Colloquio di accoglienza da fissare');
    expect(await mainText(page)).toContain('Iscritto');

    // An operator schedules the intake interview: the page shows it without a reload (graphql-ws).
    await expect.poll(() => mainText(page)).toContain('Questa pagina si aggiorna da sola');
    const staff = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const found = await e2e.stack.graphql<{ beneficiaries: { nodes: { id: string }[] } }>(
      '{ beneficiaries(first: 5, filter: { search: "RSSMRA85T10A562S" }) { nodes { id } } }',
      { token: staff },
    );
    expect(found.data?.beneficiaries.nodes).toHaveLength(1);
    const at = new Date(Date.now() + 3 * 86_400_000);
    at.setUTCHours(8, 30, 0, 0);
    const scheduled = await e2e.stack.graphql(
      'mutation($id: ID!, $at: DateTimeISO!) { scheduleIntakeInterview(beneficiaryId: $id, scheduledAt: $at, mode: IN_PERSON, location: "Via Libia 55, Bologna") { id } }',
      { token: staff, variables: { id: found.data?.beneficiaries.nodes[0]?.id, at: at.toISOString() } },
    );
    expect(scheduled.errors).toBeUndefined();
    await expect.poll(() => mainText(page)).toContain('Via Libia 55, Bologna');
    expect(await mainText(page)).toMatch(/ore (09|10):30/);
    expect(await mainText(page)).toContain('Colloquio fissato');
    expect(await page.locator('main [role="status"].ixl-notice').textContent()).toMatch(
      /appuntamento è stato aggiornato|stato del tuo percorso è cambiato/,
    );

    await page.getByRole('navigation').getByRole('link', { name: 'Documenti' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('I miei documenti');
    // Upload: no file → error next to the picker; a small PDF → uploaded and listed.
    await button(page, 'Carica').click();
    expect(await fieldError(field(page, 'File'))).toBe('Scegli un file da caricare.');
    await field(page, 'File').setInputFiles({
      name: 'cv-mario.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    });
    await button(page, 'Carica').click();
    await expect.poll(() => mainText(page)).toContain('«cv-mario.pdf» caricato.');
    await expect.poll(() => page.getByRole('table').textContent()).toContain('cv-mario.pdf');
    expect(await page.getByRole('table').textContent()).toContain('Curriculum (CV)');
    await expectNoSeriousA11yViolations(page);
    expect(await fitsViewport(page)).toBe(true);

    // The server refuses a text file: its message is next to the picker (the only console error is that 400).
    await field(page, 'File').setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('just some text') });
    await button(page, 'Carica').click();
    await expect.poll(() => fieldError(field(page, 'File'))).toBe('Sono accettati solo file PDF, JPEG, PNG o DOCX.');
    expect(await page.getByRole('table').getByRole('row').count()).toBe(2);
    expect(e2e.problems.splice(0)).toEqual([expect.stringContaining('400')]);

    // Download with the bearer token.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica cv-mario.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cv-mario.pdf');
    await signOut(e2e, 'beneficiario');
  });

  it('the demo beneficiary sees the appointment, path and history, offers with why, courses (axe, phone, screenshot)', async () => {
    await signInWithWrongThenRightPassword(e2e, 'beneficiario', 'beneficiario@demo.ixl');
    const { page } = e2e;
    expect(await heading(page).textContent()).toBe('Il mio percorso');
    await expect.poll(() => mainText(page)).toContain(`Ciao ${demo.beneficiary.firstName}`);
    const main = (await mainText(page)) ?? '';
    expect(main).toContain('Il mio appuntamento');
    expect(main).toContain('Le tappe del percorso');
    expect(demo.myStatusHistory.length).toBeGreaterThan(0);
    expect(main).toContain('Ora sei:');
    await expect.poll(() => mainText(page)).toContain('Offerte adatte a me');
    expect(demo.myVacancyMatches.length).toBeGreaterThan(0);
    await expect.poll(() => mainText(page)).toContain(demo.myVacancyMatches[0]?.title ?? '?');
    expect(await mainText(page)).toContain('Perché te la proponiamo');
    expect(await mainText(page)).toMatch(/Il posto di lavoro è a circa \d+ km da casa/);
    expect(demo.beneficiary.enrolments.length).toBeGreaterThan(0);
    for (const e of demo.beneficiary.enrolments) expect(await mainText(page)).toContain(e.edition.title);
    await expectNoSeriousA11yViolations(page);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'beneficiary');

    await page.getByRole('navigation').getByRole('link', { name: 'Corsi' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Corsi');
    await expect.poll(() => mainText(page)).toContain('Corsi disponibili');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Documenti' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('I miei documenti');
    await expectNoSeriousA11yViolations(page);
  });

  it('"I miei dati": the record, the account and the JSON export; English on request', async () => {
    const { page } = e2e;
    await page.getByRole('navigation').getByRole('link', { name: 'I miei dati' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('I miei dati');
    await expect.poll(() => mainText(page)).toContain(demo.beneficiary.codiceFiscale);
    expect(await mainText(page)).toContain(`${demo.beneficiary.firstName} ${demo.beneficiary.lastName}`);
    await expectAccountCard(page, 'beneficiario@demo.ixl', 'Beneficiario');
    await expectNoSeriousA11yViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Scarica i miei dati').click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await expect.poll(() => mainText(page)).toContain('File scaricato.');

    await page.getByRole('button', { name: /EN/ }).click();
    await expect.poll(() => heading(page).textContent()).toBe('My data');
    await page.getByRole('navigation').getByRole('link', { name: 'My path' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('My path');
    await expect.poll(() => mainText(page)).toContain('Why we suggest it');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: /IT/ }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Il mio percorso');
  });

  it('signs out', async () => {
    await signOut(e2e, 'beneficiario');
    expect(e2e.problems).toEqual([]);
  });
});
