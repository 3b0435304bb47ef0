import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInRome } from '@ixl/calendar';
import { SCREENSHOTS, fitsViewport, hasBrowser, liveSubscribed, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import {
  checkMainPage,
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

interface Own {
  me: { companyId: string };
  companies: { id: string; name: string }[];
  vacancies: { id: string; title: string; company: { id: string } }[];
  companyPlacements: { id: string }[];
}

interface Candidate {
  id: string;
  status: string;
  firstName: string | null;
  initials: string | null;
}

const DEMO_VACANCY = 'Addetto/a alle pulizie industriali';
const NEW_TITLE = 'Magazziniere notturno';
const PHONE = { width: 360, height: 800 };
const PAGE_SIZE = 20; // COMPANY_PLACEMENT_PAGE_SIZE
const INTERVIEW_DAY = addDays(todayInRome(), 7);
const DESKTOP = { width: 1280, height: 900 };
const nameOf = (c: Candidate) => `${c.firstName} ${c.initials?.split(' ')[1] ?? ''}`.trim();

describe.skipIf(!hasBrowser())('company portal in the browser (/azienda/)', () => {
  let e2e: E2E;
  let own: Own;
  let companyToken: string;
  let hiredName = '';
  const ownVacancies = async () =>
    (
      await e2e.stack.graphql<{
        vacancies: { id: string; title: string; openings: number; hoursPerWeek: number | null; status: string }[];
      }>('{ vacancies { id title openings hoursPerWeek status } }', { token: companyToken })
    ).data?.vacancies ?? [];
  const candidatesOf = async (vacancyId: string) => {
    const r = await e2e.stack.graphql<{ vacancyCandidates: (Candidate & { reasonCode: string | null })[] }>(
      'query($v: ID!) { vacancyCandidates(vacancyId: $v) { id status firstName initials reasonCode } }',
      { token: companyToken, variables: { v: vacancyId } },
    );
    return r.data?.vacancyCandidates ?? [];
  };

  beforeAll(async () => {
    e2e = await openE2E();
    companyToken = await e2e.stack.login('azienda@demo.ixl', 'demo-password');
    const r = await e2e.stack.graphql<Own>(
      '{ me { companyId } companies { id name } vacancies { id title company { id } } companyPlacements { id } }',
      { token: companyToken },
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    own = r.data;
  });
  afterAll(async () => e2e?.close());

  it('signs in, then shows its own company and its vacancies (and no other company)', async () => {
    expect(own.companies.map((c) => c.id)).toEqual([own.me.companyId]);
    expect(own.vacancies.length).toBeGreaterThan(0);
    await signInWithWrongThenRightPassword(e2e, 'azienda', 'azienda@demo.ixl');
    const { page } = e2e;
    const company = own.companies[0]?.name ?? '';
    expect(company).toContain('Rekeep');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: company }).count()).toBe(1);
    const rows = page.getByRole('region', { name: 'Fabbisogni di personale' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(own.vacancies.length);
    for (const v of own.vacancies) expect(await page.locator('tbody').first().textContent()).toContain(v.title);
    expect(await page.locator('main').textContent()).not.toContain('TPER');
    await expectAccountCard(page, 'azienda@demo.ixl', 'Azienda');
    await checkMainPage(e2e, 'azienda');
  });

  it('posts a staffing need: a bad value is shown at its field with the rest kept, then fixed, listed and edited', async () => {
    const { page } = e2e;
    await page.setViewportSize(PHONE);
    await page.getByRole('navigation').getByRole('link', { name: 'Nuovo fabbisogno' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nuovo fabbisogno di personale');
    expect(await page.getByLabel('Comune del luogo di lavoro').locator('option').count()).toBe(56); // 55 municipalities + "choose"
    await expectNoSeriousA11yViolations(page);

    const title = page.getByLabel('Posizione', { exact: true });
    const hours = page.getByLabel('Ore settimanali', { exact: true });
    const skills = page.getByLabel('Competenze richieste');
    await title.fill(NEW_TITLE);
    await page.getByLabel('Comune del luogo di lavoro').selectOption({ label: 'Bologna' });
    await page.getByLabel('Posti disponibili').fill('2');
    await skills.fill('magazzino\ncarrello elevatore');
    await page.getByLabel('Tipo di contratto offerto').selectOption('TEMPO_DETERMINATO');
    await hours.fill('60'); // the API allows 1–48
    await page.getByLabel('Notte').check();
    await page.getByLabel('Livello minimo di italiano').selectOption('A2');
    const before = (await ownVacancies()).length;
    await page.getByRole('button', { name: 'Inserisci il fabbisogno' }).click();

    await expect.poll(() => fieldError(hours)).toBe('Le ore settimanali devono essere un numero intero da 1 a 48.');
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(hours)).toBe(true);
    expect(await title.inputValue()).toBe(NEW_TITLE);
    expect(await skills.inputValue()).toBe('magazzino\ncarrello elevatore');
    expect(await page.getByLabel('Comune del luogo di lavoro').inputValue()).toBe('037006');
    expect(await page.getByLabel('Notte').isChecked()).toBe(true);
    expect(await hours.inputValue()).toBe('60');
    expect(await fieldError(title)).toBe('');
    expect(await ownVacancies()).toHaveLength(before); // nothing saved
    expect(await fitsViewport(page)).toBe(true);
    await expectNoSeriousA11yViolations(page);

    await hours.fill('30');
    await page.getByRole('button', { name: 'Inserisci il fabbisogno' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('La mia azienda');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'inserito' }).textContent())
      .toBe(`Fabbisogno «${NEW_TITLE}» inserito.`);
    const rows = page.getByRole('region', { name: 'Fabbisogni di personale' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(before + 1);
    const posted = (await ownVacancies()).find((v) => v.title === NEW_TITLE);
    expect(posted).toMatchObject({ openings: 2, hoursPerWeek: 30, status: 'OPEN' });
    expect(await rows.filter({ hasText: NEW_TITLE }).textContent()).toContain('Aperto');
    expect(await fitsViewport(page)).toBe(true);

    await page.getByRole('link', { name: `Modifica ${NEW_TITLE}` }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Modifica: ${NEW_TITLE}`);
    expect(await page.getByLabel('Ore settimanali', { exact: true }).inputValue()).toBe('30');
    expect(await page.getByLabel('Notte').isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Posti disponibili').fill('3');
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'salvate' }).textContent())
      .toBe(`Modifiche a «${NEW_TITLE}» salvate.`);
    expect((await ownVacancies()).find((v) => v.title === NEW_TITLE)).toMatchObject({ openings: 3, hoursPerWeek: 30 });
    await page.setViewportSize(DESKTOP);
  });

  it('a double click on the submit button, and two submits before it is disabled, post one staffing need', async () => {
    const { page } = e2e;
    const fill = async (title: string) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Nuovo fabbisogno' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nuovo fabbisogno di personale');
      await page.getByLabel('Posizione', { exact: true }).fill(title);
      await page.getByLabel('Comune del luogo di lavoro').selectOption({ label: 'Bologna' });
      await page.getByLabel('Posti disponibili').fill('1');
    };
    const posted = async (title: string) => (await ownVacancies()).filter((v) => v.title === title);
    const settled = () => page.getByRole('status').filter({ hasText: 'inserito' }).textContent();

    // A user's double click (postVacancy has no natural key: only the Idempotency-Key keeps it single).
    const doubleClicked = 'Carrellista (doppio clic)';
    await fill(doubleClicked);
    await page.getByRole('button', { name: 'Inserisci il fabbisogno' }).dblclick();
    await expect.poll(settled).toBe(`Fabbisogno «${doubleClicked}» inserito.`);
    await expect.poll(async () => (await posted(doubleClicked)).length).toBe(1);

    // Two submit events in one task: both reach the API before React disables the button; the shared
    // client sends them with the same key, so the gateway records one vacancy and answers both with it.
    const twice = 'Carrellista (invio doppio)';
    await fill(twice);
    await page.getByRole('button', { name: 'Inserisci il fabbisogno' }).evaluate((button) => {
      const form = (button as HTMLButtonElement).form;
      form?.requestSubmit(button as HTMLButtonElement);
      form?.requestSubmit(button as HTMLButtonElement);
    });
    await expect.poll(settled).toBe(`Fabbisogno «${twice}» inserito.`);
    await expect.poll(async () => (await posted(twice)).length).toBe(1);
    await new Promise((r) => setTimeout(r, 500)); // nothing else arrives late
    expect(await posted(twice)).toHaveLength(1);
  });

  it('shows the proposed candidates of the demo vacancy, rejects one with a reason, hires another, and sees a proposal made by staff appear live', async () => {
    const { page } = e2e;
    const vacancy = own.vacancies.find((v) => v.title === DEMO_VACANCY);
    expect(vacancy).toBeDefined();
    const vacancyId = vacancy?.id ?? '';
    // Names come from the matching profiles `companies` builds from the people events: wait for them.
    let initial: Candidate[] = [];
    await expect
      .poll(async () => {
        initial = await candidatesOf(vacancyId);
        return initial.length > 0 && initial.every((c) => c.firstName);
      })
      .toBe(true);
    const proposed = initial.find((c) => c.status === 'PROPOSED');
    expect(proposed).toBeDefined();
    const name = nameOf(proposed as Candidate);

    await page.getByRole('navigation').getByRole('link', { name: 'La mia azienda' }).click();
    await page.getByRole('link', { name: new RegExp(`candidati.*${DEMO_VACANCY.replace('/', '\\/')}`) }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Candidati: ${DEMO_VACANCY}`);
    expect(new URL(page.url()).search).toBe(`?fabbisogno=${vacancyId}`); // the address names the vacancy: reload works
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Candidati: ${DEMO_VACANCY}`);
    await expect.poll(() => page.getByRole('article').count()).toBe(initial.length);
    const card = page.getByRole('article', { name, exact: true });
    expect(await card.textContent()).toContain('Proposto');
    expect(await card.textContent()).toContain('Perché è stato proposto');
    expect(await page.locator('main').textContent()).not.toMatch(/punteggio|score/i); // staff-only data stays out
    const live = page.getByRole('region', { name: 'Aggiornamenti' });
    await expect.poll(() => live.getByRole('status').textContent()).toBe('Aggiornamenti in tempo reale attivi.');
    await expectNoSeriousA11yViolations(page);

    // Reject: without a reason the error is at the reason; with one the candidate is rejected.
    await card.getByRole('button', { name: `Scarta ${name}` }).click();
    const reason = card.getByLabel('Motivo', { exact: true });
    await expect.poll(() => isFocused(reason)).toBe(true);
    await card.getByLabel('Nota').fill('Servono due anni di esperienza');
    await card.getByRole('button', { name: 'Scarta il candidato' }).click();
    await expect.poll(() => fieldError(reason)).toBe('Indica il motivo.');
    expect(await card.getByLabel('Nota').inputValue()).toBe('Servono due anni di esperienza');
    await expectNoSeriousA11yViolations(page);
    await reason.selectOption({ label: 'Competenze' });
    await card.getByRole('button', { name: 'Scarta il candidato' }).click();
    await expect.poll(() => page.getByRole('article', { name, exact: true }).textContent()).toContain('Scartato dall’azienda');
    expect((await candidatesOf(vacancyId)).find((c) => c.id === proposed?.id)).toMatchObject({
      status: 'REJECTED_BY_COMPANY',
      reasonCode: 'SKILLS',
    });

    // Staff proposes someone through the API: the page says so and shows the new card.
    // The demo beneficiary (who can sign in) is proposed, so she can see the invitation in her own portal.
    const staff = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const personToken = await e2e.stack.login('beneficiario@demo.ixl', 'demo-password');
    const me = await e2e.stack.graphql<{ myBeneficiary: { id: string; firstName: string } }>('{ myBeneficiary { id firstName } }', {
      token: personToken,
    });
    const match = { beneficiaryId: me.data?.myBeneficiary.id ?? '', firstName: me.data?.myBeneficiary.firstName ?? '' };
    await expect
      .poll(async () => {
        const r = await e2e.stack.graphql('mutation($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }', {
          token: staff,
          variables: { i: { vacancyId, beneficiaryId: match.beneficiaryId } },
        });
        return r.errors?.map((e) => e.message) ?? [];
      })
      .toEqual([]);
    await expect
      .poll(() => live.locator('li').allTextContents())
      .toContainEqual(expect.stringContaining(`Nuovo candidato proposto: ${match.firstName}`));
    await expect.poll(() => page.getByRole('article').count()).toBe(initial.length + 1);
    const newCard = page.getByRole('article', { name: new RegExp(`^${match.firstName}`) });
    await newCard.getByRole('button', { name: /^Invita a colloquio/ }).click();
    const day = newCard.getByLabel('Giorno del colloquio');
    await expect.poll(() => isFocused(day)).toBe(true);
    await day.fill(INTERVIEW_DAY);
    await newCard.getByLabel('Ora', { exact: true }).fill('10:30');
    await newCard.getByRole('button', { name: 'Invia l’invito' }).click();
    // Neither place nor link: the error is at the place, nothing is sent.
    const place = newCard.getByLabel('Luogo', { exact: true });
    await expect.poll(() => fieldError(place)).toBe('Indica il luogo del colloquio o il collegamento per la videochiamata.');
    expect(await isFocused(place)).toBe(true);
    expect(await newCard.textContent()).toContain('Proposto');
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await newCard.screenshot({ path: `${SCREENSHOTS}/company-interview-invitation-phone.png` });
    await page.setViewportSize(DESKTOP);
    await newCard.screenshot({ path: `${SCREENSHOTS}/company-interview-invitation.png` });
    await place.fill('Via Poli 4, Bologna — chiedere di Paola in portineria');
    await newCard.getByLabel('Indicazioni per la persona').fill('Portare un documento d’identità');
    await newCard.getByRole('button', { name: 'Invia l’invito' }).click();
    await expect.poll(() => newCard.textContent()).toContain('Invito a colloquio inviato');
    const sent = (await newCard.textContent()) ?? '';
    expect(sent).toContain('Colloquio');
    expect(sent).toContain('10:30');
    expect(sent).toContain('Via Poli 4, Bologna');

    // The person sees it in the beneficiary portal (another window) and gets it by mail.
    const personContext = await e2e.browser.newContext({ viewport: PHONE, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    const personPage = await personContext.newPage();
    personPage.on('pageerror', (err) => e2e.problems.push(`beneficiary pageerror: ${err.message}`));
    await personPage.goto(`${e2e.origin}/beneficiario/`);
    await emailField(personPage).fill('beneficiario@demo.ixl');
    await passwordField(personPage).fill('demo-password');
    await signInButton(personPage).click();
    const invitation = personPage.getByRole('region', { name: 'I tuoi colloqui di lavoro' });
    await expect.poll(() => invitation.textContent()).toContain(`Rekeep S.p.A. — ${DEMO_VACANCY}`);
    const shown = (await invitation.textContent()) ?? '';
    expect(shown).toContain('10:30');
    expect(shown).toContain('Via Poli 4, Bologna — chiedere di Paola in portineria');
    expect(shown).toContain('Portare un documento d’identità');
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/); // no ISO date or raw instant
    expect(await fitsViewport(personPage)).toBe(true);
    await expectNoSeriousA11yViolations(personPage);
    await invitation.screenshot({ path: `${SCREENSHOTS}/beneficiary-job-interview-phone.png` });
    await personPage.setViewportSize(DESKTOP);
    await invitation.screenshot({ path: `${SCREENSHOTS}/beneficiary-job-interview.png` });
    await personContext.close();
    const mails = async () =>
      (
        (
          await e2e.stack.graphql<{ capturedMail: { subject: string; text: string }[] }>('{ capturedMail(first: 200) { subject text } }', {
            token: staff,
          })
        ).data?.capturedMail ?? []
      ).filter((m) => m.subject === 'Colloquio di lavoro con Rekeep S.p.A.');
    await expect.poll(async () => (await mails()).length, { timeout: 30_000 }).toBe(1);
    expect((await mails())[0]?.text).toContain('alle ore 10:30');

    // Confirm the hire of the candidate already at the interview stage: the dialog asks contract, start and hours.
    const interviewed = initial.find((c) => c.status === 'INTERVIEW') as Candidate;
    hiredName = nameOf(interviewed);
    const hireCard = page.getByRole('article', { name: hiredName, exact: true });
    await hireCard.getByRole('button', { name: `Conferma assunzione ${hiredName}` }).click();
    const contract = hireCard.getByLabel('Tipo di contratto', { exact: true });
    await expect.poll(() => isFocused(contract)).toBe(true);
    expect(await hireCard.textContent()).toContain(`Confermi di assumere ${hiredName}?`);
    expect(await contract.locator('option').allTextContents()).toEqual([
      '— Scegli —',
      'Tempo determinato',
      'Tempo indeterminato',
      'A chiamata',
    ]);
    await expectNoSeriousA11yViolations(page);
    await contract.selectOption({ label: 'Tempo determinato' });
    await hireCard.getByLabel('Data di inizio').fill('2027-01-11');
    await hireCard.getByLabel('Ore settimanali').fill('30');
    await hireCard.getByRole('button', { name: 'Sì, confermo l’assunzione' }).click();
    // A fixed-term contract without its end: the error is at the end date, the rest is kept, nothing is saved.
    const end = hireCard.getByLabel('Data di fine');
    await expect.poll(() => fieldError(end)).toBe('Un contratto a tempo determinato ha una data di fine.');
    expect(await isFocused(end)).toBe(true);
    expect(await hireCard.getByLabel('Ore settimanali').inputValue()).toBe('30');
    expect((await candidatesOf(vacancyId)).find((c) => c.id === interviewed.id)?.status).toBe('INTERVIEW');
    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await hireCard.screenshot({ path: `${SCREENSHOTS}/company-hire-dialog-phone.png` });
    await page.setViewportSize(DESKTOP);
    await hireCard.screenshot({ path: `${SCREENSHOTS}/company-hire-dialog.png` });
    await end.fill('2027-07-10');
    await hireCard.getByRole('button', { name: 'Sì, confermo l’assunzione' }).click();
    await expect.poll(() => hireCard.textContent()).toContain('Assunto');
    expect(await hireCard.textContent()).toContain('l’inserimento attende la conferma dell’operatore');
    expect((await candidatesOf(vacancyId)).find((c) => c.id === interviewed.id)?.status).toBe('HIRED');
    const drafts = await e2e.stack.graphql<{
      placementDrafts: { personName: string; contract: string; startDate: string; endDate: string; hoursPerWeek: number }[];
    }>('{ placementDrafts { personName contract startDate endDate hoursPerWeek } }', { token: companyToken });
    expect(drafts.data?.placementDrafts).toEqual([
      { personName: hiredName, contract: 'TEMPO_DETERMINATO', startDate: '2027-01-11', endDate: '2027-07-10', hoursPerWeek: 30 },
    ]);

    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await page.setViewportSize(DESKTOP);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'company');
  });

  it('lists its placements with who was placed and the hire waiting for the operator; staff confirm it in the staff portal and it appears live', async () => {
    const { page } = e2e;
    expect(own.companyPlacements.length).toBeGreaterThan(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Inserimenti' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inserimenti');
    const pending = page.getByRole('table', { name: 'Un’assunzione in attesa' });
    await expect.poll(() => pending.locator('tbody tr').count()).toBe(1);
    const pendingRow = await pending.locator('tbody tr').textContent();
    expect(pendingRow).toContain(hiredName);
    expect(pendingRow).toContain('Tempo determinato');
    expect(pendingRow).toContain('11 gennaio 2027');
    const placed = page.getByRole('table', { name: new RegExp(`^${own.companyPlacements.length} inserimenti$`) });
    await expect.poll(() => placed.locator('tbody tr').count()).toBe(Math.min(own.companyPlacements.length, PAGE_SIZE));
    expect(await placed.locator('tbody').textContent()).not.toContain(hiredName);
    await expectNoSeriousA11yViolations(page);
    await liveSubscribed(e2e, 'PlacementRecorded');

    // The operator, in the staff portal (another browser window), confirms the placement.
    const staffContext = await e2e.browser.newContext({ viewport: DESKTOP, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    const staffPage = await staffContext.newPage();
    staffPage.on('pageerror', (err) => e2e.problems.push(`staff pageerror: ${err.message}`));
    await staffPage.goto(`${e2e.origin}/staff/`);
    await emailField(staffPage).fill('staff@demo.ixl');
    await passwordField(staffPage).fill('demo-password');
    await signInButton(staffPage).click();
    await staffPage.getByRole('button', { name: 'Esci' }).waitFor();
    await staffPage.getByRole('navigation').getByRole('link', { name: 'Inserimenti', exact: true }).click();
    const toConfirm = staffPage.getByRole('region', { name: 'Assunzioni da confermare' });
    await expect.poll(() => toConfirm.locator('tbody tr').count()).toBe(1);
    const staffRow = await toConfirm.locator('tbody tr').textContent();
    expect(staffRow).toContain('Rekeep');
    expect(staffRow).toContain(DEMO_VACANCY);
    expect(staffRow).toContain('30');
    await expectNoSeriousA11yViolations(staffPage);
    await staffPage.setViewportSize(PHONE);
    expect(await fitsViewport(staffPage)).toBe(true);
    await toConfirm.screenshot({ path: `${SCREENSHOTS}/staff-placement-drafts-phone.png` });
    await staffPage.setViewportSize(DESKTOP);
    await toConfirm.screenshot({ path: `${SCREENSHOTS}/staff-placement-drafts.png` });
    await toConfirm.getByRole('button', { name: /^Conferma l’inserimento/ }).click();
    await expect.poll(() => toConfirm.getByRole('status').textContent()).toMatch(/^Inserimento di .+ registrato\.$/);
    await expect.poll(() => toConfirm.textContent()).toContain('Nessuna assunzione da confermare.');
    await staffContext.close();

    // The company's list shows the person placed at once (live), and the waiting list is gone.
    const after = page.getByRole('table', { name: `${own.companyPlacements.length + 1} inserimenti` });
    await expect.poll(() => after.locator('tbody').textContent(), { timeout: 30_000 }).toContain(hiredName);
    expect(await pending.count()).toBe(0);
    const firstRow = await after.locator('tbody tr').first().textContent();
    expect(firstRow).toContain(hiredName);
    expect(firstRow).toContain('Assunzione');
    expect(firstRow).toContain('10 luglio 2027');
    // Paging: the next page continues the list, the previous one comes back.
    const total = own.companyPlacements.length + 1;
    expect(await page.locator('main').textContent()).toContain(`Da 1 a ${Math.min(total, PAGE_SIZE)} di ${total}`);
    if (total > PAGE_SIZE) {
      await page.getByRole('button', { name: 'Pagina successiva' }).click();
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain(`Da ${PAGE_SIZE + 1} a ${Math.min(total, 2 * PAGE_SIZE)} di ${total}`);
      await expect.poll(() => after.locator('tbody').textContent()).not.toContain(hiredName);
      await page.getByRole('button', { name: 'Pagina precedente' }).click();
      await expect.poll(() => after.locator('tbody tr').first().textContent()).toContain(hiredName);
    }

    // Filters: only stages; a period that ends before it starts is refused at its field.
    await page.getByLabel('Tipo', { exact: true }).selectOption({ label: 'Stage' });
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await expect.poll(async () => (await page.locator('tbody tr').allTextContents()).every((r) => r.includes('Stage'))).toBe(true);
    expect(await page.locator('main').textContent()).not.toContain(hiredName);
    await page.getByLabel('Tipo', { exact: true }).selectOption({ label: 'Tutti' });
    await page.getByLabel('Iniziati dal').fill('2027-12-31');
    await page.getByLabel('Iniziati fino al').fill('2027-01-01');
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await expect.poll(() => fieldError(page.getByLabel('Iniziati fino al'))).toBe('La data finale è prima di quella iniziale.');
    await page.getByLabel('Iniziati dal').fill('2027-01-01');
    await page.getByLabel('Iniziati fino al').fill('2027-12-31');
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Un inserimento' }).locator('tbody').textContent()).toContain(hiredName);
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'company-placements-phone');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'company-placements');
    await page.getByRole('button', { name: 'Togli i filtri' }).click();
  });

  it('lists its placements, in Italian and in English, on a phone', async () => {
    const { page } = e2e;
    await page.setViewportSize(PHONE);
    await page.getByRole('navigation').getByRole('link', { name: 'Inserimenti' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inserimenti');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(Math.min(own.companyPlacements.length + 1, PAGE_SIZE));
    expect(await fitsViewport(page)).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Placements');
    await page.getByRole('navigation').getByRole('link', { name: 'New staffing need' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('New staffing need');
    await page.getByRole('button', { name: /Passa all’italiano/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nuovo fabbisogno di personale');
    await page.setViewportSize(DESKTOP);
  });

  it('signs out', async () => {
    await signOut(e2e, 'azienda');
    expect(e2e.problems).toEqual([]);
  });
});
