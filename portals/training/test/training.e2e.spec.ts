import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '@ixl/testkit';
import { PHONE, DESKTOP, SCREENSHOTS, fitsViewport, hasBrowser, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import {
  checkMainPage,
  expectAccountCard,
  expectNoSeriousA11yViolations,
  fieldError,
  isFocused,
  signInWithWrongThenRightPassword,
  signOut,
} from '../../e2e/journeys.js';

interface Edition {
  id: string;
  title: string;
  status: string;
  trainingBody: { name: string };
  sessions: { id: string; code: string; date: string; hours: number }[];
  enrolments: {
    id: string;
    participantName: string | null;
    codiceFiscale: string | null;
    status: string;
    outcome: string;
    attendance: { sessionId: string; hours: number }[];
  }[];
  kpis: { placementRate: number; employmentRate: number; placements: number; population: number };
  riskShare: { atRiskCents: number; projectedPayableCents: number; settlement: { payableCents: number } | null } | null;
}

const EDITIONS = `{ courseEditions { id title status trainingBody { name } sessions { id code date hours }
  enrolments { id participantName codiceFiscale status outcome attendance { sessionId hours } }
  kpis { placementRate employmentRate placements population } riskShare { atRiskCents projectedPayableCents settlement { payableCents } } } }`;

/** Text as compared: the browser and Node format euro with no-break spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const euro = (cents: number) => plain(new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' }).format(cents / 100));
const pct = (v: number) => `${new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)}%`;

describe.skipIf(!hasBrowser())('training body portal in the browser (/ente/)', () => {
  let e2e: E2E;
  let token: string;
  let editions: Edition[];
  const load = async () => {
    const r = await e2e.stack.graphql<{ courseEditions: Edition[] }>(EDITIONS, { token });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.courseEditions;
  };
  beforeAll(async () => {
    e2e = await openE2E();
    token = await e2e.stack.login('ente@demo.ixl', 'demo-password');
    // The demo placements reach the training KPIs through events: let them all arrive first.
    await factories.drainEvents(e2e.stack.stack);
    editions = await load();
  });
  afterAll(async () => e2e?.close());

  it('signs in, then lists its own course editions with their KPIs and risk position', async () => {
    expect(editions.length).toBeGreaterThan(0);
    expect(new Set(editions.map((e) => e.trainingBody.name)).size).toBe(1);
    await signInWithWrongThenRightPassword(e2e, 'ente', 'ente@demo.ixl');
    const { page } = e2e;
    await expect.poll(() => page.locator('tbody tr').count()).toBe(editions.length);
    await expect
      .poll(() => page.locator('caption').first().textContent())
      .toBe(editions.length === 1 ? 'Una edizione' : `${editions.length} edizioni`);
    const body = plain(await page.locator('tbody').textContent());
    for (const e of editions) {
      expect(body).toContain(e.title);
      expect(body).toContain(pct(e.kpis.placementRate));
      if (e.riskShare) expect(body).toContain(euro(e.riskShare.atRiskCents));
    }
    await expectAccountCard(page, 'ente@demo.ixl', 'Ente di formazione');
    await checkMainPage(e2e, 'ente');
  });

  it('shows an edition’s KPIs and its 30% risk position in euro', async () => {
    const { page } = e2e;
    const withRisk = editions.find((e) => e.riskShare);
    expect(withRisk, 'a demo edition of Seneca has a risk-sharing agreement').toBeDefined();
    if (!withRisk?.riskShare) return;
    await page.getByRole('link', { name: withRisk.title }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(withRisk.title);
    expect(new URL(page.url()).searchParams.get('id')).toBe(withRisk.id);
    const kpis = page.getByRole('region', { name: 'Indicatori del corso' });
    await expect
      .poll(async () => plain(await kpis.textContent()))
      .toContain(`${pct(withRisk.kpis.placementRate)} (${withRisk.kpis.placements} su ${withRisk.kpis.population})`);
    const risk = plain(await page.getByRole('region', { name: 'Condivisione del rischio (30%)' }).textContent());
    expect(risk).toContain(euro(withRisk.riskShare.atRiskCents));
    // The demo's windows closed years ago: the portal never says "open until" a past day (issue 19).
    expect(risk).toContain('Finestra di conteggio');
    expect(risk).not.toContain('Finestra aperta');
    expect(risk).toContain('Finestra chiusa il');
    expect(risk).toContain(euro(withRisk.riskShare.settlement?.payableCents ?? withRisk.riskShare.projectedPayableCents));
    await expectNoSeriousA11yViolations(page);

    // Live: staff record a placement credited to this edition; the live region and the KPIs update.
    const placementsBefore = (await load()).find((e) => e.id === withRisk.id)?.kpis.placements ?? -1;
    const staff = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const people = await e2e.stack.graphql<{ courseEdition: { endDate: string; enrolments: { beneficiary: { id: string } }[] } }>(
      `{ courseEdition(id: "${withRisk.id}") { endDate enrolments { beneficiary { id } } } }`,
      { token: staff },
    );
    const beneficiaryId = people.data?.courseEdition.enrolments.at(-1)?.beneficiary.id;
    const endDate = people.data?.courseEdition.endDate ?? '';
    const startDate = new Date(Date.parse(`${endDate}T00:00:00Z`) + 30 * 86400_000).toISOString().slice(0, 10);
    const placed = await e2e.stack.graphql<{ recordPlacement: { id: string } }>(
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      { token: staff, variables: { input: { beneficiaryId, type: 'LAVORO_AUTONOMO', startDate, sourceEditionId: withRisk.id } } },
    );
    expect(placed.errors).toBeUndefined();
    const live = page.getByRole('list', { name: 'Aggiornamenti ricevuti' });
    await expect.poll(() => live.textContent(), { timeout: 20_000 }).toContain(`${withRisk.title}: indicatori aggiornati`);
    await expect.poll(async () => plain(await kpis.textContent())).toContain(`(${placementsBefore + 1} su ${withRisk.kpis.population})`);

    // Live: staff settle the risk share (its window has closed); the live region and the risk position say so.
    expect(withRisk.riskShare.settlement).toBeNull();
    const today = new Date().toISOString().slice(0, 10);
    const settled = await e2e.stack.graphql<{ settleRiskShare: { payableCents: number; withheldCents: number } }>(
      'mutation ($id: ID!, $asOf: String!) { settleRiskShare(editionId: $id, asOf: $asOf) { payableCents withheldCents } }',
      { token: staff, variables: { id: withRisk.id, asOf: today } },
    );
    const payment = settled.data?.settleRiskShare;
    if (!payment) throw new Error(JSON.stringify(settled.errors));
    await expect
      .poll(async () => plain(await live.textContent()), { timeout: 20_000 })
      .toContain(
        `${withRisk.title}: quota a rischio liquidata, pagabili ${euro(payment.payableCents)}, trattenuti ${euro(payment.withheldCents)}`,
      );
    const riskRegion = page.getByRole('region', { name: 'Condivisione del rischio (30%)' });
    await expect.poll(async () => plain(await riskRegion.textContent())).toContain(`Importo pagabile${euro(payment.payableCents)}`);
    expect(plain(await riskRegion.textContent())).toContain('Liquidato al');
    await expectNoSeriousA11yViolations(page);

    // Late: a participant without placements is found placed inside the (closed) window: the settlement is adjusted.
    const unplaced = await e2e.stack.graphql<{
      courseEdition: { enrolments: { beneficiary: { id: string; placements: { id: string }[] } }[] };
    }>(`{ courseEdition(id: "${withRisk.id}") { enrolments { beneficiary { id placements { id } } } } }`, { token: staff });
    const late = unplaced.data?.courseEdition.enrolments.find((n) => n.beneficiary.placements.length === 0)?.beneficiary.id;
    expect(late, 'a demo participant without placements').toBeDefined();
    const latePlacement = await e2e.stack.graphql<{ recordPlacement: { id: string } }>(
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      { token: staff, variables: { input: { beneficiaryId: late, type: 'LAVORO_AUTONOMO', startDate, sourceEditionId: withRisk.id } } },
    );
    expect(latePlacement.errors).toBeUndefined();
    await expect.poll(() => live.textContent(), { timeout: 20_000 }).toContain(`${withRisk.title}: liquidazione rettificata`);
    await expect.poll(async () => plain(await riskRegion.textContent())).toContain('Rettifiche dopo la liquidazione');
    expect(plain(await riskRegion.textContent())).toContain('rettificato una volta');
    // Nothing paid yet: the body sees that, and the whole payable amount still to pay.
    await page.reload();
    const owed = await e2e.stack.graphql<{ trainingSettlements: { id: string; editionId: string; payableCents: number }[] }>(
      '{ trainingSettlements { id editionId payableCents } }',
      { token: staff },
    );
    const settlement = owed.data?.trainingSettlements.find((x) => x.editionId === withRisk.id);
    if (!settlement) throw new Error(JSON.stringify(owed.errors));
    await expect.poll(async () => plain(await riskRegion.textContent())).toContain('Pagato finoraNessun pagamento ancora');
    expect(plain(await riskRegion.textContent())).toContain(`Ancora da pagare${euro(settlement.payableCents)}`);
    // Finance pays it (staff prepares, a second person approves): the body sees what was paid, when, and nothing left.
    const pay = await e2e.stack.graphql<{ payTrainingSettlement: { status: string } }>(
      'mutation ($id: ID!, $on: String!) { payTrainingSettlement(settlementId: $id, paidOn: $on) { status } }',
      { token: staff, variables: { id: settlement.id, on: today } },
    );
    expect(pay.errors).toBeUndefined();
    const approver = await e2e.stack.login('approvatore@demo.ixl', 'demo-password');
    const pending = await e2e.stack.graphql<{ approvalRequests: { id: string; kind: string }[] }>(
      '{ approvalRequests(state: PENDING, first: 50) { id kind } }',
      { token: approver },
    );
    for (const r of pending.data?.approvalRequests.filter((x) => x.kind === 'PAY_TRAINING_SETTLEMENT') ?? []) {
      const a = await e2e.stack.graphql('mutation ($id: ID!) { approveApprovalRequest(id: $id, note: null) { state } }', {
        token: approver,
        variables: { id: r.id },
      });
      expect(a.errors).toBeUndefined();
    }
    await factories.drainEvents(e2e.stack.stack);
    const paidOn = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(
      new Date(`${today}T12:00:00Z`),
    );
    await expect
      .poll(async () => (await page.reload(), plain(await riskRegion.textContent())), { timeout: 20_000 })
      .toContain(`Pagato finora${euro(settlement.payableCents)}, ultimo pagamento il ${paidOn}`);
    expect(plain(await riskRegion.textContent())).toContain(`Ancora da pagare${euro(0)}`);
    expect(plain(await riskRegion.textContent())).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await screenshot(page, 'training-risk-paid-1366');
    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'training-risk-paid-390');
    await page.setViewportSize(DESKTOP);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: '← Tutte le edizioni' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Edizioni dei corsi');
  });

  it('upload attendance CSV with a bad row then a good file: every bad row with its line and reason, nothing saved; then imported', async () => {
    const { page } = e2e;
    const edition = editions.find(
      (e) =>
        e.status === 'ACTIVE' &&
        e.sessions.length > 0 &&
        e.enrolments.filter((n) => n.status === 'ENROLLED' && n.codiceFiscale).length >= 2,
    );
    expect(edition, 'an active Seneca edition with sessions and participants').toBeDefined();
    if (!edition) return;
    const [a, b] = edition.enrolments.filter((n) => n.status === 'ENROLLED' && n.codiceFiscale);
    const session = edition.sessions[0];
    if (!a?.codiceFiscale || !b?.codiceFiscale || !session) throw new Error('demo data');
    const before = JSON.stringify((await load()).find((e) => e.id === edition.id)?.enrolments.map((n) => n.attendance));

    await page.getByRole('link', { name: edition.title }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(edition.title);
    const fileInput = page.getByLabel('File CSV delle presenze');
    const check = page.getByRole('button', { name: 'Controlla il file' });

    // 0. The codes the lezione column takes open on request, each with its Italian date and length.
    const codes = page.getByRole('table', { name: 'Codici da scrivere nella colonna lezione' });
    expect(await codes.isVisible()).toBe(false);
    await page.getByText(`I codici delle ${edition.sessions.length} lezioni`).click();
    const [y, m, d] = session.date.split('-').map(Number) as [number, number, number];
    const italianDate = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, d)),
    );
    expect(await codes.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      session.code,
      italianDate,
      `${String(session.hours).replace('.', ',')} ${session.hours === 1 ? 'ora' : 'ore'}`,
    ]);
    await codes.locator('tbody tr').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/training-session-codes-1280-view.png` });

    // 1. A file without the hours column is stopped before it is sent, the error is at the file field.
    await fileInput.setInputFiles({
      name: 'senza-ore.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`codice_fiscale,lezione\n${a.codiceFiscale},${session.code}\n`),
    });
    await expect
      .poll(() => fieldError(fileInput))
      .toContain('Nell’intestazione manca la colonna delle ore presenti (nomi accettati: ore /');

    // 2. A file with two bad rows (with the Italian header the page suggests): the dry run lists both with line and
    // reason; nothing is saved.
    const bad = [
      'codice_fiscale,lezione,ore',
      `${a.codiceFiscale},${session.code},${session.hours / 2}`,
      `XXXXXX00X00X000X,${session.code},1`,
      `${b.codiceFiscale},${session.code},${session.hours + 5}`,
    ].join('\n');
    await fileInput.setInputFiles({ name: 'presenze-errate.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect.poll(() => fieldError(fileInput)).toBe('');
    await check.click();
    const report = page.getByRole('table', { name: 'Righe da correggere in presenze-errate.csv' });
    await report.waitFor();
    const cells = async (i: number) => report.locator('tbody tr').nth(i).locator('td').allTextContents();
    expect(await report.locator('tbody tr').count()).toBe(2);
    expect(await cells(0)).toEqual(['3', 'persona', 'Persona «XXXXXX00X00X000X» non iscritta a questa edizione']);
    expect(await cells(1)).toEqual(['4', 'ore', `Ore presenti (${session.hours + 5}) oltre la durata della lezione (${session.hours})`]);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('non è stato salvato nulla');
    expect(await page.getByRole('button', { name: /Conferma l’importazione/ }).count()).toBe(0);
    expect(JSON.stringify((await load()).find((e) => e.id === edition.id)?.enrolments.map((n) => n.attendance))).toBe(before);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'training');

    // 3. The corrected file: the check passes (still nothing saved), then the import saves it.
    const good = [
      'person,session,hours',
      `${a.codiceFiscale},${session.code},${session.hours / 2}`,
      `${b.codiceFiscale},${session.code},${session.hours}`,
    ].join('\n');
    await fileInput.setInputFiles({ name: 'presenze.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await check.click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual('Tutte le 2 righe sono corrette. Non è stato ancora salvato nulla: conferma l’importazione.');
    expect(JSON.stringify((await load()).find((e) => e.id === edition.id)?.enrolments.map((n) => n.attendance))).toBe(before);
    await page.getByRole('button', { name: 'Conferma l’importazione di 2 righe' }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual('Importazione completata: 2 righe di presenze salvate.');
    const after = (await load()).find((e) => e.id === edition.id);
    expect(after?.enrolments.find((n) => n.id === a.id)?.attendance).toContainEqual({ sessionId: session.id, hours: session.hours / 2 });
    expect(after?.enrolments.find((n) => n.id === b.id)?.attendance).toContainEqual({ sessionId: session.id, hours: session.hours });
    // The live region says so (graphql-ws), and the participants table shows the hours.
    await expect
      .poll(() => page.getByRole('list', { name: 'Aggiornamenti ricevuti' }).textContent())
      .toContain(`${edition.title}: presenze salvate (2 righe)`);
    await expectNoSeriousA11yViolations(page);
  });

  it('records an outcome: the API error is next to its field, what was typed stays, then it is saved', async () => {
    const { page } = e2e;
    const edition = editions.find((e) => e.status === 'ACTIVE' && e.enrolments.some((n) => n.status === 'ENROLLED'));
    const person = edition?.enrolments.find((n) => n.status === 'ENROLLED' && n.outcome === 'IN_PROGRESS');
    if (!edition || !person) throw new Error('demo data');
    // A deep link (reload) opens the same edition.
    await page.goto(`${e2e.origin}/ente/edizione?id=${edition.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(edition.title);
    await page.getByLabel('Partecipante', { exact: true }).selectOption(person.id);
    await page.getByLabel('Esito', { exact: true }).selectOption('DROPPED_OUT');
    const date = page.getByLabel('Data del ritiro');
    await date.fill('2020-01-15');
    await page.getByLabel('Motivo del ritiro').fill('Ha trovato lavoro');
    await page.getByRole('button', { name: 'Salva l’esito' }).click();
    await expect.poll(() => fieldError(date)).toBe('La data del ritiro deve cadere durante l’edizione.');
    await expect.poll(() => isFocused(date)).toBe(true);
    expect(await page.getByLabel('Motivo del ritiro').inputValue()).toBe('Ha trovato lavoro');
    expect((await load()).find((e) => e.id === edition.id)?.enrolments.find((n) => n.id === person.id)?.outcome).toBe('IN_PROGRESS');
    await expectNoSeriousA11yViolations(page);

    const r = await e2e.stack.graphql<{ courseEdition: { startDate: string } }>(`{ courseEdition(id: "${edition.id}") { startDate } }`, {
      token,
    });
    await date.fill(r.data?.courseEdition.startDate ?? '');
    await page.getByRole('button', { name: 'Salva l’esito' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(`Esito di ${person.participantName ?? ''} salvato.`);
    expect((await load()).find((e) => e.id === edition.id)?.enrolments.find((n) => n.id === person.id)?.outcome).toBe('DROPPED_OUT');
  });

  it('works on a 360 px phone and in English', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 360, height: PHONE.height });
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'training-phone');
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Upload attendance (CSV)' }).count()).toBe(1);
    expect(await fitsViewport(page)).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: /Passa all’italiano/ }).click();
    await page.setViewportSize(DESKTOP);
  });

  it('signs out', async () => {
    await signOut(e2e, 'ente');
    expect(e2e.problems).toEqual([]);
  });
});
