import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { advance, backdateRegistration, countRows, defaultAnswers, eventsOf, peopleCounts, registerPerson, statusOf } from './factories.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
const SCHEDULE =
  'mutation($b: ID!, $at: DateTimeISO!, $m: InterviewMode!) { scheduleIntakeInterview(beneficiaryId: $b, scheduledAt: $at, mode: $m, location: "Via Libia 1") { id status mode operatorName scheduledAt } }';
const OUTCOME =
  'mutation($i: ID!, $a: Boolean!) { recordIntakeInterviewOutcome(interviewId: $i, attended: $a, notes: "Motivata, cerca lavoro nelle pulizie") { id status } }';
const CALL =
  'mutation($b: ID!, $at: DateTimeISO, $ans: Boolean!) { recordContactAttempt(beneficiaryId: $b, channel: PHONE, answered: $ans, at: $at) { attempt { id } proposal { propose reason unansweredCalls missedInterviews } } }';
const OUT =
  'mutation($b: ID!, $r: FuoriProtocolloReason!) { putBeneficiaryOutOfProtocol(beneficiaryId: $b, reason: $r, note: "Found a job by himself") { id status fuoriProtocolloReason } }';
const READMIT = 'mutation($b: ID!) { readmitBeneficiary(beneficiaryId: $b, note: "Called back") { id status fuoriProtocolloReason } }';
const CHANGE =
  'mutation($b: ID!, $to: BeneficiaryStatus!) { changeBeneficiaryStatus(beneficiaryId: $b, to: $to, reason: "Enters matching") { id status } }';
const HISTORY =
  'query($id: ID!) { beneficiary(id: $id) { status statusHistory { from to reason fuoriProtocolloReason actorId actorRole } } }';

describe('intake interview and its 15-day SLA', () => {
  it('schedules with mode and operator, shows the appointment to the person (not the notes), and records the outcome', async () => {
    const p = await registerPerson(t);
    const s = await t.graphql<{ scheduleIntakeInterview: { id: string; status: string; mode: string; operatorName: string } }>(SCHEDULE, {
      token: staff,
      variables: { b: p.id, at: tomorrow(), m: 'IN_PERSON' },
    });
    expect(s.errors).toBeUndefined();
    expect(s.data?.scheduleIntakeInterview).toMatchObject({ status: 'SCHEDULED', mode: 'IN_PERSON', operatorName: 'Test STAFF' });
    expect(await statusOf(t, p.id)).toBe('INTERVIEW_SCHEDULED');
    const interviewId = s.data?.scheduleIntakeInterview.id ?? '';
    // Booked for tomorrow: it cannot be recorded as held today (issue 19); nothing changes.
    const early = await peopleCounts(t);
    const ahead = await t.graphql(OUTCOME, { token: staff, variables: { i: interviewId, a: true } });
    expect(errorCodes(ahead)).toEqual(['ILLEGAL_TRANSITION']);
    expect(ahead.errors?.[0]?.extensions?.field).toBe('interviewId');
    expect(await statusOf(t, p.id)).toBe('INTERVIEW_SCHEDULED');
    expect(await peopleCounts(t)).toEqual(early);
    // The day comes (the appointment's time moves to ten minutes ago): now it is recorded.
    await t.stack.subgraphs.people.orm.em
      .fork()
      .execute(`update people.interview set scheduled_at = now() - interval '10 minutes' where id = ?`, [interviewId]);
    const done = await t.graphql(OUTCOME, { token: staff, variables: { i: interviewId, a: true } });
    expect(done.errors).toBeUndefined();
    expect(await statusOf(t, p.id)).toBe('INTERVIEWED');
    const own = await t.graphql<{
      myBeneficiary: {
        interviews: { status: string; mode: string }[];
        interviewSla: { daysWaited: number; metSla: boolean; overdue: boolean };
      };
    }>('{ myBeneficiary { interviews { status mode } interviewSla { daysWaited metSla overdue } } }', { token: p.token });
    expect(own.data?.myBeneficiary.interviews).toEqual([{ status: 'COMPLETED', mode: 'IN_PERSON' }]);
    expect(own.data?.myBeneficiary.interviewSla).toEqual({ daysWaited: 0, metSla: true, overdue: false });
    const notes = await t.graphql('{ myBeneficiary { interviews { outcomeNotes } } }', { token: p.token });
    expect(errorCodes(notes)).toEqual(['FORBIDDEN']);
    const types = (await eventsOf(t, p.id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['InterviewScheduled', 'InterviewCompleted', 'BeneficiaryStatusChanged']));
    // The same outcome cannot be recorded twice.
    const before = await peopleCounts(t);
    const again = await t.graphql(OUTCOME, { token: staff, variables: { i: interviewId, a: false } });
    expect(errorCodes(again)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await peopleCounts(t)).toEqual(before);
  });

  it('refuses an interview in the past or with an operator who is not staff, changing nothing', async () => {
    const p = await registerPerson(t);
    const company = await factories.createAccount(t.stack, { role: 'COMPANY' });
    const before = await peopleCounts(t);
    const past = await t.graphql(SCHEDULE, { token: staff, variables: { b: p.id, at: '2020-01-01T09:00:00Z', m: 'PHONE' } });
    expect(errorCodes(past)).toEqual(['BAD_USER_INPUT']);
    expect(past.errors?.[0]?.extensions?.field).toBe('scheduledAt');
    const notStaff = await t.graphql(
      'mutation($b: ID!, $at: DateTimeISO!, $o: ID!) { scheduleIntakeInterview(beneficiaryId: $b, scheduledAt: $at, mode: PHONE, operatorId: $o) { id } }',
      { token: staff, variables: { b: p.id, at: tomorrow(), o: company.id } },
    );
    expect(errorCodes(notStaff)).toEqual(['BAD_USER_INPUT']);
    expect(notStaff.errors?.[0]?.extensions?.field).toBe('operatorId');
    const badId = await t.graphql(SCHEDULE, { token: staff, variables: { b: 'not-a-uuid', at: tomorrow(), m: 'PHONE' } });
    expect(errorCodes(badId)).toEqual(['BAD_USER_INPUT']);
    expect(badId.errors?.[0]?.extensions?.field).toBe('beneficiaryId');
    const badRead = await t.graphql('{ beneficiary(id: "42") { id } }', { token: staff });
    expect(errorCodes(badRead)).toEqual(['BAD_USER_INPUT']);
    expect(await peopleCounts(t)).toEqual(before);
    expect(await statusOf(t, p.id)).toBe('REGISTERED');
  });

  it('lists people waiting past the due date for staff, with the days waited, until they are interviewed', async () => {
    const late = await registerPerson(t);
    const fresh = await registerPerson(t);
    await backdateRegistration(t, late.id, 20);
    const q = '{ overdueIntakeInterviews(first: 100) { totalCount nodes { id interviewSla { daysWaited overdue dueDate } } } }';
    const r = await t.graphql<{
      overdueIntakeInterviews: { totalCount: number; nodes: { id: string; interviewSla: { daysWaited: number; overdue: boolean } }[] };
    }>(q, { token: staff });
    const ids = r.data?.overdueIntakeInterviews.nodes.map((n) => n.id) ?? [];
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(fresh.id);
    expect(r.data?.overdueIntakeInterviews.nodes.find((n) => n.id === late.id)?.interviewSla).toMatchObject({
      daysWaited: 20,
      overdue: true,
    });
    await advance(t, staff, late.id, 'INTERVIEWED');
    const after = await t.graphql<{ overdueIntakeInterviews: { nodes: { id: string }[] } }>(q, { token: staff });
    expect(after.data?.overdueIntakeInterviews.nodes.map((n) => n.id)).not.toContain(late.id);
    const sla = await t.graphql<{ beneficiary: { interviewSla: { metSla: boolean; daysWaited: number } } }>(
      'query($id: ID!) { beneficiary(id: $id) { interviewSla { metSla daysWaited } } }',
      { token: staff, variables: { id: late.id } },
    );
    expect(sla.data?.beneficiary.interviewSla).toEqual({ metSla: false, daysWaited: 20 });
    const denied = await t.graphql(q, { token: late.token });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
  });
});

describe('lifecycle state machine', () => {
  it('refuses illegal transitions with ILLEGAL_TRANSITION and changes nothing', async () => {
    const registered = await registerPerson(t);
    const interviewed = await registerPerson(t);
    await advance(t, staff, interviewed.id, 'INTERVIEWED');
    const forte = await registerPerson(t);
    await advance(t, staff, forte.id, 'NOT_IN_TARGET');
    const before = await peopleCounts(t);
    const attempts = [
      t.graphql('mutation($input: RecordAssessmentInput!) { recordFragilityAssessment(input: $input) { id } }', {
        token: staff,
        variables: { input: { beneficiaryId: registered.id, answers: defaultAnswers('HIGH') } },
      }),
      t.graphql(SCHEDULE, { token: staff, variables: { b: interviewed.id, at: tomorrow(), m: 'PHONE' } }),
      t.graphql(READMIT, { token: staff, variables: { b: registered.id } }),
      t.graphql(CHANGE, { token: staff, variables: { b: forte.id, to: 'ACTIVE' } }),
      t.graphql(CHANGE, { token: staff, variables: { b: registered.id, to: 'PLACED' } }),
    ];
    for (const r of await Promise.all(attempts)) {
      expect(errorCodes(r)).toEqual(['ILLEGAL_TRANSITION']);
      expect(r.errors?.[0]?.message).toMatch(/cannot move to|Only people out of protocol/);
    }
    const manualToRegistered = await t.graphql(CHANGE, { token: staff, variables: { b: forte.id, to: 'REGISTERED' } });
    expect(errorCodes(manualToRegistered)).toEqual(['BAD_USER_INPUT']);
    expect(await peopleCounts(t)).toEqual(before);
    expect([await statusOf(t, registered.id), await statusOf(t, interviewed.id), await statusOf(t, forte.id)]).toEqual([
      'REGISTERED',
      'INTERVIEWED',
      'NOT_IN_TARGET',
    ]);
  });

  it('walks registered → scheduled → interviewed → in target → active → placed → active with a full history', async () => {
    const p = await registerPerson(t);
    await advance(t, staff, p.id, 'IN_TARGET');
    for (const to of ['ACTIVE', 'PLACED', 'ACTIVE']) {
      const r = await t.graphql(CHANGE, { token: staff, variables: { b: p.id, to } });
      expect(r.errors).toBeUndefined();
    }
    const h = await t.graphql<{ beneficiary: { status: string; statusHistory: { from: string | null; to: string; actorRole: string }[] } }>(
      HISTORY,
      { token: staff, variables: { id: p.id } },
    );
    expect(h.data?.beneficiary.status).toBe('ACTIVE');
    expect(h.data?.beneficiary.statusHistory.map((s) => `${s.from}>${s.to}`)).toEqual([
      'null>REGISTERED',
      'REGISTERED>INTERVIEW_SCHEDULED',
      'INTERVIEW_SCHEDULED>INTERVIEWED',
      'INTERVIEWED>IN_TARGET',
      'IN_TARGET>ACTIVE',
      'ACTIVE>PLACED',
      'PLACED>ACTIVE',
    ]);
    expect(h.data?.beneficiary.statusHistory.slice(1).every((s) => s.actorRole === 'STAFF')).toBe(true);
  });

  it('refuses staff operations to a beneficiary, changing nothing', async () => {
    const p = await registerPerson(t);
    const before = await peopleCounts(t);
    const r = await t.graphql(SCHEDULE, { token: p.token, variables: { b: p.id, at: tomorrow(), m: 'VIDEO' } });
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    const anon = await t.graphql(OUT, { variables: { b: p.id, r: 'WORKING' } });
    expect(errorCodes(anon)).toEqual(['UNAUTHENTICATED']);
    expect(await peopleCounts(t)).toEqual(before);
  });
});

describe('fuori protocollo', () => {
  const at = (daysAgo: number, hour: number) => {
    const d = new Date(Date.now() - daysAgo * 86_400_000);
    d.setUTCHours(hour, 0, 0, 0);
    return d.toISOString();
  };

  it('proposes UNREACHABLE after more than two unanswered calls at different times, not for calls in the same morning', async () => {
    const p = await registerPerson(t);
    for (const h of [7, 8, 9]) await t.graphql(CALL, { token: staff, variables: { b: p.id, at: at(3, h), ans: false } });
    const sameMorning = await t.graphql<{ beneficiary: { fuoriProtocolloProposal: { propose: boolean; unansweredCalls: number } } }>(
      'query($id: ID!) { beneficiary(id: $id) { fuoriProtocolloProposal { propose unansweredCalls } } }',
      { token: staff, variables: { id: p.id } },
    );
    expect(sameMorning.data?.beneficiary.fuoriProtocolloProposal).toEqual({ propose: false, unansweredCalls: 3 });
    await t.graphql(CALL, { token: staff, variables: { b: p.id, at: at(2, 14), ans: false } });
    const third = await t.graphql<{ recordContactAttempt: { proposal: { propose: boolean; reason: string } } }>(CALL, {
      token: staff,
      variables: { b: p.id, at: at(1, 17), ans: false },
    });
    expect(third.data?.recordContactAttempt.proposal).toMatchObject({ propose: true, reason: 'UNREACHABLE' });
    expect((await eventsOf(t, p.id)).map((e) => e.type)).toContain('FuoriProtocolloProposed');
    expect(await countRows(t, 'contact_attempt', 'beneficiary_id = ?', [p.id])).toBe(5);
    // An answered call resets the count; the status never changes by itself.
    const answered = await t.graphql<{ recordContactAttempt: { proposal: { propose: boolean } } }>(CALL, {
      token: staff,
      variables: { b: p.id, at: at(0, 0), ans: true },
    });
    expect(answered.data?.recordContactAttempt.proposal.propose).toBe(false);
    expect(await statusOf(t, p.id)).toBe('REGISTERED');
  });

  it('proposes NOT_COLLABORATING after a missed interview; out of protocol and readmission keep the history', async () => {
    const p = await registerPerson(t);
    const { interviewId } = await advance(t, staff, p.id, 'INTERVIEW_SCHEDULED');
    await t.graphql(OUTCOME, { token: staff, variables: { i: interviewId, a: false } });
    expect(await statusOf(t, p.id)).toBe('REGISTERED');
    const prop = await t.graphql<{
      beneficiary: { fuoriProtocolloProposal: { propose: boolean; reason: string; missedInterviews: number } };
    }>('query($id: ID!) { beneficiary(id: $id) { fuoriProtocolloProposal { propose reason missedInterviews } } }', {
      token: staff,
      variables: { id: p.id },
    });
    expect(prop.data?.beneficiary.fuoriProtocolloProposal).toEqual({ propose: true, reason: 'NOT_COLLABORATING', missedInterviews: 1 });

    const out = await t.graphql<{ putBeneficiaryOutOfProtocol: { status: string; fuoriProtocolloReason: string } }>(OUT, {
      token: staff,
      variables: { b: p.id, r: 'NOT_COLLABORATING' },
    });
    expect(out.data?.putBeneficiaryOutOfProtocol).toMatchObject({ status: 'FUORI_PROTOCOLLO', fuoriProtocolloReason: 'NOT_COLLABORATING' });
    const before = await peopleCounts(t);
    const twice = await t.graphql(OUT, { token: staff, variables: { b: p.id, r: 'WORKING' } });
    expect(errorCodes(twice)).toEqual(['ILLEGAL_TRANSITION']);
    const schedule = await t.graphql(SCHEDULE, { token: staff, variables: { b: p.id, at: tomorrow(), m: 'PHONE' } });
    expect(errorCodes(schedule)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await peopleCounts(t)).toEqual(before);

    const back = await t.graphql<{ readmitBeneficiary: { status: string; fuoriProtocolloReason: string | null } }>(READMIT, {
      token: staff,
      variables: { b: p.id },
    });
    expect(back.data?.readmitBeneficiary).toEqual({ id: p.id, status: 'REGISTERED', fuoriProtocolloReason: null });
    const h = await t.graphql<{ beneficiary: { statusHistory: { from: string; to: string; fuoriProtocolloReason: string | null }[] } }>(
      HISTORY,
      { token: staff, variables: { id: p.id } },
    );
    expect(h.data?.beneficiary.statusHistory.slice(-2)).toMatchObject([
      { from: 'REGISTERED', to: 'FUORI_PROTOCOLLO', fuoriProtocolloReason: 'NOT_COLLABORATING' },
      { from: 'FUORI_PROTOCOLLO', to: 'REGISTERED' },
    ]);
    const after = await t.graphql<{ beneficiary: { fuoriProtocolloProposal: { propose: boolean } } }>(
      'query($id: ID!) { beneficiary(id: $id) { fuoriProtocolloProposal { propose } } }',
      { token: staff, variables: { id: p.id } },
    );
    expect(after.data?.beneficiary.fuoriProtocolloProposal.propose).toBe(false);
  });

  it('readmits an in-target person out of protocol for WORKING back to where they were', async () => {
    const p = await registerPerson(t);
    await advance(t, staff, p.id, 'IN_TARGET');
    await t.graphql(OUT, { token: staff, variables: { b: p.id, r: 'WORKING' } });
    const back = await t.graphql<{ readmitBeneficiary: { status: string } }>(READMIT, { token: staff, variables: { b: p.id } });
    expect(back.data?.readmitBeneficiary.status).toBe('IN_TARGET');
  });
});

describe('services per person', () => {
  const START =
    'mutation($b: ID!, $k: BeneficiaryServiceKind!, $s: String, $o: ID) { startBeneficiaryService(beneficiaryId: $b, kind: $k, startedOn: $s, operatorId: $o) { id kind startedOn expectedEndOn endedOn } }';
  it('records CV review, alerts, Italian lessons and an IPS path (expected end 9 months later), visible to the person', async () => {
    const p = await registerPerson(t);
    const staffAccount = await factories.createAccount(t.stack, { role: 'STAFF' });
    const ips = await t.graphql<{ startBeneficiaryService: { id: string; expectedEndOn: string } }>(START, {
      token: staff,
      variables: { b: p.id, k: 'IPS', s: '2026-01-31', o: staffAccount.id },
    });
    expect(ips.errors).toBeUndefined();
    expect(ips.data?.startBeneficiaryService.expectedEndOn).toBe('2026-10-31');
    for (const k of ['CV_REVIEW', 'JOB_OFFER_ALERTS', 'ITALIAN_LESSONS'])
      expect((await t.graphql(START, { token: staff, variables: { b: p.id, k } })).errors).toBeUndefined();
    const before = await peopleCounts(t);
    const dup = await t.graphql(START, { token: staff, variables: { b: p.id, k: 'IPS', o: staffAccount.id } });
    expect(errorCodes(dup)).toEqual(['CONFLICT']);
    const noOperator = await t.graphql(START, { token: staff, variables: { b: p.id, k: 'IPS' } });
    expect(errorCodes(noOperator)).toEqual(['BAD_USER_INPUT']);
    expect(await peopleCounts(t)).toEqual(before);
    const end = await t.graphql<{ endBeneficiaryService: { endedOn: string } }>(
      'mutation($id: ID!) { endBeneficiaryService(serviceId: $id, endedOn: "2026-09-30") { endedOn } }',
      { token: staff, variables: { id: ips.data?.startBeneficiaryService.id } },
    );
    expect(end.data?.endBeneficiaryService.endedOn).toBe('2026-09-30');
    const own = await t.graphql<{ myBeneficiary: { services: { kind: string }[] } }>('{ myBeneficiary { services { kind } } }', {
      token: p.token,
    });
    expect(own.data?.myBeneficiary.services.map((s) => s.kind).sort()).toEqual(['CV_REVIEW', 'IPS', 'ITALIAN_LESSONS', 'JOB_OFFER_ALERTS']);
  });
});

describe('PlacementRecorded from companies', () => {
  it('moves the person to PLACED once, as system, however often the event arrives', async () => {
    const p = await registerPerson(t);
    await advance(t, staff, p.id, 'IN_TARGET');
    const event = {
      type: 'PlacementRecorded',
      aggregateType: 'Placement',
      aggregateId: '8f7e0c1a-0000-4000-8000-000000000001',
      payload: {
        placementId: '8f7e0c1a-0000-4000-8000-000000000001',
        beneficiaryId: p.id,
        companyId: null,
        vacancyId: null,
        sourceEditionId: null,
        previousPlacementId: null,
        type: 'ASSUNZIONE',
        contract: 'TEMPO_DETERMINATO',
        startDate: '2026-02-01',
        endDate: null,
        hoursPerWeek: 30,
      },
    };
    await factories.publishAs(t.stack, 'companies', event);
    await factories.drainEvents(t.stack);
    expect(await statusOf(t, p.id)).toBe('PLACED');
    const history = await countRows(t, 'status_change', 'beneficiary_id = ?', [p.id]);
    await factories.publishAs(t.stack, 'companies', event);
    await factories.drainEvents(t.stack);
    expect(await countRows(t, 'status_change', 'beneficiary_id = ?', [p.id])).toBe(history);
    const h = await t.graphql<{ beneficiary: { statusHistory: { to: string; actorId: string }[] } }>(HISTORY, {
      token: staff,
      variables: { id: p.id },
    });
    expect(h.data?.beneficiary.statusHistory.at(-1)).toMatchObject({ to: 'PLACED', actorId: 'system' });
  });
});
