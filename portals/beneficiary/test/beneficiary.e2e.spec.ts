import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, hasBrowser, openE2E, type E2E } from '../../e2e/browser.js';
import { checkMainPage, emailField, expectAccountCard, fieldError, isFocused, passwordField, signInButton, signInWithWrongThenRightPassword, signOut } from '../../e2e/journeys.js';

interface Me {
  me: { beneficiaryId: string };
}
interface Record {
  beneficiary: { firstName: string; lastName: string; codiceFiscale: string; placements: unknown[]; enrolments: { edition: { title: string } }[] };
}

describe.skipIf(!hasBrowser())('beneficiary portal in the browser, on a phone (/beneficiario/)', () => {
  let e2e: E2E;
  let record: Record['beneficiary'];
  beforeAll(async () => {
    e2e = await openE2E({ viewport: PHONE });
    const token = await e2e.stack.login('beneficiario@demo.ixl', 'demo-password');
    const me = await e2e.stack.graphql<Me>('{ me { beneficiaryId } }', { token });
    const r = await e2e.stack.graphql<Record>('query($id: ID!) { beneficiary(id: $id) { firstName lastName codiceFiscale placements { id } enrolments { edition { title } } } }', { token, variables: { id: me.data?.me.beneficiaryId } });
    if (!r.data?.beneficiary) throw new Error(`demo beneficiary not readable: ${JSON.stringify(r.errors)}`);
    record = r.data.beneficiary;
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

  it('says which field is missing before calling the API', async () => {
    const { page } = e2e;
    await emailField(page).fill('');
    await passwordField(page).fill('');
    await signInButton(page).click();
    expect(await fieldError(emailField(page))).toBe('Campo obbligatorio.');
    expect(await fieldError(passwordField(page))).toBe('Campo obbligatorio.');
  });

  it('signs in and shows the own record (me + beneficiary(id)) with placements and courses', async () => {
    await signInWithWrongThenRightPassword(e2e, 'beneficiario', 'beneficiario@demo.ixl');
    const { page } = e2e;
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain(record.codiceFiscale);
    expect(await main.textContent()).toContain(`${record.firstName} ${record.lastName}`);
    expect(record.enrolments.length + record.placements.length).toBeGreaterThan(0);
    for (const e of record.enrolments) expect(await main.textContent()).toContain(e.edition.title);
    if (!record.enrolments.length) expect(await main.textContent()).toContain('Non sei iscritto a nessun corso.');
    if (!record.placements.length) expect(await main.textContent()).toContain('Ancora nessun inserimento lavorativo.');
    await expectAccountCard(page, 'beneficiario@demo.ixl', 'Beneficiario');
    await checkMainPage(e2e, 'beneficiario');
  });

  it('signs out', async () => {
    await signOut(e2e, 'beneficiario');
    expect(e2e.problems).toEqual([]);
  });
});
