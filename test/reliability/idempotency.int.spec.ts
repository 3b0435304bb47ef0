/**
 * Nothing counts twice (issue 28): each create mutation sent ten times at once and twice in a row,
 * with and without an `Idempotency-Key`, leaves exactly one record; with a key every caller gets the
 * first call's stored answer, without one the repeats get CONFLICT naming the existing record. The
 * key is kept in PostgreSQL: a second gateway replica and a restarted gateway answer the same.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { readSupergraph, requestHash, startGateway, type RunningGateway } from '@ixl/gateway';
import { approveRequest, bootTestStack, factories, withApproval, type TestStack } from '@ixl/testkit';
import { codeOf, idOf, repeatKit, ten, vat, type Answer } from './support/repeats.js';
import { seedProfiles, matchingProfile } from '../../subgraphs/companies/test/factories.js';
import {
  approveFunding,
  fundingApproved,
  loanOfDecision,
  riskShareSettled,
  settleRiskShare,
} from '../../subgraphs/finance/test/factories.js';
import { edition as trainingEdition, participants, testCodiceFiscale } from '../../subgraphs/training/test/factories.js';
import { createCommittee, projectAt, userIdOf } from '../../subgraphs/projects/test/factories.js';
import { AGENDA, SESSION, VOTE } from '../../subgraphs/projects/test/operations.js';
import { CommitteeKind } from '../../subgraphs/projects/src/entities/enums.js';
import { ProjectStatus } from '../../subgraphs/projects/src/entities/project.entity.js';

let t: TestStack;
let staff: string;
let staff2: string;
let admin: string;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  staff2 = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await t?.stop();
});

const { send, sql, countOf, repeats } = repeatKit(() => t);

describe('recordPlacement', () => {
  const RECORD = 'mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id type startDate company { id } } }';
  let company: { id: string };
  const person = matchingProfile({ firstName: 'Marta' });
  const other = matchingProfile({ firstName: 'Karim' });
  let month = 0;
  /** A stage in its own month (2010 on), so rounds never overlap each other. */
  const stage = (overrides: Record<string, unknown> = {}) => {
    const m = month++;
    const ym = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    return {
      i: {
        beneficiaryId: person.beneficiaryId,
        companyId: company.id,
        type: 'STAGE',
        hoursPerWeek: 30,
        startDate: `${ym}-01`,
        endDate: `${ym}-20`,
        ...overrides,
      },
    };
  };
  const placements = (vars: Record<string, unknown>) => {
    const i = vars.i as { beneficiaryId: string };
    return countOf('companies', 'select count(*) as n from companies.placement where beneficiary_id = ?', [i.beneficiaryId]);
  };

  beforeAll(async () => {
    company = await factories.createCompany(t.stack, 'Rekeep');
    await seedProfiles(t, [person, other]);
  });

  it('ten at once and twice in a row, with and without a key: one placement each time; PlacementRecorded once', async () => {
    let before = 0;
    await repeats({
      field: 'recordPlacement',
      query: RECORD,
      token: () => staff,
      natural: true,
      fresh: async () => {
        before = await placements({ i: { beneficiaryId: person.beneficiaryId } });
        return stage();
      },
      count: async (vars) => (await placements(vars)) - before,
    });
    const events = await countOf('companies', `select count(*) as n from companies.outbox_event where type = 'PlacementRecorded'`);
    expect(events).toBe(await placements({ i: { beneficiaryId: person.beneficiaryId } }));
  });

  it('refuses an overlapping placement of the same kind at the same company, naming it; another kind or person is fine', async () => {
    const first = await send(RECORD, stage({ startDate: '2026-03-01', endDate: '2026-06-30' }), { token: staff });
    const overlap = await send(RECORD, stage({ startDate: '2026-05-01', endDate: '2026-09-30' }), { token: staff });
    expect(codeOf(overlap)).toBe('CONFLICT');
    expect(overlap.errors?.[0]?.extensions).toMatchObject({ reason: 'OVERLAPS_EXISTING', existingId: idOf(first, 'recordPlacement') });
    const hire = await send(RECORD, stage({ type: 'ASSUNZIONE', contract: 'TEMPO_DETERMINATO', startDate: '2026-05-01', endDate: null }), {
      token: staff,
    });
    expect(hire.errors).toBeUndefined();
    const someoneElse = await send(RECORD, stage({ beneficiaryId: other.beneficiaryId, startDate: '2026-05-01', endDate: '2026-09-30' }), {
      token: staff,
    });
    expect(someoneElse.errors).toBeUndefined();
    // A permanent hire has no end date (its termination is not recorded): it does not block a later contract there.
    const permanent = await send(
      RECORD,
      stage({ type: 'ASSUNZIONE', contract: 'TEMPO_INDETERMINATO', startDate: '2027-01-10', endDate: null }),
      {
        token: staff,
      },
    );
    expect(permanent.errors).toBeUndefined();
    const later = await send(
      RECORD,
      stage({ type: 'ASSUNZIONE', contract: 'TEMPO_DETERMINATO', startDate: '2028-02-01', endDate: '2028-12-31' }),
      {
        token: staff,
      },
    );
    expect(later.errors).toBeUndefined();
    // An open-ended stage starting inside another is still an overlap.
    const inside = await send(RECORD, stage({ startDate: '2026-04-01', endDate: null }), { token: staff });
    expect(inside.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', existingId: idOf(first, 'recordPlacement') });
    // A renewal may overlap the placement it renews (it is linked to it, not a duplicate).
    const renewal = await send(
      RECORD,
      stage({ startDate: '2026-06-15', endDate: '2026-12-31', previousPlacementId: idOf(first, 'recordPlacement'), followUp: 'RENEWAL' }),
      { token: staff },
    );
    expect(renewal.errors).toBeUndefined();
  });

  it('refuses the same key with another input (BAD_USER_INPUT IDEMPOTENCY_KEY_REUSED, naming the header), changing nothing', async () => {
    const key = randomUUID();
    const first = await send(RECORD, stage(), { token: staff, key });
    expect(first.errors).toBeUndefined();
    const before = await placements({ i: { beneficiaryId: person.beneficiaryId } });
    const reused = await send(RECORD, stage(), { token: staff, key });
    expect(reused.status).toBe(422);
    expect(reused.data).toBeUndefined();
    expect(reused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(reused.errors?.[0]?.message).toMatch(/Idempotency-Key/);
    expect(await placements({ i: { beneficiaryId: person.beneficiaryId } })).toBe(before);
    // The same variables in another order and the same operation laid out differently are the same input.
    const vars = stage();
    const k2 = randomUUID();
    const a = await send(RECORD, vars, { token: staff, key: k2 });
    const reordered = { i: Object.fromEntries(Object.entries(vars.i).reverse()) };
    const b = await send(RECORD.replace(/ /g, '  '), reordered, { token: staff, key: k2 });
    expect(b).toMatchObject({ replayed: true, data: a.data });
  });

  it('refuses a malformed key, and keys are per caller (another user with the same key runs its own call)', async () => {
    const bad = await send(RECORD, stage(), { token: staff, key: 'bad key with spaces' });
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_INVALID', field: 'Idempotency-Key' });
    const key = randomUUID();
    const mine = await send(RECORD, stage(), { token: staff, key });
    const theirs = await send(RECORD, stage(), { token: staff2, key });
    expect(mine.errors).toBeUndefined();
    expect(theirs).toMatchObject({ replayed: false });
    expect(theirs.errors).toBeUndefined();
    expect(idOf(theirs, 'recordPlacement')).not.toBe(idOf(mine, 'recordPlacement'));
  });

  it('queries ignore the header; a refused call (bad input) is the stored answer too', async () => {
    const q = await send('{ __typename }', {}, { token: staff, key: randomUUID() });
    expect(q).toMatchObject({ status: 200, replayed: false, data: { __typename: 'Query' } });
    const key = randomUUID();
    const bad = stage({ hoursPerWeek: 99 });
    const first = await send(RECORD, bad, { token: staff, key });
    expect(codeOf(first)).toBe('BAD_USER_INPUT');
    expect(await send(RECORD, bad, { token: staff, key })).toMatchObject({ replayed: true, errors: first.errors });
  });

  it('a transient failure is not stored: after the subgraph is back, a retry with the same key records the placement once', async () => {
    const key = randomUUID();
    const vars = stage();
    await t.stack.stopSubgraph('companies');
    let down: Answer;
    try {
      down = await send(RECORD, vars, { token: staff, key });
    } finally {
      await t.stack.startSubgraph('companies');
    }
    expect(codeOf(down)).not.toBeUndefined();
    expect(down.data?.recordPlacement ?? null).toBeNull();
    const retry = await send(RECORD, vars, { token: staff, key });
    expect(retry).toMatchObject({ replayed: false });
    expect(retry.errors).toBeUndefined();
    expect(await send(RECORD, vars, { token: staff, key })).toMatchObject({ replayed: true, data: retry.data });
  });

  it('works across two gateway replicas on one database and survives a gateway restart; expired keys are purged', async () => {
    const second = await startGateway({ ...t.stack.configs.gateway, port: 0 }, readSupergraph(), () => undefined);
    gateways.push(second);
    const vars = stage();
    const key = randomUUID();
    const before = await placements(vars);
    const answers = await ten((i) => send(RECORD, vars, { token: staff, key, url: i % 2 ? second.url : t.url }));
    expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
    expect(new Set(answers.map((a) => idOf(a, 'recordPlacement'))).size).toBe(1);
    expect(await placements(vars)).toBe(before + 1);
    // The replica that answered nothing yet is restarted: the key is still known.
    await second.stop();
    const restarted = await startGateway({ ...t.stack.configs.gateway, port: 0 }, readSupergraph(), () => undefined);
    gateways.push(restarted);
    expect(await send(RECORD, vars, { token: staff, key, url: restarted.url })).toMatchObject({ replayed: true, data: answers[0]?.data });
    // A day and more later the key is gone: the same call runs again, and the database refuses the duplicate.
    expect(await restarted.purgeExpiredIdempotencyKeys(new Date(Date.now() + 25 * 60 * 60 * 1000))).toBeGreaterThan(0);
    const later = await send(RECORD, vars, { token: staff, key, url: restarted.url });
    expect(later.replayed).toBe(false);
    expect(codeOf(later)).toBe('CONFLICT');
    expect(later.errors?.[0]?.extensions?.existingId).toBe(idOf(answers[0]!, 'recordPlacement'));
    expect(await placements(vars)).toBe(before + 1);
  });

  it('the course KPIs count each placement once, whatever the repeats', async () => {
    const body = await factories.createTrainingBody(t.stack);
    const { edition } = await trainingEdition(t.stack, body.id, { startDate: '2020-02-03', endDate: '2020-10-30' });
    const [participant] = await participants(t.stack, edition.id, 1);
    const profile = matchingProfile({ beneficiaryId: participant!.beneficiaryId, firstName: 'Lucia' });
    await seedProfiles(t, [profile]);
    const placed = (startDate: string) => ({
      i: {
        beneficiaryId: profile.beneficiaryId,
        companyId: company.id,
        type: 'STAGE',
        hoursPerWeek: 30,
        startDate,
        sourceEditionId: edition.id,
      },
    });
    await ten(() => send(RECORD, placed('2020-11-16'), { token: staff }));
    const key = randomUUID();
    await ten(() => send(RECORD, placed('2021-02-01'), { token: staff, key }));
    await send(RECORD, placed('2021-02-01'), { token: staff, key });
    await factories.drainEvents(t.stack);
    const r = await send(
      'query($id: ID!) { courseEdition(id: $id) { kpis(basis: ALL_PARTICIPANTS) { population placements employed } } }',
      { id: edition.id },
      { token: staff },
    );
    expect(r.data?.courseEdition).toEqual({ kpis: { population: 1, placements: 2, employed: 1 } });
  });

  it('a repeat waits for a call still running (CONFLICT IDEMPOTENCY_KEY_IN_PROGRESS after the wait); a key left by a dead gateway is taken over', async () => {
    const impatient = await startGateway({ ...t.stack.configs.gateway, port: 0 }, readSupergraph(), () => undefined, {
      idempotency: { waitMs: 300, staleLockMs: 60_000 },
    });
    gateways.push(impatient);
    const vars = stage();
    const key = randomUUID();
    const hash = requestHash({ variables: vars }, parse(RECORD));
    // As if another replica had claimed the key and were still running the call.
    await sql(
      'people',
      `insert into gateway.idempotency_key (caller, key, request_hash, status, locked_at, expires_at) values (?, ?, ?, 'IN_PROGRESS', now(), now() + interval '1 day')`,
      [userIdOf(staff), key, hash],
    );
    const before = await placements(vars);
    const busy = await send(RECORD, vars, { token: staff, key, url: impatient.url });
    expect(busy.status).toBe(409);
    expect(busy.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS', field: 'Idempotency-Key' });
    expect(await placements(vars)).toBe(before);
    // That replica died two minutes ago: the next repeat runs the call, once.
    await sql('people', `update gateway.idempotency_key set locked_at = now() - interval '2 minutes' where key = ?`, [key]);
    const taken = await send(RECORD, vars, { token: staff, key, url: impatient.url });
    expect(taken).toMatchObject({ replayed: false });
    expect(taken.errors).toBeUndefined();
    expect(await placements(vars)).toBe(before + 1);
    expect(await send(RECORD, vars, { token: staff, key })).toMatchObject({ replayed: true, data: taken.data });
  });
});

describe('the other create mutations', () => {
  it('enrolInCourse: one enrolment per person and edition', async () => {
    const body = await factories.createTrainingBody(t.stack);
    const { edition } = await trainingEdition(t.stack, body.id, { seats: 30 });
    const ENROL = 'mutation($i: EnrolInCourseInput!) { enrolInCourse(input: $i) { id status } }';
    await repeats({
      field: 'enrolInCourse',
      query: ENROL,
      token: () => staff,
      natural: true,
      fresh: async () => {
        const person = await factories.createBeneficiary(t.stack);
        return {
          i: { editionId: edition.id, beneficiaryId: person.id, participantName: 'Giulia R.', codiceFiscale: person.codiceFiscale },
        };
      },
      count: (v) =>
        countOf('training', 'select count(*) as n from training.enrolment where beneficiary_id = ?', [
          (v.i as { beneficiaryId: string }).beneficiaryId,
        ]),
    });
    expect(testCodiceFiscale()).toHaveLength(16);
  });

  it('createTrainingBody and registerCompany: one per name and per partita IVA', async () => {
    await repeats({
      field: 'createTrainingBody',
      query: 'mutation($i: CreateTrainingBodyInput!) { createTrainingBody(input: $i) { id name } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ i: { name: `Ente ${randomUUID().slice(0, 8)}` } }),
      count: (v) =>
        countOf('training', 'select count(*) as n from training.training_body where name = ?', [(v.i as { name: string }).name]),
    });
    let n = 0;
    await repeats({
      field: 'registerCompany',
      query: 'mutation($i: CompanyFieldsInput!) { registerCompany(input: $i) { id name } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ i: { name: `Azienda ${++n}`, vatNumber: vat(), municipalityCode: '037006' } }),
      count: (v) =>
        countOf('companies', 'select count(*) as n from companies.company where vat_number = ?', [
          (v.i as { vatNumber: string }).vatNumber,
        ]),
    });
  });

  it('postVacancy has no natural key: the Idempotency-Key is what keeps a double submission single', async () => {
    const company = await factories.createCompany(t.stack);
    await repeats({
      field: 'postVacancy',
      query: 'mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }',
      token: () => staff,
      natural: false,
      fresh: async () => ({ i: { title: `Magazziniere ${randomUUID().slice(0, 6)}`, municipalityCode: '037006', companyId: company.id } }),
      count: (v) => countOf('companies', 'select count(*) as n from companies.vacancy where title = ?', [(v.i as { title: string }).title]),
    });
  });

  it('addCommitteeAgendaItem: a dossier once per session; castCommitteeVote: one vote per member and dossier', async () => {
    const { committee, tokens } = await createCommittee(t, CommitteeKind.EVALUATION, 1, 1);
    let heldOn = 10;
    let itemId = '';
    await repeats({
      field: 'addCommitteeAgendaItem',
      query: AGENDA,
      token: () => staff,
      natural: true,
      fresh: async () => {
        const project = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE);
        const session = await send(
          SESSION,
          { input: { committeeId: committee.id, heldOn: `2026-06-${heldOn++}`, location: 'Sala test' } },
          { token: staff },
        );
        return { input: { sessionId: idOf(session, 'scheduleCommitteeSession'), subjectKind: 'PROJECT', subjectId: project.id } };
      },
      count: async (v) => {
        const input = v.input as { sessionId: string; subjectId: string };
        const rows = await sql('projects', 'select id from projects.agenda_item where session_id = ? and subject_id = ?', [
          input.sessionId,
          input.subjectId,
        ]);
        itemId = String(rows[0]?.id ?? '');
        return rows.length;
      },
    });
    // A vote can be changed until the decision: the same vote again is the same row (no error); ten at
    // once leave one row, every answer naming it (the vote, or CONFLICT with its id).
    const member = tokens[0]!;
    const votes = () => countOf('projects', 'select count(*) as n from projects.vote where agenda_item_id = ?', [itemId]);
    const vote = { input: { agendaItemId: itemId, choice: 'APPROVE' } };
    const answers = await ten(() => send(VOTE, vote, { token: member }));
    const ids = answers.map((a) => idOf(a, 'castCommitteeVote') ?? a.errors?.[0]?.extensions?.existingId);
    expect(answers.every((a) => !a.errors || codeOf(a) === 'CONFLICT')).toBe(true);
    expect(new Set(ids).size).toBe(1);
    expect(await votes()).toBe(1);
    const again = await send(VOTE, vote, { token: member });
    expect(idOf(again, 'castCommitteeVote')).toBe(ids[0]);
    const keyed = await ten(() =>
      send(VOTE, { input: { agendaItemId: itemId, choice: 'REJECT' } }, { token: member, key: 'vote-reject-1' }),
    );
    expect(new Set(keyed.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(await votes()).toBe(1);
  });

  it('recordAttendance: one row per participant and session, whatever the repeats', async () => {
    const body = await factories.createTrainingBody(t.stack);
    const { edition, sessions } = await trainingEdition(t.stack, body.id, { sessions: 2 });
    const [participant] = await participants(t.stack, edition.id, 1);
    const RECORD = 'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { enrolmentId sessionId hours } }';
    const rows = (sessionId: string) =>
      countOf('training', 'select count(*) as n from training.attendance where enrolment_id = ? and session_id = ?', [
        participant!.id,
        sessionId,
      ]);
    for (const [session, key] of [
      [sessions[0]!, undefined],
      [sessions[1]!, randomUUID()],
    ] as const) {
      const vars = { i: { enrolmentId: participant!.id, sessionId: session.id, hours: 2 } };
      const answers = await ten(() => send(RECORD, vars, { token: staff, ...(key ? { key } : {}) }));
      expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
      expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
      expect((await send(RECORD, vars, { token: staff, ...(key ? { key } : {}) })).data).toEqual(answers[0]?.data);
      expect(await rows(session.id)).toBe(1);
    }
  });

  it('startBeneficiaryService: one open service of a kind per person', async () => {
    await repeats({
      field: 'startBeneficiaryService',
      query: 'mutation($b: ID!, $k: BeneficiaryServiceKind!) { startBeneficiaryService(beneficiaryId: $b, kind: $k) { id kind } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ b: (await factories.createBeneficiary(t.stack)).id, k: 'CV_REVIEW' }),
      count: (v) => countOf('people', 'select count(*) as n from people.service_record where beneficiary_id = ?', [v.b]),
    });
  });

  // Money operations (issue 26) are prepared as approval requests: the repeats make one request, paid once when approved.
  const pendingRequests = (kind: string, key: string, value: string) =>
    countOf('finance', `select count(*) as n from finance.approval_request where kind = ? and state = 'PENDING' and payload->>? = ?`, [
      kind,
      key,
      value,
    ]);
  const approveAllPending = async (kind: string) => {
    const rows = await sql('finance', `select id from finance.approval_request where kind = ? and state = 'PENDING' order by created_at`, [
      kind,
    ]);
    for (const r of rows) await approveRequest(t, admin, r.id as string);
  };

  it('payTrainingSettlement: a settlement is paid once; its ledger total is unchanged by the repeats', async () => {
    const PAY = 'mutation($id: ID!, $on: String!) { payTrainingSettlement(settlementId: $id, paidOn: $on) { request { id } } }';
    const ids: string[] = [];
    const fresh = async () => {
      const s = riskShareSettled();
      await settleRiskShare(t, s);
      ids.push(s.settlementId);
      return { id: s.settlementId, on: '2026-07-15' };
    };
    await repeats({
      field: 'payTrainingSettlement',
      query: PAY,
      token: () => staff,
      natural: true,
      fresh,
      count: (v) => pendingRequests('PAY_TRAINING_SETTLEMENT', 'settlementId', v.id as string),
      idOf: (a) => (a.data?.payTrainingSettlement?.request as { id?: string } | undefined)?.id,
    });
    await approveAllPending('PAY_TRAINING_SETTLEMENT');
    // The ledger holds one payment per settlement, whatever the repeats.
    const total = await countOf(
      'finance',
      `select coalesce(sum(amount_cents), 0) as n from finance.ledger_entry where account = 'SETTLEMENT_PAID'`,
    );
    expect(total).toBe(ids.length * 240_000);
  });

  it('recordLoanRepayment: the same payment (loan, day, amount) once; the loan position is unchanged by the repeats', async () => {
    const REPAY = 'mutation($i: LoanRepaymentInput!) { recordLoanRepayment(input: $i) { request { id } } }';
    const plafond = await withApproval(
      t,
      'mutation($a: Int!, $d: String!) { setGuaranteePlafond(amountCents: $a, effectiveFrom: $d) { amountCents } }',
      { variables: { a: 10_000_000, d: '2025-01-01' }, token: staff, approver: admin, resultType: 'GuaranteePlafond' },
    );
    expect(plafond.errors).toBeUndefined();
    const funding = fundingApproved();
    await approveFunding(t, funding);
    const loan = await loanOfDecision(t, funding.decisionId);
    const d = await withApproval(t, 'mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status } }', {
      variables: { i: { loanId: loan.id, contractDate: '2026-01-20', disbursedOn: '2026-01-25' } },
      token: staff,
      approver: admin,
      resultType: 'Loan',
    });
    expect(d.errors).toBeUndefined();
    let day = 1;
    const repaid = () =>
      countOf(
        'finance',
        `select coalesce(sum(amount_cents), 0) as n from finance.ledger_entry where loan_id = ? and account = 'LOAN_PRINCIPAL_REPAID'`,
        [loan.id],
      );
    await repeats({
      field: 'recordLoanRepayment',
      query: REPAY,
      token: () => staff,
      natural: true,
      fresh: async () => ({ i: { loanId: loan.id, paidOn: `2026-02-${String(++day).padStart(2, '0')}`, amountCents: 10_000 } }),
      count: (v) => pendingRequests('RECORD_LOAN_REPAYMENT', 'paidOn', (v.i as { paidOn: string }).paidOn),
      idOf: (a) => (a.data?.recordLoanRepayment?.request as { id?: string } | undefined)?.id,
    });
    // Approved one after the other: each request was prepared on the loan as it then was, so only the first stands.
    const requests = await sql(
      'finance',
      `select id from finance.approval_request where kind = 'RECORD_LOAN_REPAYMENT' and state = 'PENDING' order by created_at`,
    );
    expect(requests).toHaveLength(2);
    await approveRequest(t, admin, requests[0]!.id as string);
    const stale = await t.graphql('mutation($id: ID!) { approveApprovalRequest(id: $id) { state } }', {
      token: admin,
      variables: { id: requests[1]!.id },
    });
    expect(stale.errors?.[0]?.extensions?.reason).toBe('APPROVAL_TARGET_CHANGED');
    const again = await withApproval(t, REPAY.replace('{ request { id } }', '{ id }'), {
      variables: { i: { loanId: loan.id, paidOn: '2026-02-04', amountCents: 10_000 } },
      token: staff,
      approver: admin,
      resultType: 'LoanRepayment',
    });
    expect(again.errors).toBeUndefined();
    // Two payments: the approved request of the rounds, then one more: 2 × €100 of early principal, nothing more.
    expect(await repaid()).toBe(20_000);
  });
});
