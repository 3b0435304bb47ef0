import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsViewport, hasBrowser, liveSubscribed, openE2E, PHONE, DESKTOP, screenshot, type E2E } from '../../e2e/browser.js';
import { expectNoSeriousA11yViolations, fieldError, isFocused, signInWithWrongThenRightPassword } from '../../e2e/journeys.js';

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  codiceFiscale: string;
}

/**
 * The operators' people journeys on the demo data: search → record → assessment (a refused value,
 * then a good one) → the new status on the record; the interview work queues with an overdue person
 * and a contact attempt; the mail inbox and a mass mailing with its delivery progress.
 */
describe.skipIf(!hasBrowser())('staff portal: people, queues, assessment, mail (/staff/)', () => {
  let e2e: E2E;
  let token: string;
  let person: Person;
  let overdue: Person & { interviewSla: { daysLeft: number } };
  let overdueTotal: number;
  let dueTotal: number;
  let waiting: Person | undefined;
  beforeAll(async () => {
    e2e = await openE2E();
    token = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const assessable = await e2e.stack.graphql<{ beneficiaries: { nodes: Person[] } }>(
      '{ beneficiaries(first: 1, filter: { status: [NOT_IN_TARGET] }) { nodes { id firstName lastName codiceFiscale } } }',
      { token },
    );
    person = assessable.data?.beneficiaries.nodes[0] as Person;
    const queues = await e2e.stack.graphql<{
      overdueIntakeInterviews: { totalCount: number; nodes: (typeof overdue)[] };
      intakeInterviewsDue: { totalCount: number; nodes: (Person & { status: string })[] };
    }>(
      '{ overdueIntakeInterviews(first: 1) { totalCount nodes { id firstName lastName codiceFiscale interviewSla { daysLeft } } } intakeInterviewsDue(first: 50) { totalCount nodes { id firstName lastName codiceFiscale status } } }',
      { token },
    );
    overdueTotal = queues.data?.overdueIntakeInterviews.totalCount ?? 0;
    dueTotal = queues.data?.intakeInterviewsDue.totalCount ?? 0;
    overdue = queues.data?.overdueIntakeInterviews.nodes[0] as typeof overdue;
    waiting = queues.data?.intakeInterviewsDue.nodes.find((n) => n.status === 'REGISTERED');
  });
  afterAll(async () => e2e?.close());

  it('finds a person by codice fiscale and opens the record (data, staff-only fields, history, path)', async () => {
    expect(person?.codiceFiscale).toMatch(/^[A-Z0-9]{16}$/);
    await signInWithWrongThenRightPassword(e2e, 'staff', 'staff@demo.ixl');
    const { page } = e2e;
    await page.getByRole('navigation').getByRole('link', { name: 'Beneficiari' }).click();
    await page.getByLabel('Nome o codice fiscale').fill(person.codiceFiscale.toLowerCase());
    await page.getByLabel('Stato', { exact: true }).selectOption('NOT_IN_TARGET');
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await expect.poll(() => page.getByText('Da 1 a 1 di 1').count()).toBe(1);
    expect(new URL(page.url()).search).toContain(`q=${person.codiceFiscale.toLowerCase()}`);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: `${person.lastName} ${person.firstName}` }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${person.lastName} ${person.firstName}`);
    expect(new URL(page.url()).pathname).toBe('/staff/beneficiari/scheda');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Stato:' }).textContent()).toBe('Stato: Non in target');
    for (const region of [
      'Dati personali',
      'Dati riservati agli operatori',
      'Storia degli stati',
      'Colloqui e contatti',
      'Valutazione della fragilità',
      'Servizi',
      'Documenti',
      'Percorso: inserimenti, corsi, candidature',
    ]) {
      expect(await page.getByRole('region', { name: region }).count(), region).toBe(1);
    }
    expect(await page.getByRole('region', { name: 'Dati personali' }).textContent()).toContain(person.codiceFiscale);
    expect(await page.getByRole('region', { name: 'Dati riservati agli operatori' }).textContent()).toContain(
      'Profilo forte (non in target)',
    );
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-record');
  });

  it('refuses an incomplete assessment and a readiness outside the target at the field, keeps the answers, then records a good one', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Compila la scheda di valutazione' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Valutazione di ${person.firstName} ${person.lastName}`);
    expect(await page.getByText('Da 0 a 11 esclusa: profilo forte (non in target). Da 11 in su: in target.').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // Nothing answered: every question says so, the focus goes to the first one.
    await page.getByRole('button', { name: 'Registra la valutazione' }).click();
    await expect.poll(() => page.getByText('Scegli una risposta.').count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

    // The lowest answer everywhere (score 0) with readiness "Pronto": the API refuses the readiness.
    const groups = page.locator('fieldset');
    const count = await groups.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type=radio]').first().check();
    await expect.poll(() => page.getByText('Punteggio 0 (soglia 11)').count()).toBe(1);
    const readiness = page.getByLabel('Prontezza');
    await readiness.selectOption('PRONTO');
    await page.getByRole('button', { name: 'Registra la valutazione' }).click();
    await expect
      .poll(() => fieldError(readiness))
      .toBe('La prontezza si indica solo in target (punteggio 11 o più): lascia «Valutazione in corso» o rivedi le risposte.');
    expect(await readiness.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(readiness)).toBe(true);
    expect(await readiness.inputValue()).toBe('PRONTO');
    await screenshot(page, 'staff-assessment');
    expect(await groups.first().locator('input[type=radio]').first().isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page);

    // The highest answer everywhere: in target, ready.
    for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type=radio]').last().check();
    await page.getByRole('button', { name: 'Registra la valutazione' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Valutazione registrata:' }).textContent())
      .toMatch(/punteggio \d+ \(soglia 11\), In target, prontezza: Pronto\./);
    expect(await fieldError(readiness)).toBe('');

    await page.getByRole('link', { name: 'Torna alla scheda' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Stato:' }).textContent()).toBe('Stato: In target · Pronto');
    expect(await page.getByRole('region', { name: 'Storia degli stati' }).textContent()).toContain('Non in target');
    expect(await page.getByRole('region', { name: 'Valutazione della fragilità' }).textContent()).toContain('(soglia 11)');
  });

  it('puts the person out of protocol only with a reason (error at the field), then readmits them', async () => {
    const { page } = e2e;
    const protocol = page.getByRole('form', { name: 'Fuori protocollo' });
    await protocol.getByLabel('Nota').fill('Ha trovato lavoro da solo');
    await protocol.getByRole('button', { name: 'Metti fuori protocollo' }).click();
    const reason = protocol.getByLabel('Motivo');
    await expect.poll(() => fieldError(reason)).toBe('Campo obbligatorio.');
    expect(await isFocused(reason)).toBe(true);
    expect(await protocol.getByLabel('Nota').inputValue()).toBe('Ha trovato lavoro da solo');
    await reason.selectOption('WORKING');
    await protocol.getByRole('button', { name: 'Metti fuori protocollo' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Stato:' }).textContent()).toBe('Stato: Fuori protocollo · Pronto');
    await page.getByRole('button', { name: 'Riammetti nel programma' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Stato:' }).textContent()).toBe('Stato: In target · Pronto');
    await expectNoSeriousA11yViolations(page);
  });

  it('is usable on a phone: the record, the queues, the mail and the search fit the screen', async () => {
    const { page } = e2e;
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${person.lastName} ${person.firstName}`);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'staff-record-phone');
    for (const [path, title] of [
      ['code', 'Code di lavoro'],
      ['posta', 'Posta'],
      ['beneficiari', 'Beneficiari'],
    ]) {
      await page.goto(`${e2e.origin}/staff/${path}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      await expect.poll(() => page.locator('main table, main ol, main [role=status]').count()).toBeGreaterThan(0);
      expect(await fitsViewport(page), path).toBe(true);
    }
    await screenshot(page, 'staff-search-phone');
    await page.setViewportSize(DESKTOP);
    await page.goto(`${e2e.origin}/staff/beneficiari/scheda?id=${person.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${person.lastName} ${person.firstName}`);
  });

  it('shows the interview queues: the overdue person from the demo data highlighted, a contact attempt, and another operator’s appointment arriving live', async () => {
    expect(overdueTotal).toBeGreaterThan(0);
    expect(dueTotal).toBeGreaterThan(0);
    const { page } = e2e;
    await page.getByRole('navigation').getByRole('link', { name: 'Code di lavoro' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Code di lavoro');
    const late = page.getByRole('region', { name: `Colloqui in ritardo: ${overdueTotal}` });
    await expect.poll(() => late.locator('tbody tr').count()).toBeGreaterThan(0);
    const row = late.locator('tbody tr').first();
    expect(await row.locator('td').first().textContent()).toBe(`${overdue.lastName} ${overdue.firstName}`);
    const days = -overdue.interviewSla.daysLeft;
    expect(await row.locator('.staff-overdue').textContent()).toBe(days === 1 ? 'in ritardo di 1 giorno' : `in ritardo di ${days} giorni`);
    expect(await page.getByRole('region', { name: `Colloqui da fare entro i 15 giorni: ${dueTotal}` }).textContent()).toMatch(
      /manca(no)? \d+ giorn|scade oggi/,
    );
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-queues');
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Work queues');
    const lateEn = page
      .getByRole('region', { name: `Overdue interviews: ${overdueTotal}` })
      .locator('tbody tr')
      .first();
    expect(await lateEn.locator('.staff-overdue').textContent()).toBe(days === 1 ? '1 day overdue' : `${days} days overdue`);
    await page.getByRole('button', { name: /Passa all’italiano/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Code di lavoro');

    await row.getByRole('button', { name: `Contatta ${overdue.firstName} ${overdue.lastName}` }).click();
    const panel = page.getByRole('region', { name: `Contatto: ${overdue.firstName} ${overdue.lastName}` });
    await expect.poll(() => panel.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.getByLabel('Canale').selectOption('PHONE');
    await panel.getByRole('button', { name: 'Registra il tentativo' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Tentativo registrato.' }).count()).toBe(1);
    await expect.poll(() => row.locator('td').nth(6).textContent()).toMatch(/^\d+ tentativ[oi], \d+ senza risposta$/);
    // An appointment without a date is refused at the date field.
    await panel.getByRole('button', { name: 'Fissa il colloquio' }).click();
    await expect.poll(() => fieldError(panel.getByLabel('Data e ora'))).toBe('Campo obbligatorio.');
    await expectNoSeriousA11yViolations(page);

    // Another operator schedules the interview of someone waiting: the queue updates by itself (graphql-ws).
    expect(waiting).toBeDefined();
    const due = page.getByRole('region', { name: `Colloqui da fare entro i 15 giorni: ${dueTotal}` });
    const waitingRow = due.locator('tbody tr').filter({ hasText: `${waiting?.lastName} ${waiting?.firstName}` });
    expect(await waitingRow.locator('td').nth(4).textContent()).toBe('da fissare');
    await liveSubscribed(e2e, 'InterviewScheduled');
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const scheduled = await e2e.stack.graphql(
      'mutation($b: ID!, $at: DateTimeISO!) { scheduleIntakeInterview(beneficiaryId: $b, scheduledAt: $at, mode: VIDEO) { id } }',
      { token, variables: { b: waiting?.id, at } },
    );
    expect(scheduled.errors).toBeUndefined();
    await expect.poll(() => waitingRow.locator('td').nth(4).textContent()).toContain('videochiamata');
    expect(await waitingRow.locator('td').nth(5).textContent()).toBe('Colloquio fissato');
  });

  it('shows the mail inbox and a mass mailing with its delivery progress', async () => {
    const { page } = e2e;
    await page.getByRole('navigation').getByRole('link', { name: 'Posta' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Posta');
    // The fuori protocollo notice above went through the mail outbox to the capture inbox.
    await expectNoSeriousA11yViolations(page);

    const mass = page.getByRole('region', { name: 'Invio massivo' });
    await mass.getByLabel('Oggetto').fill('Ok');
    await mass.getByLabel('Messaggio').fill('Ciao, a dicembre partono nuovi corsi di italiano: chiamaci per iscriverti.');
    await mass.getByLabel('Stato').selectOption('FUORI_PROTOCOLLO');
    await expect.poll(() => mass.getByText(/Persone che corrispondono al filtro: \d+/).count()).toBe(1);
    await mass.getByRole('button', { name: 'Invia' }).click();
    const confirm = mass.getByLabel('Confermo l’invio a tutte queste persone');
    await expect.poll(() => fieldError(confirm)).toBe('Conferma l’invio.');
    expect(await fieldError(mass.getByLabel('Oggetto'))).toBe('L’oggetto deve avere da 3 a 150 caratteri.');
    expect(await isFocused(mass.getByLabel('Oggetto'))).toBe(true);
    await mass.getByLabel('Oggetto').fill('Nuovi corsi a dicembre');
    expect(await mass.getByLabel('Oggetto').inputValue()).toBe('Nuovi corsi a dicembre');
    await confirm.check();
    await mass.getByRole('button', { name: 'Invia' }).click();
    await expect.poll(() => mass.getByText(/^In coda per \d+ persone/).count()).toBe(1);
    await expect.poll(() => mass.getByText(/^Invio concluso: \d+ inviate di \d+, 0 non riuscite\./).count(), { timeout: 30_000 }).toBe(1);
    expect(await mass.locator('progress').getAttribute('value')).toBe(await mass.locator('progress').getAttribute('max'));

    const inbox = page.getByRole('region', { name: 'Posta inviata (casella locale)' });
    await inbox.getByRole('button', { name: 'Aggiorna' }).click();
    await expect.poll(() => inbox.getByRole('button', { name: 'Nuovi corsi a dicembre' }).count()).toBeGreaterThan(0);
    await inbox.getByRole('button', { name: 'Nuovi corsi a dicembre' }).first().click();
    await expect.poll(() => inbox.locator('article').textContent()).toContain('partono nuovi corsi di italiano');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-mail');
    expect(e2e.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});
