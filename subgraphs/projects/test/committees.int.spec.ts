import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, pdfText, type TestStack } from '@ixl/testkit';
import { CommitteeKind } from '../src/entities/enums.js';
import { ProjectStatus } from '../src/entities/project.entity.js';
import { addMember, count, createCommittee, projectAt, userIdOf } from './factories.js';
import { AGENDA, DECIDE, PROJECT, SESSION, VOTE, codeAndField, dossierVoted, ok } from './operations.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const SESSION_Q =
  'query($id: ID!) { committeeSession(id: $id) { id heldOn minutesStatus minutes committee { name quorum } agenda { topic project { id title needsAnalysis } votes { choice conflictOfInterest } decision { outcome } } } }';

describe('quorum and conflict of interest', () => {
  it('refuses a decision without quorum, and a member with a conflict of interest does not count', async () => {
    const { committee, tokens } = await createCommittee(t, CommitteeKind.EVALUATION, 3, 4);
    const p = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE);
    const [a, b, c, d] = tokens as [string, string, string, string];
    const { itemId } = await dossierVoted(t, staff, committee.id, p.id, [{ token: a }, { token: b }, { token: c, conflict: true }]);
    const decisionsBefore = await count(t, 'decision');
    const noQuorum = await t.graphql(DECIDE, { token: staff, variables: { input: { agendaItemId: itemId, outcome: 'APPROVED' } } });
    expect(codeAndField(noQuorum)).toEqual({ code: 'CONFLICT', field: 'agendaItemId' });
    expect(noQuorum.errors?.[0]?.extensions?.reason).toBe('QUORUM_NOT_REACHED');
    expect(await count(t, 'decision')).toBe(decisionsBefore);
    expect((await ok<{ project: { status: string } }>(t, PROJECT, { id: p.id }, staff)).project.status).toBe('EVALUATION_COMMITTEE');

    // a conflicted member cannot also vote
    expect(
      codeAndField(
        await t.graphql(VOTE, {
          token: c,
          variables: { input: { agendaItemId: itemId, choice: 'APPROVE', conflictOfInterest: true, conflictNote: 'x' } },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'choice' });
    await ok(t, VOTE, { input: { agendaItemId: itemId, choice: 'ABSTAIN' } }, d);
    // the majority rules the outcome: 2 approve, 1 abstain
    expect(
      codeAndField(await t.graphql(DECIDE, { token: staff, variables: { input: { agendaItemId: itemId, outcome: 'REJECTED' } } })),
    ).toEqual({ code: 'CONFLICT', field: 'outcome' });
    // Only the chair (or the secretary) records the decision: a plain member is refused with the reason, nothing changes.
    const byMember = await t.graphql(DECIDE, { token: b, variables: { input: { agendaItemId: itemId, outcome: 'APPROVED' } } });
    expect(byMember.data).toBeNull();
    expect(byMember.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DECISION_CHAIR_OR_SECRETARY_ONLY' });
    expect(byMember.errors?.[0]?.message).toBe('Only the chair or the secretary of the committee records its decisions');
    expect(await count(t, 'decision')).toBe(decisionsBefore);
    const r = await ok<{ recordCommitteeDecision: Record<string, unknown> }>(
      t,
      DECIDE,
      {
        input: { agendaItemId: itemId, outcome: 'APPROVED', funding: { kind: 'GRANT', investmentCents: 500_000, servicesCents: 100_000 } },
      },
      a,
    );
    expect(r.recordCommitteeDecision).toMatchObject({
      outcome: 'APPROVED',
      votesFor: 2,
      votesAgainst: 0,
      abstentions: 1,
      excludedForConflict: 1,
    });
    expect(codeAndField(await t.graphql(VOTE, { token: d, variables: { input: { agendaItemId: itemId, choice: 'REJECT' } } }))).toEqual({
      code: 'CONFLICT',
      field: 'agendaItemId',
    });
    expect(
      codeAndField(await t.graphql(DECIDE, { token: staff, variables: { input: { agendaItemId: itemId, outcome: 'APPROVED' } } })),
    ).toEqual({ code: 'CONFLICT', field: 'agendaItemId' });
  });

  it('puts on the agenda only dossiers at the committee’s step', async () => {
    const { committee } = await createCommittee(t, CommitteeKind.MANAGEMENT, 1, 1);
    const p = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE);
    const s = await ok<{ scheduleCommitteeSession: { id: string } }>(
      t,
      SESSION,
      { input: { committeeId: committee.id, heldOn: '2026-07-01' } },
      staff,
    );
    expect(
      codeAndField(
        await t.graphql(AGENDA, {
          token: staff,
          variables: { input: { sessionId: s.scheduleCommitteeSession.id, subjectKind: 'PROJECT', subjectId: p.id } },
        }),
      ),
    ).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'subjectId' });
    expect(
      codeAndField(await t.graphql(SESSION, { token: staff, variables: { input: { committeeId: committee.id, heldOn: '2026-02-30' } } })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'heldOn' });
  });
});

describe('members see only their committee’s dossiers', () => {
  it('refuses a member of another committee: session, dossier, vote and decision', async () => {
    const mine = await createCommittee(t, CommitteeKind.EVALUATION, 1, 1);
    const p = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE);
    const { sessionId, itemId } = await dossierVoted(t, staff, mine.committee.id, p.id, []);
    const outsider = await t.tokenFor('COMMITTEE_MEMBER');
    const other = await createCommittee(t, CommitteeKind.MANAGEMENT, 1, 0);
    await addMember(t, other.committee.id, outsider);

    const member = mine.tokens[0] as string;
    const seen = await ok<{ committeeSession: { agenda: { project: { id: string; needsAnalysis: string | null } }[] } }>(
      t,
      SESSION_Q,
      { id: sessionId },
      member,
    );
    expect(seen.committeeSession.agenda.map((a) => a.project.id)).toEqual([p.id]);
    expect((await ok<{ project: { id: string } }>(t, PROJECT, { id: p.id }, member)).project.id).toBe(p.id);

    const denied = await t.graphql(SESSION_Q, { token: outsider, variables: { id: sessionId } });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.data?.committeeSession ?? null).toBeNull();
    expect(errorCodes(await t.graphql(PROJECT, { token: outsider, variables: { id: p.id } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql(SESSION_Q, { token: outsider, variables: { id: '00000000-0000-4000-8000-000000000000' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const sessions = await ok<{ committeeSessions: { id: string }[] }>(t, '{ committeeSessions { id } }', {}, outsider);
    expect(sessions.committeeSessions).toEqual([]);
    const votesBefore = await count(t, 'vote');
    expect(
      errorCodes(await t.graphql(VOTE, { token: outsider, variables: { input: { agendaItemId: itemId, choice: 'APPROVE' } } })),
    ).toEqual(['FORBIDDEN']);
    expect(await count(t, 'vote')).toBe(votesBefore);
    await ok(t, VOTE, { input: { agendaItemId: itemId, choice: 'APPROVE' } }, member);
    const decisionsBefore = await count(t, 'decision');
    expect(
      errorCodes(await t.graphql(DECIDE, { token: outsider, variables: { input: { agendaItemId: itemId, outcome: 'APPROVED' } } })),
    ).toEqual(['FORBIDDEN']);
    expect(await count(t, 'decision')).toBe(decisionsBefore);
    expect((await ok<{ project: { status: string } }>(t, PROJECT, { id: p.id }, staff)).project.status).toBe('EVALUATION_COMMITTEE');
  });
});

describe('committee administration', () => {
  it('staff create a committee and manage its members; a removed member loses access', async () => {
    const member = await t.tokenFor('COMMITTEE_MEMBER');
    expect(
      codeAndField(
        await t.graphql('mutation($i: CommitteeInput!) { createCommittee(input: $i) { id } }', {
          token: staff,
          variables: { i: { kind: 'TECHNICAL', name: 'Tavolo tecnico', quorum: 0 } },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'quorum' });
    expect(
      errorCodes(
        await t.graphql('mutation($i: CommitteeInput!) { createCommittee(input: $i) { id } }', {
          token: member,
          variables: { i: { kind: 'TECHNICAL', name: 'Tavolo tecnico', quorum: 2 } },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const c = await ok<{ createCommittee: { id: string } }>(
      t,
      'mutation($i: CommitteeInput!) { createCommittee(input: $i) { id } }',
      { i: { kind: 'TECHNICAL', name: 'Tavolo tecnico', quorum: 2 } },
      staff,
    );
    const m = await ok<{ addCommitteeMember: { id: string } }>(
      t,
      'mutation($i: CommitteeMemberInput!) { addCommitteeMember(input: $i) { id } }',
      { i: { committeeId: c.createCommittee.id, userId: userIdOf(member), displayName: 'Referente CGIL', represents: 'CGIL Bologna' } },
      staff,
    );
    const s = await ok<{ scheduleCommitteeSession: { id: string } }>(
      t,
      SESSION,
      { input: { committeeId: c.createCommittee.id, heldOn: '2026-09-24' } },
      staff,
    );
    expect(
      codeAndField(await t.graphql(AGENDA, { token: staff, variables: { input: { sessionId: s.scheduleCommitteeSession.id } } })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'topic' });
    await ok(t, AGENDA, { input: { sessionId: s.scheduleCommitteeSession.id, topic: 'Avanzamento del piano di lavoro' } }, staff);
    const seen = await ok<{ committeeSession: { agenda: { topic: string }[] } }>(
      t,
      SESSION_Q,
      { id: s.scheduleCommitteeSession.id },
      member,
    );
    expect(seen.committeeSession.agenda.map((a) => a.topic)).toEqual(['Avanzamento del piano di lavoro']);
    await ok(t, 'mutation($id: ID!) { removeCommitteeMember(memberId: $id) { active } }', { id: m.addCommitteeMember.id }, staff);
    expect(errorCodes(await t.graphql(SESSION_Q, { token: member, variables: { id: s.scheduleCommitteeSession.id } }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('minutes', () => {
  it('generates a draft from the votes, lets members edit it, then freezes it once approved', async () => {
    const { committee, tokens } = await createCommittee(t, CommitteeKind.EVALUATION, 2, 3);
    const p = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE, { title: 'Cucina di comunità' });
    const { sessionId, itemId } = await dossierVoted(t, staff, committee.id, p.id, [
      { token: tokens[0] as string },
      { token: tokens[1] as string },
      { token: tokens[2] as string, conflict: true },
    ]);
    const nonCash = {
      kind: 'NON_CASH',
      nonCashItems: [
        { kind: 'COURSE_FEES', description: 'Corso HACCP per 4 persone', valueCents: 120_000 },
        { kind: 'STAGE_FUNDING', description: '2 stage di 3 mesi', valueCents: 270_000 },
      ],
    };
    await ok(
      t,
      DECIDE,
      { input: { agendaItemId: itemId, outcome: 'APPROVED', conditions: 'Aggiornare il budget', funding: nonCash } },
      staff,
    );
    const member = tokens[0] as string;
    const draft = await ok<{ generateCommitteeMinutes: { minutes: string; minutesStatus: string } }>(
      t,
      'mutation($id: ID!) { generateCommitteeMinutes(sessionId: $id) { minutes minutesStatus } }',
      { id: sessionId },
      member,
    );
    expect(draft.generateCommitteeMinutes.minutesStatus).toBe('DRAFT');
    expect(draft.generateCommitteeMinutes.minutes).toContain('Cucina di comunità');
    const text = draft.generateCommitteeMinutes.minutes;
    expect(text).toMatch(/^VERBALE DELLA SEDUTA — /);
    expect(text).toMatch(
      /Decisione: APPROVATO il \d{1,2} \w+ \d{4} \(favorevoli 2, contrari 0, astenuti 0, esclusi per conflitto di interessi 1\)/,
    );
    expect(text).toContain('ha dichiarato un conflitto di interessi');
    expect(text).toContain(': favorevole');
    expect(text).toContain('Condizioni: Aggiornare il budget');
    expect(text.replace(/\u00a0/g, ' ')).toContain(
      'Forma di sostegno scelta: sostegno non monetario di 3.900,00 € (corso pagato: Corso HACCP per 4 persone, 1.200,00 €; stage finanziati: 2 stage di 3 mesi, 2.700,00 €).',
    );
    expect(text).not.toMatch(/\b(APPROVE|REJECT|ABSTAIN|Decision|Minutes)\b|\d{4}-\d{2}-\d{2}/); // no raw codes, no ISO dates
    // The verbale as a PDF: members and staff download it; others are refused; its text is the verbale's.
    const pdfUrl = t.url.replace('/graphql', `/files/projects/minutes/${sessionId}`);
    const pdf = await fetch(pdfUrl, { headers: { authorization: `Bearer ${member}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="verbale-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const shown = pdfText(bytes);
    expect(shown).toContain('BOZZA');
    expect(shown).toContain('VERBALE DELLA SEDUTA');
    expect(shown).toContain('Cucina di comunità');
    expect(shown).toContain('favorevole');
    expect(shown).toContain('Condizioni: Aggiornare il budget');
    const outsider = (await createCommittee(t, CommitteeKind.MANAGEMENT, 1, 1)).tokens[0] as string;
    expect((await fetch(pdfUrl, { headers: { authorization: `Bearer ${outsider}` } })).status).toBe(403);
    expect((await fetch(pdfUrl)).status).toBe(401);
    const none = t.url.replace('/graphql', '/files/projects/minutes/not-an-id');
    expect((await fetch(none, { headers: { authorization: `Bearer ${staff}` } })).status).toBe(404);
    const UPDATE = 'mutation($id: ID!, $text: String!) { updateCommitteeMinutes(sessionId: $id, text: $text) { minutes } }';
    await ok(t, UPDATE, { id: sessionId, text: `${draft.generateCommitteeMinutes.minutes}\nLetto e approvato.` }, member);
    const approved = await ok<{ approveCommitteeMinutes: { minutesStatus: string; minutes: string } }>(
      t,
      'mutation($id: ID!) { approveCommitteeMinutes(sessionId: $id) { minutesStatus minutes } }',
      { id: sessionId },
      staff,
    );
    expect(approved.approveCommitteeMinutes.minutesStatus).toBe('APPROVED');
    expect(approved.approveCommitteeMinutes.minutes).toContain('Letto e approvato.');
    expect(codeAndField(await t.graphql(UPDATE, { token: member, variables: { id: sessionId, text: 'altro' } }))).toEqual({
      code: 'CONFLICT',
      field: 'sessionId',
    });
  });

  it('writes the verbale from the template the secretary saves (versioned, previewed); bad templates and other members are refused', async () => {
    const { committee, tokens } = await createCommittee(t, CommitteeKind.EVALUATION, 2, 3);
    const [chair, plain, third] = tokens as [string, string, string];
    const secretary = await t.tokenFor('COMMITTEE_MEMBER');
    const added = await ok<{ addCommitteeMember: { role: string } }>(
      t,
      'mutation($i: CommitteeMemberInput!) { addCommitteeMember(input: $i) { role } }',
      { i: { committeeId: committee.id, userId: userIdOf(secretary), displayName: 'Giulia Marchetti', role: 'SECRETARY' } },
      staff,
    );
    expect(added.addCommitteeMember.role).toBe('SECRETARY');
    const p = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE, { title: 'Orti condivisi' });
    const { sessionId, itemId } = await dossierVoted(t, staff, committee.id, p.id, [
      { token: chair },
      { token: plain, choice: 'REJECT' },
      { token: third, conflict: true },
      { token: secretary },
    ]);
    // The evaluation committee approves by choosing the form of support (seeds/004_d739117af2e17cc1.txt:257-258).
    await ok(
      t,
      DECIDE,
      {
        input: {
          agendaItemId: itemId,
          outcome: 'APPROVED',
          conditions: 'Rivedere il piano dei costi',
          funding: { kind: 'GRANT', investmentCents: 500_000, servicesCents: 100_000 },
        },
      },
      secretary,
    );

    const TEMPLATE_Q =
      'query($c: ID) { committeeMinutesTemplate(committeeId: $c) { source version body placeholders { name perItem } } committeeMinutesTemplateVersions(committeeId: $c) { version body createdBy } }';
    const SAVE =
      'mutation($c: ID, $b: String!) { saveCommitteeMinutesTemplate(committeeId: $c, body: $b) { id version body committeeId } }';
    const PREVIEW = 'query($s: ID!, $b: String) { previewCommitteeMinutes(sessionId: $s, template: $b) }';
    const before = await ok<{
      committeeMinutesTemplate: {
        source: string;
        version: number | null;
        body: string;
        placeholders: { name: string; perItem: boolean }[];
      };
      committeeMinutesTemplateVersions: unknown[];
    }>(t, TEMPLATE_Q, { c: committee.id }, plain);
    expect(before.committeeMinutesTemplate).toMatchObject({ source: 'BUILT_IN', version: null });
    expect(before.committeeMinutesTemplate.body).toContain('{{#punti}}');
    expect(before.committeeMinutesTemplate.placeholders).toContainEqual({ name: 'votazione', perItem: true });
    expect(before.committeeMinutesTemplateVersions).toEqual([]);

    const body = [
      'Verbale del {{comitato}} — seduta del {{data_seduta}} ({{luogo}})',
      'Presiede {{presidente}}; verbalizza {{segretario}}.',
      '{{#punti}}',
      'Punto {{numero}}: {{argomento}}',
      '  {{votazione}}',
      '  Conflitti dichiarati: {{conflitti}}',
      '  Esito: {{decisione}}',
      '  Condizioni: {{condizioni}}',
      '{{/punti}}',
    ].join('\n');
    // A bad placeholder: refused with the reason, the placeholder and the line; nothing saved, nothing previewed.
    const bad = await t.graphql(SAVE, { token: secretary, variables: { c: committee.id, b: body.replace('{{argomento}}', '{{titolo}}') } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MINUTES_TEMPLATE_UNKNOWN_PLACEHOLDER',
      field: 'body',
      params: { placeholder: 'titolo', line: 4 },
    });
    const outside = await t.graphql(PREVIEW, { token: secretary, variables: { s: sessionId, b: 'Esito: {{esito}}' } });
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      reason: 'MINUTES_TEMPLATE_ITEM_OUTSIDE_BLOCK',
      params: { placeholder: 'esito', line: 1 },
    });
    // Members other than the secretary cannot save it (FORBIDDEN with the reason); the global template is staff's.
    const byMember = await t.graphql(SAVE, { token: plain, variables: { c: committee.id, b: body } });
    expect(byMember.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MINUTES_TEMPLATE_SECRETARY_ONLY' });
    const global = await t.graphql(SAVE, { token: secretary, variables: { c: null, b: body } });
    expect(global.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MINUTES_TEMPLATE_GLOBAL_STAFF_ONLY' });
    expect(await count(t, 'minutes_template')).toBe(0);

    // The preview writes the verbale with the names, the votes in words, the conflict, the decision, and saves nothing.
    const preview = (await ok<{ previewCommitteeMinutes: string }>(t, PREVIEW, { s: sessionId, b: body }, secretary))
      .previewCommitteeMinutes;
    expect(preview.split('\n')).toEqual([
      `Verbale del ${committee.name} — seduta del 12 maggio 2026 (Sala test)`,
      'Presiede Membro 1; verbalizza Giulia Marchetti.',
      'Punto 1: Orti condivisi — Associazione Test APS',
      '  Votazione:',
      '  - Membro 1: favorevole',
      '  - Membro 2: contrario',
      '  - Membro 3: ha dichiarato un conflitto di interessi (Socio dell’associazione proponente) e non ha votato',
      '  - Giulia Marchetti: favorevole',
      '  Conflitti dichiarati: Membro 3 (Socio dell’associazione proponente)',
      '  Esito: APPROVATO il 12 maggio 2026 (favorevoli 2, contrari 1, astenuti 0, esclusi per conflitto di interessi 1)',
      '  Condizioni: Rivedere il piano dei costi',
    ]);
    expect(
      (await ok<{ committeeSession: { minutesStatus: string } }>(t, SESSION_Q, { id: sessionId }, staff)).committeeSession.minutesStatus,
    ).toBe('NONE');

    // Saved: version 1, then 2; the same text again is a natural duplicate (CONFLICT with the existing id).
    const v1 = (
      await ok<{ saveCommitteeMinutesTemplate: { id: string; version: number } }>(t, SAVE, { c: committee.id, b: body }, secretary)
    ).saveCommitteeMinutesTemplate;
    expect(v1.version).toBe(1);
    const again = await t.graphql(SAVE, { token: secretary, variables: { c: committee.id, b: body } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MINUTES_TEMPLATE_UNCHANGED', existingId: v1.id });
    const v2body = `${body}\nFirmato: {{segretario}}`;
    const v2 = (await ok<{ saveCommitteeMinutesTemplate: { version: number } }>(t, SAVE, { c: committee.id, b: v2body }, staff))
      .saveCommitteeMinutesTemplate;
    expect(v2.version).toBe(2);
    const after = await ok<{
      committeeMinutesTemplate: { source: string; version: number; body: string };
      committeeMinutesTemplateVersions: { version: number; createdBy: string }[];
    }>(t, TEMPLATE_Q, { c: committee.id }, plain);
    expect(after.committeeMinutesTemplate).toMatchObject({ source: 'COMMITTEE', version: 2, body: v2body });
    expect(after.committeeMinutesTemplateVersions.map((v) => [v.version, v.createdBy])).toEqual([
      [2, userIdOf(staff)],
      [1, userIdOf(secretary)],
    ]);
    // An outsider reads no template of this committee.
    const outsider = (await createCommittee(t, CommitteeKind.MANAGEMENT, 1, 1)).tokens[0] as string;
    expect(errorCodes(await t.graphql(TEMPLATE_Q, { token: outsider, variables: { c: committee.id } }))).toEqual(['FORBIDDEN']);

    // The draft is written from the committee's newest template.
    const draft = await ok<{ generateCommitteeMinutes: { minutes: string } }>(
      t,
      'mutation($id: ID!) { generateCommitteeMinutes(sessionId: $id) { minutes } }',
      { id: sessionId },
      secretary,
    );
    expect(draft.generateCommitteeMinutes.minutes).toMatch(/^Verbale del /);
    expect(draft.generateCommitteeMinutes.minutes).toContain('- Membro 2: contrario');
    expect(draft.generateCommitteeMinutes.minutes.split('\n').at(-1)).toBe('Firmato: Giulia Marchetti');
  });
});
