import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pdfText } from '@ixl/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { SCREENSHOTS, hasBrowser, liveSubscribed, openE2E, type E2E, screenshotAtWidths } from './browser.js';
import { expectNoSeriousA11yViolations, fieldError, signInPage } from './journeys.js';

/**
 * Issue 20, the hand-overs this file walks in a real browser, each page looked at 1366 px and 390 px wide
 * (test/artifacts/screenshots/journey-*.png):
 * - the committee votes → the secretary records the decision → the Italian verbale written from the template → its PDF,
 *   whose text has the members' names, the votes in words and the conflict declared; a bad template is refused at the field;
 * - the training body's CSV check reads the file again: a bad file, fixed on disk under the same name, checks clean;
 * - the staff vacancy pipeline moves live when the company rejects a candidate;
 * - the access log shows names and actions in words, not ids.
 */

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

/** Accessibility, no raw codes/ISO dates in the main text, nothing wider than the window at 1366 and 390 px, screenshots of both. */
async function look(page: Page, name: string, options: { rawCodes?: RegExp; sessionCodes?: boolean; focus?: Locator } = {}): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  let text = (await page.locator('main').textContent()) ?? '';
  // The training page lists the lesson codes the CSV's lezione column takes (each next to its Italian date): in the
  // demo they look like ISO dates on purpose.
  if (options.sessionCodes) for (const code of await page.locator('[data-session-code]').allTextContents()) text = text.replace(code, '');
  expect(text, `${name}: no ISO dates`).not.toMatch(ISO_DATE);
  if (options.rawCodes) expect(text, `${name}: no raw codes`).not.toMatch(options.rawCodes);
  const focus = options.focus;
  await screenshotAtWidths(page, `journey-${name}`, {
    widths: [WIDE, PHONE],
    atEach: focus
      ? async (width) => {
          // The part of the page this journey changed, as the window shows it (full pages are very tall).
          await focus.scrollIntoViewIfNeeded();
          await page.screenshot({ path: resolve(SCREENSHOTS, `journey-${name}-${width}-view.png`) });
        }
      : undefined,
  });
}

const signIn = (context: BrowserContext, url: string, email: string) => signInPage(context, url, email, DEMO_PASSWORD);

describe.skipIf(!hasBrowser())('hand-overs: committee minutes, CSV re-check, live staff pipeline, access log', () => {
  let e2e: E2E;
  let staffToken: string;
  const contexts: BrowserContext[] = [];
  const context = async () => {
    const c = await e2e.browser.newContext({
      viewport: WIDE,
      locale: 'it-IT',
      timezoneId: 'Europe/Rome',
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    c.setDefaultTimeout(15_000);
    contexts.push(c);
    return c;
  };

  beforeAll(async () => {
    e2e = await openE2E({ viewport: WIDE });
    staffToken = await e2e.stack.login('staff@demo.ixl', DEMO_PASSWORD);
  }, 400_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await e2e?.close();
  });

  it(
    'committee votes → the secretary records the decision → Italian minutes from the template → PDF with names and votes in words',
    { timeout: 300_000 },
    async () => {
      const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token = staffToken) => {
        const r = await e2e.stack.graphql<T>(query, { token, variables });
        expect(r.errors, query).toBeUndefined();
        return r.data as T;
      };
      // Staff convene the evaluation committee on a dossier at its step (other screens' work: through the API).
      const { committees } = await gql<{ committees: { id: string; kind: string; members: { id: string; displayName: string }[] }[] }>(
        '{ committees { id kind members { id displayName } } }',
      );
      const evaluation = committees.find((c) => c.kind === 'EVALUATION');
      if (!evaluation) throw new Error('demo data: the evaluation committee');
      const names = evaluation.members.map((m) => m.displayName).sort();
      expect(names).toEqual(['Chiara Bellini', 'Giulia Marchetti', 'Laura Ferri', 'Marco Gentili']);
      const { projects } = await gql<{ projects: { id: string; title: string; status: string }[] }>('{ projects { id title status } }');
      const dossier = projects.find((p) => p.status === 'EVALUATION_COMMITTEE');
      if (!dossier) throw new Error('demo data: a project before the evaluation committee');
      const heldOn = '2026-12-15';
      const session = await gql<{ scheduleCommitteeSession: { id: string } }>(
        'mutation($i: CommitteeSessionInput!) { scheduleCommitteeSession(input: $i) { id } }',
        { i: { committeeId: evaluation.id, heldOn, location: 'Palazzo Malvezzi, sala del Consiglio' } },
      );
      const sessionId = session.scheduleCommitteeSession.id;
      const item = await gql<{ addCommitteeAgendaItem: { id: string; topic: string } }>(
        'mutation($i: CommitteeAgendaItemInput!) { addCommitteeAgendaItem(input: $i) { id topic } }',
        { i: { sessionId, subjectKind: 'PROJECT', subjectId: dossier.id } },
      );
      const topic = item.addCommitteeAgendaItem.topic;
      // Three other members have voted already (they have no demo login): two in favour, one conflict of interest.
      const memberId = (name: string) => evaluation.members.find((m) => m.displayName === name)?.id;
      const votes: [string, string | null, string | null][] = [
        ['Chiara Bellini', 'APPROVE', null],
        ['Marco Gentili', 'REJECT', null],
        ['Laura Ferri', null, 'Consigliera dell’associazione proponente'],
      ];
      for (const [name, choice, note] of votes)
        await e2e.stack.stack.subgraphs.projects.orm.em
          .fork()
          .getConnection()
          .execute(
            `insert into projects.vote (id, agenda_item_id, member_id, choice, conflict_of_interest, conflict_note, cast_at) values (?, ?, ?, ?, ?, ?, now())`,
            [randomUUID(), item.addCommitteeAgendaItem.id, memberId(name), choice, note !== null, note],
          );

      // The secretary (the demo login) votes, records the decision, writes the verbale from the template, downloads it.
      const page = await signIn(await context(), `${e2e.origin}/comitato/`, 'comitato@demo.ixl');
      await page.goto(`${e2e.origin}/comitato/seduta?id=${sessionId}`);
      await expect.poll(() => heading(page)).toBe('Comitato di valutazione, seduta del 15 dicembre 2026');
      const card = page.getByRole('region', { name: new RegExp(topic.slice(0, 20)) });
      const form = card.getByRole('form', { name: `Voto sul dossier ${topic}` });
      await form.getByLabel('Dichiaro di non avere conflitti di interessi su questo dossier').check();
      await form.getByLabel('Favorevole').check();
      await form.getByRole('button', { name: 'Registra il voto' }).click();
      await expect.poll(() => card.getByRole('status').allTextContents()).toContainEqual('Voto registrato: Favorevole.');
      await card.getByText('Registra la decisione del comitato').click();
      await card.getByLabel('Esito', { exact: true }).selectOption('APPROVED');
      await card.getByLabel('Condizioni').fill('Piano dei ricavi aggiornato entro 60 giorni');
      // The evaluation committee approves by choosing the form of support: a course paid for the team.
      await card.getByLabel('Forma di sostegno', { exact: true }).selectOption('NON_CASH');
      await card.getByLabel('Voce 1', { exact: true }).selectOption('COURSE_FEES');
      await card.getByLabel('Descrizione', { exact: true }).fill('Corso HACCP per il team');
      await card.getByLabel('Valore (euro)', { exact: true }).fill('1.200,00');
      await card.getByRole('button', { name: 'Registra la decisione' }).click();
      await expect.poll(() => card.textContent()).toContain('Piano dei ricavi aggiornato entro 60 giorni');
      await look(page, 'committee-decided', {
        focus: card,
        rawCodes: /\b(APPROVE|REJECT|ABSTAIN|APPROVED|CHAIR|SECRETARY)\b/,
      });

      // The template editor: an unknown placeholder is refused at the field (with its line), the preview shows the verbale.
      const minutes = page.getByRole('region', { name: 'Verbale', exact: true });
      await page.getByText('Modello del verbale', { exact: true }).click();
      const templateField = page.getByLabel('Testo del modello', { exact: true });
      const original = await templateField.inputValue();
      expect(original).toContain('{{votazione}}');
      await templateField.fill(`${original}\nFirma: {{firma_presidente}}`);
      await page.getByRole('button', { name: 'Anteprima su questa seduta' }).click();
      await expect
        .poll(() => fieldError(templateField))
        .toBe(`Riga ${original.split('\n').length + 1}: “firma_presidente” non è un segnaposto del verbale.`);
      await templateField.fill(`${original}\nFirmato: {{segretario}}, per {{comitato}}`);
      await page.getByRole('button', { name: 'Anteprima su questa seduta' }).click();
      const preview = page.getByTestId('minutes-preview');
      await expect.poll(() => preview.textContent()).toContain('Firmato: Giulia Marchetti, per Comitato di valutazione');
      await page.getByRole('button', { name: 'Salva come nuova versione' }).click();
      await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual('Modello salvato: versione 1.');
      await look(page, 'committee-template', { focus: preview });

      await minutes.getByRole('button', { name: 'Scrivi il verbale dal modello' }).click();
      await expect.poll(() => minutes.textContent()).toContain('VERBALE DELLA SEDUTA — Comitato di valutazione');
      const shown = (await minutes.textContent()) ?? '';
      for (const expected of [
        'Seduta del 15 dicembre 2026, Palazzo Malvezzi, sala del Consiglio.',
        'Presiede: Chiara Bellini.',
        'Verbalizza: Giulia Marchetti.',
        '- Chiara Bellini: favorevole',
        '- Marco Gentili: contrario',
        '- Giulia Marchetti: favorevole',
        '- Laura Ferri: ha dichiarato un conflitto di interessi (Consigliera dell’associazione proponente) e non ha votato',
        'Decisione: APPROVATO il 15 dicembre 2026 (favorevoli 2, contrari 1, astenuti 0, esclusi per conflitto di interessi 1).',
        'Forma di sostegno scelta: sostegno non monetario di 1.200,00\u00a0€ (corso pagato: Corso HACCP per il team, 1.200,00\u00a0€).',
        'Condizioni: Piano dei ricavi aggiornato entro 60 giorni',
        'Firmato: Giulia Marchetti, per Comitato di valutazione',
      ])
        expect(shown).toContain(expected);
      expect(shown).not.toContain('Membro del Comitato');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        minutes.getByRole('button', { name: 'Scarica il verbale in PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`verbale-${heldOn}.pdf`);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
      const pdf = Buffer.concat(chunks);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      for (const expected of [
        'VERBALE DELLA SEDUTA',
        'Chiara Bellini: favorevole',
        'Marco Gentili: contrario',
        'Giulia Marchetti: favorevole',
        'Laura Ferri: ha dichiarato un conflitto di interessi',
        'APPROVATO il 15 dicembre 2026',
        'Piano dei ricavi aggiornato entro 60 giorni',
      ])
        expect(text).toContain(expected);
      expect(text).not.toMatch(/\b(APPROVE|REJECT|ABSTAIN)\b/);
      await minutes.getByRole('button', { name: 'Approva il verbale' }).click();
      await expect.poll(() => minutes.textContent()).toContain('Verbale approvato');
      await look(page, 'committee-minutes', {
        focus: minutes,
        rawCodes: /\b(APPROVE|REJECT|ABSTAIN|APPROVED|DRAFT|CHAIR|SECRETARY)\b/,
      });
    },
  );

  it(
    'training body: "Controlla" reads the file again — a bad file fixed on disk under the same name checks clean',
    { timeout: 240_000 },
    async () => {
      const ente = await e2e.stack.login('ente@demo.ixl', DEMO_PASSWORD);
      const r = await e2e.stack.graphql<{
        courseEditions: {
          id: string;
          title: string;
          status: string;
          sessions: { code: string; hours: number }[];
          enrolments: { status: string; codiceFiscale: string | null }[];
        }[];
      }>('{ courseEditions { id title status sessions { code hours } enrolments { status codiceFiscale } } }', { token: ente });
      const edition = r.data?.courseEditions.find(
        (e) => e.status === 'ACTIVE' && e.sessions.length > 0 && e.enrolments.some((n) => n.status === 'ENROLLED' && n.codiceFiscale),
      );
      if (!edition) throw new Error('demo data: an active Seneca edition with sessions and participants');
      const person = edition.enrolments.find((n) => n.status === 'ENROLLED' && n.codiceFiscale)?.codiceFiscale ?? '';
      const session = edition.sessions[0]!;
      const dir = mkdtempSync(join(tmpdir(), 'ixl-csv-'));
      const path = join(dir, 'presenze.csv');
      writeFileSync(path, ['person,session,hours', `${person},${session.code},${session.hours + 5}`].join('\n'));

      const page = await signIn(await context(), `${e2e.origin}/ente/`, 'ente@demo.ixl');
      await page.goto(`${e2e.origin}/ente/edizione?id=${edition.id}`);
      await expect.poll(() => heading(page)).toBe(edition.title);
      const fileInput = page.getByLabel('File CSV delle presenze');
      const check = page.getByRole('button', { name: 'Controlla il file' });
      await fileInput.setInputFiles(path);
      await check.click();
      const report = page.getByRole('table', { name: 'Righe da correggere in presenze.csv' });
      await report.waitFor();
      expect(await report.locator('tbody tr').count()).toBe(1);
      await look(page, 'training-csv-errors', { sessionCodes: true, focus: report });

      // Corrected on disk under the same name and chosen again, as a person does: "Controlla" reads what was chosen
      // now (it used to keep the first file's errors when the name was the same).
      writeFileSync(path, ['person,session,hours', `${person},${session.code},${session.hours}`].join('\n'));
      await fileInput.setInputFiles(path);
      await check.click();
      const ok = 'La riga è corretta. Non è stato ancora salvato nulla: conferma l’importazione.';
      await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(ok);
      expect(await report.count()).toBe(0);
      expect(await fieldError(fileInput)).toBe('');
      await look(page, 'training-csv-fixed', { sessionCodes: true, focus: check });
    },
  );

  it('staff vacancy pipeline moves live when the company rejects a candidate', { timeout: 240_000 }, async () => {
    const company = await e2e.stack.login('azienda@demo.ixl', DEMO_PASSWORD);
    const r = await e2e.stack.graphql<{
      vacancies: { id: string; title: string; candidates: { id: string; status: string; firstName: string }[] }[];
    }>('{ vacancies { id title candidates { id status firstName } } }', { token: company });
    const vacancy = r.data?.vacancies.find((v) => v.candidates.some((c) => c.status === 'PROPOSED'));
    const candidate = vacancy?.candidates.find((c) => c.status === 'PROPOSED');
    if (!vacancy || !candidate) throw new Error('demo data: a Rekeep vacancy with a proposed candidate');

    const page = await signIn(await context(), `${e2e.origin}/staff/`, 'staff@demo.ixl');
    await page.goto(`${e2e.origin}/staff/fabbisogni/abbinamento?id=${vacancy.id}`);
    const live = page.getByRole('region', { name: 'Pipeline in tempo reale' });
    await expect.poll(() => live.getByRole('status').textContent()).toContain('Aggiornamenti in tempo reale attivi');
    await liveSubscribed(e2e, 'CandidateStatusChanged');
    const rejectedTable = page.getByRole('table', { name: /^Scartati dall’azienda/ });
    const rejectedBefore = (await rejectedTable.count()) ? await rejectedTable.locator('tbody tr').count() : 0;

    const moved = await e2e.stack.graphql('mutation($i: ChangeCandidateStatusInput!) { changeCandidateStatus(input: $i) { id status } }', {
      token: company,
      variables: { i: { candidateId: candidate.id, status: 'REJECTED_BY_COMPANY', reasonCode: 'SKILLS' } },
    });
    expect(moved.errors).toBeUndefined();
    await expect.poll(() => live.getByRole('list').textContent(), { timeout: 30_000 }).toMatch(/ ora è in «Scartati dall’azienda»/);
    // The pipeline itself is fetched again: the candidate is now among the rejected.
    await expect.poll(async () => ((await rejectedTable.count()) ? rejectedTable.locator('tbody tr').count() : 0)).toBe(rejectedBefore + 1);
    await look(page, 'staff-pipeline-live', {
      focus: live,
      rawCodes: /\b(PROPOSED|REJECTED_BY_COMPANY|SKILLS)\b/,
    });
  });

  it('the access log shows who and whose data by name, and the action in words', { timeout: 240_000 }, async () => {
    const page = await signIn(await context(), `${e2e.origin}/staff/`, 'admin@demo.ixl');
    const r = await e2e.stack.graphql<{ beneficiaries: { nodes: { id: string; firstName: string; lastName: string }[] } }>(
      '{ beneficiaries(first: 1) { nodes { id firstName lastName } } }',
      { token: await e2e.stack.login('admin@demo.ixl', DEMO_PASSWORD) },
    );
    const person = r.data!.beneficiaries.nodes[0]!;
    await page.goto(`${e2e.origin}/staff/beneficiari/scheda?id=${person.id}`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${e2e.origin}/staff/registro-accessi?persona=${person.id}`);
    await expect.poll(() => heading(page)).toBe('Registro degli accessi ai dati personali');
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const body = (await page.locator('table tbody').textContent()) ?? '';
    expect(body).toContain(`${person.firstName} ${person.lastName}`);
    expect(body).toContain('Amministratore IXL');
    expect(body).not.toMatch(UUID);
    expect(body).not.toMatch(/\b(people|companies|training|projects|finance):/);
    await look(page, 'staff-audit-names', { focus: rows.first() });
  });
});
