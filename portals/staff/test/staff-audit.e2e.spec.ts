import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fitsViewport, hasBrowser, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import { emailField, expectNoSeriousA11yViolations, fieldError, isFocused, passwordField, signInButton } from '../../e2e/journeys.js';

interface Audit {
  personalDataAudit: { totalCount: number; nodes: { action: string; actorId: string; actorRole: string }[] };
}
const AUDIT =
  'query($b: ID, $a: PersonalDataAction) { personalDataAudit(beneficiaryId: $b, action: $a, first: 1000) { totalCount nodes { action actorId actorRole } } }';
const TITLE = 'Registro degli accessi ai dati personali';
const countText = (shown: number, total: number) =>
  shown === 1 && total === 1 ? 'Mostrata 1 voce su 1.' : `Mostrate ${shown} di ${total} voci.`;

async function signIn(page: Page, origin: string, email: string): Promise<void> {
  await page.goto(`${origin}/staff/`);
  await emailField(page).fill(email);
  await passwordField(page).fill('demo-password');
  await signInButton(page).click();
  await page.getByRole('button', { name: 'Esci' }).waitFor();
}

/**
 * The ADMIN audit log of personal data: an administrator opens a person's record (which writes READ
 * rows), follows the record's link to the log filtered by that person, narrows by action and day,
 * sees a malformed id refused at its field, downloads the rows; an operator (STAFF) is told the page
 * is reserved and sees no rows.
 */
describe.skipIf(!hasBrowser())('staff portal: audit log of personal data (/staff/registro-accessi)', () => {
  let e2e: E2E;
  let adminToken: string;
  let adminId: string;
  let person: { id: string; firstName: string; lastName: string };
  const h1 = () => e2e.page.getByRole('heading', { level: 1 }).textContent();
  const countLine = () =>
    e2e.page
      .getByRole('status')
      .filter({ hasText: /^Mostrat/ })
      .textContent();
  const audit = async (variables: Record<string, unknown>) =>
    (await e2e.stack.graphql<Audit>(AUDIT, { token: adminToken, variables })).data!.personalDataAudit;

  beforeAll(async () => {
    e2e = await openE2E();
    adminToken = await e2e.stack.login('admin@demo.ixl', 'demo-password');
    const r = await e2e.stack.graphql<{ me: { id: string }; beneficiaries: { nodes: (typeof person)[] } }>(
      '{ me { id } beneficiaries(first: 1) { nodes { id firstName lastName } } }',
      { token: adminToken },
    );
    expect(r.errors).toBeUndefined();
    adminId = r.data!.me.id;
    person = r.data!.beneficiaries.nodes[0]!;
  });
  afterAll(async () => e2e?.close());

  it('shows the READ rows written by opening a record as ADMIN, from the record’s link, filtered by that person', async () => {
    const { page, origin } = e2e;
    expect(person?.id).toMatch(/^[0-9a-f-]{36}$/);
    await signIn(page, origin, 'admin@demo.ixl');
    await page.goto(`${origin}/staff/beneficiari/scheda?id=${person.id}`);
    await expect.poll(h1).toBe(`${person.lastName} ${person.firstName}`);
    // Opening the record wrote at least one READ row by this administrator.
    await expect
      .poll(
        async () => (await audit({ b: person.id, a: 'READ' })).nodes.filter((n) => n.actorId === adminId && n.actorRole === 'ADMIN').length,
      )
      .toBeGreaterThan(0);

    await page.waitForLoadState('networkidle'); // every section of the record has been read (and audited)
    await page.getByRole('link', { name: 'Registro accessi di questa persona' }).click();
    await expect.poll(h1).toBe(TITLE);
    expect(new URL(page.url()).searchParams.get('persona')).toBe(person.id);
    expect(await page.getByLabel('Persona (identificativo)', { exact: true }).inputValue()).toBe(person.id);
    const total = (await audit({ b: person.id })).totalCount;
    expect(total).toBeGreaterThan(0);
    await expect.poll(countLine).toBe(countText(Math.min(total, 20), total));
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(Math.min(total, 20));
    const adminRead = rows
      .filter({ has: page.locator('td[data-label="Azione"]', { hasText: /^Lettura$/ }) })
      .filter({ has: page.locator('td[data-label="Chi"]', { hasText: 'Amministratore' }) });
    await expect.poll(() => adminRead.count()).toBeGreaterThan(0);
    const first = adminRead.first();
    // Names, not ids (issue 20): the actor's account name and the person's name; the detail in words.
    expect(await first.locator('td[data-label="Chi"]').textContent()).toContain('Amministratore IXL');
    expect(await first.locator('td[data-label="Chi"]').textContent()).not.toContain(adminId);
    expect(await first.locator('td[data-label="Persona"]').textContent()).toBe(`${person.firstName} ${person.lastName}`);
    expect(await first.locator('td[data-label="Dettaglio"]').textContent()).toMatch(/^Persone: /);
    expect(await page.locator('table tbody').textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await first.locator('td[data-label="Quando"]').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}$/);
    await expectNoSeriousA11yViolations(page);
  });

  it('narrows by action and by day (Europe/Rome), keeping the filters in the address', async () => {
    const { page } = e2e;
    const reads = (await audit({ b: person.id, a: 'READ' })).totalCount;
    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Lettura' });
    await page.getByRole('button', { name: 'Cerca nel registro' }).click();
    await expect.poll(countLine).toBe(countText(Math.min(reads, 20), reads));
    expect(new Set(await page.locator('td[data-label="Azione"]').allTextContents())).toEqual(new Set(['Lettura']));
    expect(new URL(page.url()).searchParams.get('azione')).toBe('READ');

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    await page.getByLabel('Dal giorno', { exact: true }).fill(today);
    await page.getByLabel('Al giorno (compreso)', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Cerca nel registro' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('al')).toBe(today);
    await expect.poll(countLine).toMatch(/^(Mostrata 1 voce su 1|Mostrate [1-9]\d* di [1-9]\d* voci)\.$/);

    // The end before the start is refused at the field, before asking the API.
    await page.getByLabel('Dal giorno', { exact: true }).fill('2026-01-10');
    await page.getByLabel('Al giorno (compreso)', { exact: true }).fill('2026-01-09');
    await page.getByRole('button', { name: 'Cerca nel registro' }).click();
    const to = page.getByLabel('Al giorno (compreso)', { exact: true });
    await expect.poll(() => fieldError(to)).toBe('Il giorno finale precede quello iniziale.');
    expect(await isFocused(to)).toBe(true);
    await page.getByLabel('Dal giorno', { exact: true }).fill('');
    await to.fill('');
    await page.getByRole('button', { name: 'Cerca nel registro' }).click();
    await expect.poll(() => fieldError(to)).toBe('');
    await expect.poll(countLine).toBe(countText(Math.min(reads, 20), reads));
    await screenshot(page, 'staff-audit');
  });

  it('downloads the shown rows as CSV', async () => {
    const { page } = e2e;
    const shown = await page.locator('table tbody tr').count();
    expect(shown).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scarica CSV delle righe mostrate' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ixl-registro-accessi-\d{4}-\d{2}-\d{2}\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
    const lines = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Quando;Chi;Ruolo;Azione;Persona;Dettaglio');
    expect(lines.length).toBe(shown + 1);
    expect(lines.slice(1).every((l) => l.includes(`;Lettura;${person.firstName} ${person.lastName} (${person.id});`))).toBe(true);
  });

  it('narrows to one actor from a row and shows more rows on request', async () => {
    const { page } = e2e;
    // Listing 50 people as ADMIN writes a LIST row for each of them.
    const listed = await e2e.stack.graphql('{ beneficiaries(first: 50) { nodes { id } } }', { token: adminToken });
    expect(listed.errors).toBeUndefined();
    const lists = async () =>
      (
        await e2e.stack.graphql<Audit>(
          'query($u: String) { personalDataAudit(actorId: $u, action: LIST, first: 1) { totalCount nodes { action actorId actorRole } } }',
          { token: adminToken, variables: { u: adminId } },
        )
      ).data!.personalDataAudit.totalCount;
    const total = await lists();
    expect(total).toBeGreaterThan(40);
    await page.getByRole('button', { name: 'Azzera i filtri' }).click();
    expect(await page.getByLabel('Persona (identificativo)', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Elenco' });
    await page.getByRole('button', { name: 'Cerca nel registro' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('azione')).toBe('LIST');
    await page.getByRole('button', { name: 'Solo questo autore: Amministratore IXL' }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('attore')).toBe(adminId);
    expect(await page.getByLabel('Autore (identificativo dell’account)', { exact: true }).inputValue()).toBe(adminId);
    await expect.poll(countLine).toBe(countText(20, total));
    expect(await isFocused(page.getByRole('status').filter({ hasText: /^Mostrat/ }))).toBe(true);
    expect(new Set(await page.locator('td[data-label="Azione"]').allTextContents())).toEqual(new Set(['Elenco']));
    await page.getByRole('button', { name: 'Mostra altre 20' }).click();
    await expect.poll(countLine).toBe(countText(40, total));
    expect(await page.locator('table tbody tr').count()).toBe(40);
    await expectNoSeriousA11yViolations(page);
    // Back to the person for the next step.
    await page.goto(`${e2e.origin}/staff/registro-accessi?persona=${person.id}`);
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(0);
  });

  it('shows a malformed person id refused by the API at the field, keeps it, moves the focus there; fits a phone', async () => {
    const { page } = e2e;
    const field = page.getByLabel('Persona (identificativo)', { exact: true });
    await field.fill('non-un-id');
    await page.getByRole('button', { name: 'Cerca nel registro' }).click();
    await expect.poll(() => fieldError(field)).toBe('Identificativo della persona non valido.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('non-un-id');
    await expect.poll(() => isFocused(field)).toBe(true);
    expect(await page.locator('table tbody tr').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    await field.fill(person.id);
    await page.getByRole('button', { name: 'Cerca nel registro' }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => fitsViewport(page)).toBe(true);
    await screenshot(page, 'staff-audit-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(e2e.problems).toEqual([]);
  });

  it('keeps the page out of an operator’s (STAFF) menu and tells them it is reserved to administrators, with no rows; the API refuses too', async () => {
    const { page, origin } = e2e;
    await page.getByRole('button', { name: 'Esci' }).click();
    await signInButton(page).waitFor();
    // The sign-in form shows only once the session is revoked and its cookie cleared: no waiting here.
    expect((await page.context().cookies()).some((c) => c.name === 'ixl_session')).toBe(false);
    await signIn(page, origin, 'staff@demo.ixl');
    await page.goto(`${origin}/staff/beneficiari/scheda?id=${person.id}`);
    await expect.poll(h1).toBe(`${person.lastName} ${person.firstName}`);
    expect(await page.getByRole('link', { name: 'Registro accessi di questa persona' }).count()).toBe(0);
    // Not in an operator's menu; the address still opens the page, which explains and shows nothing.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Registro accessi', exact: true }).count()).toBe(0);
    await page.goto(`${origin}/staff/registro-accessi`);
    await expect.poll(h1).toBe(TITLE);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'riservata agli amministratori' }).textContent())
      .toContain('Il tuo ruolo (Operatore)');
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.getByRole('search').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    const staffToken = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const refused = await e2e.stack.graphql(AUDIT, { token: staffToken, variables: { b: person.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(e2e.problems).toEqual([]);
  });
});
