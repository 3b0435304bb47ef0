import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, until, type TestStack } from '@ixl/testkit';
import { advance, backdateRegistration, registerPerson } from './factories.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

type Row = { id: string; interviewSla: { dueDate: string; daysLeft: number | null; overdue: boolean } };
const QUEUE =
  '{ intakeInterviewsDue(first: 100) { totalCount nodes { id interviewSla { dueDate daysLeft overdue } } } overdueIntakeInterviews(first: 100) { totalCount nodes { id interviewSla { dueDate daysLeft overdue } } } }';
const queues = async (token = staff) =>
  t.graphql<{ intakeInterviewsDue: { totalCount: number; nodes: Row[] }; overdueIntakeInterviews: { totalCount: number; nodes: Row[] } }>(
    QUEUE,
    { token },
  );

describe('staff work queue of first interviews within the 15-day SLA', () => {
  it('lists people waiting whose due date is today or later, earliest due first, with the days left; the overdue ones only in the overdue list', async () => {
    const fresh = await registerPerson(t);
    const older = await registerPerson(t);
    const dueToday = await registerPerson(t);
    const late = await registerPerson(t);
    await backdateRegistration(t, older.id, 10);
    await backdateRegistration(t, dueToday.id, 15);
    await backdateRegistration(t, late.id, 18);
    const r = await queues();
    expect(r.errors).toBeUndefined();
    const due = r.data?.intakeInterviewsDue.nodes ?? [];
    expect(due.map((n) => n.id)).toEqual([dueToday.id, older.id, fresh.id]);
    expect(r.data?.intakeInterviewsDue.totalCount).toBe(3);
    expect(due.map((n) => n.interviewSla.daysLeft)).toEqual([0, 5, 15]);
    expect(due.every((n) => !n.interviewSla.overdue)).toBe(true);
    const late1 = r.data?.overdueIntakeInterviews.nodes.find((n) => n.id === late.id);
    expect(late1?.interviewSla).toMatchObject({ daysLeft: -3, overdue: true });
    expect(r.data?.overdueIntakeInterviews.nodes.map((n) => n.id)).not.toContain(older.id);

    // Scheduled people stay in the queue until interviewed; once interviewed they leave it (daysLeft null).
    await advance(t, staff, older.id, 'INTERVIEW_SCHEDULED');
    expect((await queues()).data?.intakeInterviewsDue.nodes.map((n) => n.id)).toContain(older.id);
    await advance(t, staff, fresh.id, 'INTERVIEWED');
    expect((await queues()).data?.intakeInterviewsDue.nodes.map((n) => n.id)).not.toContain(fresh.id);
    const after = await t.graphql<{ beneficiary: { interviewSla: { daysLeft: number | null } } }>(
      'query($id: ID!) { beneficiary(id: $id) { interviewSla { daysLeft } } }',
      { token: staff, variables: { id: fresh.id } },
    );
    expect(after.data?.beneficiary.interviewSla.daysLeft).toBeNull();
  });

  it('is for staff only, and refuses a bad page size at the field', async () => {
    const person = await registerPerson(t);
    const denied = await t.graphql('{ intakeInterviewsDue { totalCount nodes { id } } }', { token: person.token });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.data?.intakeInterviewsDue ?? null).toBeNull();
    const bad = await t.graphql('{ intakeInterviewsDue(first: 0) { totalCount } }', { token: staff });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('first');
  });

  it('serves the capture inbox with its capture time (DateTimeISO)', async () => {
    const p = await registerPerson(t);
    const email = p.input.email as string;
    const query = 'query($to: String) { capturedMail(to: $to) { id to subject capturedAt } }';
    await until(
      async () =>
        // The address's verification link, then the welcome once it was verified.
        ((await t.graphql<{ capturedMail: unknown[] }>(query, { token: staff, variables: { to: email } })).data?.capturedMail.length ??
          0) >= 2,
    );
    const r = await t.graphql<{ capturedMail: { to: string; capturedAt: string }[] }>(query, { token: staff, variables: { to: email } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.capturedMail).toHaveLength(2);
    for (const m of r.data?.capturedMail ?? []) expect(m.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });
});
