import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, liveSubscribed, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import {
  checkMainPage,
  expectAccountCard,
  expectNoSeriousA11yViolations,
  signInButton,
  signInWithWrongThenRightPassword,
  signOut,
} from '../../e2e/journeys.js';

describe.skipIf(!hasBrowser())('staff portal in the browser (/staff/)', () => {
  let e2e: E2E;
  let total: number;
  let secondPageFirst: string;
  beforeAll(async () => {
    e2e = await openE2E();
    const token = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const first = await e2e.stack.graphql<{ beneficiaries: { totalCount: number; endCursor: string } }>(
      '{ beneficiaries(first: 20) { totalCount endCursor } }',
      { token },
    );
    total = first.data?.beneficiaries.totalCount ?? 0;
    const second = await e2e.stack.graphql<{ beneficiaries: { nodes: { lastName: string; firstName: string }[] } }>(
      'query($a: String) { beneficiaries(first: 20, after: $a) { nodes { firstName lastName } } }',
      { token, variables: { a: first.data?.beneficiaries.endCursor } },
    );
    const b = second.data?.beneficiaries.nodes[0];
    secondPageFirst = b ? `${b.lastName} ${b.firstName}` : '';
  });
  afterAll(async () => e2e?.close());

  it('signs in (a wrong password is shown next to the field, the email is kept), then shows who you are', async () => {
    expect(total).toBeGreaterThan(40);
    await signInWithWrongThenRightPassword(e2e, 'staff', 'staff@demo.ixl');
    const { page } = e2e;
    await expect.poll(() => page.locator('main').textContent()).toContain(`${total} persone iscritte al programma.`);
    await expectAccountCard(page, 'staff@demo.ixl', 'Operatore');
    await checkMainPage(e2e, 'staff');
  });

  it('shows what happens live: a vacancy posted elsewhere appears in the feed (graphql-ws)', async () => {
    const { page } = e2e;
    const feed = page.getByRole('region', { name: 'In tempo reale' });
    await expect.poll(() => feed.getByRole('status').textContent()).toBe('Aggiornamenti in tempo reale attivi.');
    expect(await feed.textContent()).toContain('Nessuna novità da quando hai aperto la pagina.');
    await liveSubscribed(e2e, 'VacancyPosted');
    const token = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const companies = await e2e.stack.graphql<{ companies: { id: string; name: string }[] }>('{ companies { id name } }', { token });
    const company = companies.data?.companies.find((c) => c.name.startsWith('Rekeep'));
    expect(company).toBeDefined();
    const posted = await e2e.stack.graphql('mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }', {
      token,
      variables: {
        i: {
          companyId: company?.id,
          title: 'Magazziniere notturno',
          municipalityCode: '037006',
          openings: 3,
          requiredSkills: ['magazzino'],
          contractType: 'TEMPO_DETERMINATO',
          hoursPerWeek: 30,
          status: 'OPEN',
        },
      },
    });
    expect(posted.errors).toBeUndefined();
    await expect
      .poll(() => feed.locator('li').allTextContents())
      .toEqual([expect.stringContaining(`Nuovo fabbisogno: Magazziniere notturno (${company?.name}, 3 posti)`)]);
    await screenshot(page, 'staff');
  });

  it('lists the real beneficiaries with the total and cursor pagination', async () => {
    const { page } = e2e;
    await page.getByRole('navigation').getByRole('link', { name: 'Beneficiari' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Beneficiari');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1'); // focus moves to the new page
    expect(new URL(page.url()).pathname).toBe('/staff/beneficiari');
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(20);
    await expect.poll(() => page.getByText(`Da 1 a 20 di ${total}`).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Pagina successiva' }).click();
    await expect.poll(() => page.getByText(`Da 21 a 40 di ${total}`).count()).toBe(1);
    expect(await rows.first().locator('td').first().textContent()).toBe(secondPageFirst);
    await page.getByRole('button', { name: 'Pagina precedente' }).click();
    await expect.poll(() => page.getByText(`Da 1 a 20 di ${total}`).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Pagina precedente' }).isDisabled()).toBe(true);
  });

  it('keeps the session on reload (the session cookie) and opens client routes directly', async () => {
    const { page } = e2e;
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Beneficiari');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ixl.session')))).toEqual([]);
    expect(await page.evaluate(() => sessionStorage.getItem('ixl.session.staff'))).toBeNull();
  });

  it('switches to English and remembers it in this browser', async () => {
    const { page } = e2e;
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Beneficiaries');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Beneficiaries');
    await page.getByRole('button', { name: /Passa all’italiano/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Beneficiari');
  });

  it('is usable with the keyboard: skip link first, then the header controls', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.origin}/staff/`);
    await page.getByRole('button', { name: 'Esci' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vai al contenuto');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('signs out when the API no longer accepts the token (UNAUTHENTICATED), and the session ends', async () => {
    const { page } = e2e;
    // The gateway refuses the access token (as it would a token of a retired key): 401, TOKEN_INVALID.
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Invalid token', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' } }] }),
      }),
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Beneficiari' }).click();
    await signInButton(page).waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('La sessione è scaduta: accedi di nuovo.');
    await page.unroute('**/graphql');
    // The session is over for the browser, not only for this tab's token: a reload does not bring it back.
    await page.reload();
    await signInButton(page).waitFor();
  });

  it('signs out on request, with no console errors or CSP violations along the way', async () => {
    await signInWithWrongThenRightPassword(e2e, 'staff', 'staff@demo.ixl');
    await signOut(e2e, 'staff');
    // The rejected token above is answered with HTTP 401, which Chromium logs as a failed resource.
    expect(e2e.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});
