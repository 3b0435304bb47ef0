import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, SCREENSHOTS, fitsViewport, hasBrowser, openE2E, screenshot, type E2E } from '../../e2e/browser.js';
import {
  checkMainPage,
  expectAccountCard,
  expectNoSeriousA11yViolations,
  fieldError,
  isFocused,
  signInWithWrongThenRightPassword,
  signOut,
} from '../../e2e/journeys.js';

interface Session {
  id: string;
  heldOn: string;
  minutesStatus: string;
  minutes: string | null;
  committee: { name: string; members: { id: string; userId: string }[] };
  agenda: {
    id: string;
    topic: string;
    subjectId: string | null;
    votes: { memberId: string; choice: string | null; conflictOfInterest: boolean; conflictNote: string | null }[];
    decision: { outcome: string; conditions: string | null } | null;
  }[];
}

const SESSIONS = `{ me { id } committeeSessions { id heldOn minutesStatus minutes committee { name members { id userId } }
  agenda { id topic subjectId votes { memberId choice conflictOfInterest conflictNote } decision { outcome conditions } } } }`;

const dateIt = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

describe.skipIf(!hasBrowser())('committee portal in the browser (/comitato/)', () => {
  let e2e: E2E;
  let token: string;
  let me: string;
  let sessions: Session[];
  const load = async () => {
    const r = await e2e.stack.graphql<{ me: { id: string }; committeeSessions: Session[] }>(SESSIONS, { token });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    me = r.data.me.id;
    return r.data.committeeSessions;
  };
  beforeAll(async () => {
    e2e = await openE2E();
    token = await e2e.stack.login('comitato@demo.ixl', 'demo-password');
    sessions = await load();
  });
  afterAll(async () => e2e?.close());

  it('signs in, then lists the sessions of its committees and who you are', async () => {
    expect(sessions.length).toBeGreaterThan(0);
    await signInWithWrongThenRightPassword(e2e, 'comitato', 'comitato@demo.ixl');
    const { page } = e2e;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Le mie sedute');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(sessions.length);
    const body = (await page.locator('tbody').textContent()) ?? '';
    for (const s of sessions) expect(body).toContain(`Seduta del ${dateIt(s.heldOn)}`);
    await expectAccountCard(page, 'comitato@demo.ixl', 'Membro di comitato');
    await checkMainPage(e2e, 'comitato');
  });

  it('vote on a dossier: the conflict declaration is required; a conflict means not voting; then a vote', async () => {
    const { page } = e2e;
    const open = sessions.find((s) => s.agenda.some((a) => a.subjectId && !a.decision));
    const item = open?.agenda.find((a) => a.subjectId && !a.decision);
    if (!open || !item) throw new Error('demo data: an open dossier on the member’s committee');
    const member = open.committee.members.find((m) => m.userId === me);
    expect(member).toBeDefined();
    await page.getByRole('link', { name: `Seduta del ${dateIt(open.heldOn)}` }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`${open.committee.name}, seduta del ${dateIt(open.heldOn)}`);
    const card = page.getByRole('region', { name: new RegExp(item.topic.slice(0, 20)) });
    await expect.poll(() => card.textContent()).toContain('Progetto di innovazione sociale');
    const form = card.getByRole('form', { name: `Voto sul dossier ${item.topic}` });
    const submit = form.getByRole('button', { name: 'Registra il voto' });

    // Nothing declared: the error is on the declaration, nothing is sent.
    await submit.click();
    await expect
      .poll(() => form.locator('.ixl-field__error').first().textContent())
      .toBe('Dichiara se hai o no un conflitto di interessi.');
    await expect.poll(() => isFocused(form.getByLabel('Dichiaro di non avere conflitti di interessi su questo dossier'))).toBe(true);
    await expectNoSeriousA11yViolations(page);

    // A conflict needs its description; then it is recorded without a choice (abstaining, out of the quorum).
    await form.getByLabel(/Dichiaro un conflitto di interessi/).check();
    expect(await form.getByRole('group', { name: 'Il tuo voto' }).count()).toBe(0);
    await submit.click();
    const note = form.getByLabel('Descrivi il conflitto di interessi');
    await expect.poll(() => fieldError(note)).toBe('Descrivi il conflitto di interessi.');
    expect(await isFocused(note)).toBe(true);
    let votes = (await load()).find((s) => s.id === open.id)?.agenda.find((a) => a.id === item.id)?.votes ?? [];
    expect(votes.filter((v) => v.memberId === member?.id)).toEqual([]);
    await note.fill('Sono socio dell’associazione che sostiene il gruppo');
    await submit.click();
    await expect
      .poll(() => card.getByRole('status').allTextContents())
      .toContainEqual('Conflitto di interessi registrato: non partecipi al voto su questo dossier.');
    votes = (await load()).find((s) => s.id === open.id)?.agenda.find((a) => a.id === item.id)?.votes ?? [];
    expect(votes.filter((v) => v.memberId === member?.id)).toEqual([
      { memberId: member?.id, choice: null, conflictOfInterest: true, conflictNote: 'Sono socio dell’associazione che sostiene il gruppo' },
    ]);
    await expect.poll(() => card.getByRole('table').textContent()).toContain('Conflitto di interessi: non vota');

    // Changing it: no conflict, in favour.
    const form2 = card.getByRole('form', { name: `Voto sul dossier ${item.topic}` });
    await form2.getByLabel('Dichiaro di non avere conflitti di interessi su questo dossier').check();
    await form2.getByLabel('Favorevole').check();
    await form2.getByRole('button', { name: 'Cambia il voto' }).click();
    await expect.poll(() => card.getByRole('status').allTextContents()).toContainEqual('Voto registrato: Favorevole.');
    votes = (await load()).find((s) => s.id === open.id)?.agenda.find((a) => a.id === item.id)?.votes ?? [];
    expect(votes.filter((v) => v.memberId === member?.id)).toEqual([
      { memberId: member?.id, choice: 'APPROVE', conflictOfInterest: false, conflictNote: null },
    ]);

    // Recording the decision without the quorum: the API's refusal is shown, nothing recorded.
    await card.getByText('Registra la decisione del comitato').click();
    await card.getByLabel('Esito', { exact: true }).selectOption('APPROVED');
    await card.getByLabel('Condizioni').fill('Piano dei ricavi aggiornato');
    // The form of support: non-cash support with one item (a course paid for the team).
    await card.getByLabel('Forma di sostegno', { exact: true }).selectOption('NON_CASH');
    await card.getByLabel('Voce 1', { exact: true }).selectOption('COURSE_FEES');
    await card.getByLabel('Descrizione', { exact: true }).fill('Corso HACCP per il team');
    await card.getByLabel('Valore (euro)', { exact: true }).fill('1.200,00');
    await screenshot(page, 'committee-form-of-support');
    await card.getByRole('button', { name: 'Registra la decisione' }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toContain('Quorum non raggiunto: 1 votante, ne servono 3');
    expect(await card.getByLabel('Condizioni').inputValue()).toBe('Piano dei ricavi aggiornato');
    expect(await card.getByLabel('Descrizione', { exact: true }).inputValue()).toBe('Corso HACCP per il team');
    expect((await load()).find((s) => s.id === open.id)?.agenda.find((a) => a.id === item.id)?.decision).toBeNull();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'committee');
  });

  it('shows a past session’s decision and approved minutes, on a 360 px phone too', async () => {
    const { page } = e2e;
    const past = sessions.find((s) => s.minutesStatus === 'APPROVED' && s.agenda.some((a) => a.decision));
    const decided = past?.agenda.find((a) => a.decision);
    if (!past || !decided?.decision || !past.minutes) throw new Error('demo data: a decided session');
    await page.getByRole('link', { name: '← Tutte le mie sedute' }).click();
    await page
      .getByRole('link', { name: `Seduta del ${dateIt(past.heldOn)}` })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`${past.committee.name}, seduta del ${dateIt(past.heldOn)}`);
    const card = page.getByRole('region', { name: new RegExp(decided.topic.slice(0, 20)) });
    await expect.poll(() => card.textContent()).toContain('Decisione');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain({ APPROVED: 'Approvato', REJECTED: 'Respinto', POSTPONED: 'Rinviato' }[decided.decision.outcome]);
    if (decided.decision.conditions) expect(text).toContain(decided.decision.conditions);
    expect(await card.getByRole('form').count()).toBe(0);
    const minutes = page.getByRole('region', { name: 'Verbale' });
    expect(await minutes.textContent()).toContain('Verbale approvato');
    expect(await minutes.textContent()).toContain(past.minutes.split('\n')[0]?.trim());
    // The verbale is in Italian (votes in words, no raw codes or ISO dates) and downloads as a PDF.
    const verbale = (await minutes.textContent()) ?? '';
    expect(verbale).toContain('VERBALE DELLA SEDUTA');
    expect(verbale).toMatch(/favorevole|contrario|astenuto/);
    expect(verbale).not.toMatch(/\b(APPROVE|REJECT|ABSTAIN|APPROVED|Minutes|Decision)\b|\d{4}-\d{2}-\d{2}/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      minutes.getByRole('button', { name: 'Scarica il verbale in PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`verbale-${past.heldOn}.pdf`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    expect(await minutes.getByRole('button', { name: 'Stampa il verbale' }).count()).toBe(1);
    await minutes.screenshot({ path: `${SCREENSHOTS}/committee-minutes.png` });
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'committee-phone');
    await minutes.screenshot({ path: `${SCREENSHOTS}/committee-minutes-phone.png` });
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Minutes' }).count()).toBe(1);
    expect(await fitsViewport(page)).toBe(true);
    await page.getByRole('button', { name: /Passa all’italiano/ }).click();
    await page.setViewportSize(DESKTOP);
  });

  it('answers an unknown address inside the portal with its own "not found" page', async () => {
    const { page, origin } = e2e;
    await page.goto(`${origin}/comitato/non-esiste`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pagina non trovata');
    await page.getByRole('link', { name: 'Torna alla pagina principale' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Le mie sedute');
  });

  it('signs out', async () => {
    await signOut(e2e, 'comitato');
    expect(e2e.problems).toEqual([]);
  });
});
