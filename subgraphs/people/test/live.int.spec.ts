import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { bootTestStack, liveSubscriptions, subscribed, type TestStack } from '@ixl/testkit';
import { advance, countRows, registerPerson } from './factories.js';

let t: TestStack;
let staff: string;
const clients: Client[] = [];
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await t?.stop();
});

function subscribe(token: string, query: string) {
  const client = createClient({
    url: t.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  clients.push(client);
  const received: { data?: Record<string, unknown> | null; errors?: unknown[] }[] = [];
  const errors: unknown[] = [];
  client.subscribe({ query }, { next: (r) => received.push(r as never), error: (e) => errors.push(e), complete: () => undefined });
  return { received, errors };
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('live people updates through the gateway', () => {
  it('tells staff about new registrations (audited), and refuses the feed to beneficiaries', async () => {
    const serving = liveSubscriptions(t.stack);
    const feed = subscribe(staff, 'subscription { beneficiaryRegistered { id firstName status interviewSla { dueDate } } }');
    const someone = await registerPerson(t);
    const denied = subscribe(someone.token, 'subscription { beneficiaryRegistered { id } }');
    await subscribed(t.stack, serving + 1); // the beneficiary's is refused
    const p = await registerPerson(t);
    await until(() => feed.received.some((r) => (r.data?.beneficiaryRegistered as { id: string } | undefined)?.id === p.id));
    expect(
      feed.received.find((r) => (r.data?.beneficiaryRegistered as { id: string } | undefined)?.id === p.id)?.data?.beneficiaryRegistered,
    ).toMatchObject({ status: 'REGISTERED' });
    expect(await countRows(t, 'personal_data_audit', "beneficiary_id = ? and detail like 'people:live:%'", [p.id])).toBe(1);
    await until(() => denied.errors.length > 0 || denied.received.some((r) => r.errors));
    expect(denied.received.every((r) => !r.data?.beneficiaryRegistered)).toBe(true);
  });

  it("sends a beneficiary its own status changes and interview only, and staff everyone's", async () => {
    const a = await registerPerson(t);
    const b = await registerPerson(t);
    const serving = liveSubscriptions(t.stack);
    const mine = subscribe(a.token, 'subscription { beneficiaryStatusChanged { beneficiary { id } from to } }');
    const interviews = subscribe(a.token, 'subscription { intakeInterviewUpdated { status mode beneficiary { id } } }');
    const all = subscribe(staff, 'subscription { beneficiaryStatusChanged { beneficiary { id } to } }');
    await subscribed(t.stack, serving + 3);
    await advance(t, staff, b.id, 'INTERVIEW_SCHEDULED');
    await advance(t, staff, a.id, 'INTERVIEW_SCHEDULED');
    await until(() => mine.received.length >= 1 && interviews.received.length >= 1 && all.received.length >= 2);
    await settle();
    expect(mine.received.map((r) => r.data?.beneficiaryStatusChanged)).toEqual([
      { beneficiary: { id: a.id }, from: 'REGISTERED', to: 'INTERVIEW_SCHEDULED' },
    ]);
    expect(interviews.received.map((r) => r.data?.intakeInterviewUpdated)).toEqual([
      { status: 'SCHEDULED', mode: 'VIDEO', beneficiary: { id: a.id } },
    ]);
    const seen = all.received.map((r) => (r.data?.beneficiaryStatusChanged as { beneficiary: { id: string } }).beneficiary.id);
    expect(seen).toEqual(expect.arrayContaining([a.id, b.id]));
  });
});

describe('interview deadline alerts', () => {
  it('tells staff once when a first interview is due within 3 days, however often the job runs', async () => {
    const serving = liveSubscriptions(t.stack);
    const feed = subscribe(staff, 'subscription { interviewDue { id interviewSla { dueDate overdue } } }');
    const denied = subscribe((await registerPerson(t)).token, 'subscription { interviewDue { id } }');
    const p = await registerPerson(t);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    const inTwoDays = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    await t.stack.subgraphs.people.orm.em
      .getConnection()
      .execute('update people.beneficiary set interview_due_date = ? where id = ?', [inTwoDays, p.id]);
    await subscribed(t.stack, serving + 1); // the beneficiary's is refused
    expect(await t.stack.subgraphs.people.jobs.runNow('interview-due-alerts')).toBe(true);
    expect(await t.stack.subgraphs.people.jobs.runNow('interview-due-alerts')).toBe(true);
    await until(() => feed.received.some((r) => (r.data?.interviewDue as { id: string } | undefined)?.id === p.id));
    await settle();
    const mine = feed.received.filter((r) => (r.data?.interviewDue as { id: string } | undefined)?.id === p.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.data?.interviewDue).toEqual({ id: p.id, interviewSla: { dueDate: inTwoDays, overdue: false } });
    expect(await countRows(t, 'interview_due_alert', 'beneficiary_id = ?', [p.id])).toBe(1);
    await until(() => denied.errors.length > 0 || denied.received.some((r) => r.errors));
    expect(denied.received.every((r) => !r.data?.interviewDue)).toBe(true);
  });
});
