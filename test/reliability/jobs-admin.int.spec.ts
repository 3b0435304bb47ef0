import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBoss } from 'pg-boss';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { enqueueMail } from '@ixl/mail';

// The stack runs with jobs on (pg-boss in the test database): finance's hourly arrears job fails on
// purpose (its table is moved away), is dead-lettered, shown to ADMIN and retried once repaired.
let t: TestStack;
let admin: string;
let staff: string;
let boss: PgBoss;
beforeAll(async () => {
  t = await bootTestStack({ config: { jobs: true } });
  admin = await t.tokenFor('ADMIN');
  staff = await t.tokenFor('STAFF');
  boss = new PgBoss({ connectionString: t.databaseUrl, schema: 'pgboss', supervise: false, schedule: false, migrate: false });
  boss.on('error', () => undefined);
  await boss.start();
}, 120_000);
afterAll(async () => {
  await boss?.stop({ graceful: false, close: true });
  await t?.stop();
});

const finance = (query: string, params: unknown[] = []) => t.stack.subgraphs.finance.orm.em.fork().getConnection().execute(query, params);
async function until(check: () => Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const DEAD = '{ financeJobDeadLetters { id job error attempts createdAt failedAt } }';
type Dead = { financeJobDeadLetters: { id: string; job: string; error: string; attempts: number }[] };

describe('ADMIN view of failed jobs', () => {
  it('lists a job that failed after its retries with a safe error, and retries it on demand', async () => {
    // The arrears occurrence of this hour is still owed, and the loans table is unreachable.
    await finance(
      `update "ixl_jobs"."schedule_run" set "last_success_at" = now() - interval '2 days' where "queue" = 'finance.assess-loan-arrears'`,
    );
    await finance('alter table "finance"."loan" rename to "loan_away"');
    await boss.send('finance.assess-loan-arrears', {}, { retryLimit: 0 });
    await until(async () => ((await t.graphql<Dead>(DEAD, { token: admin })).data?.financeJobDeadLetters.length ?? 0) > 0);
    const [dead] = (await t.graphql<Dead>(DEAD, { token: admin })).data!.financeJobDeadLetters;
    expect(dead).toMatchObject({ job: 'assess-loan-arrears', attempts: 1 });
    expect(dead!.error).toMatch(/SQLSTATE 42P01/);
    expect(dead!.error).not.toMatch(/select|from/i); // no SQL

    // Only ADMIN; bad and unknown ids are refused and change nothing.
    expect(errorCodes(await t.graphql(DEAD, { token: staff }))).toContain('FORBIDDEN');
    const retry = 'mutation($id: ID!) { retryFinanceJobDeadLetter(id: $id) }';
    expect(errorCodes(await t.graphql(retry, { token: staff, variables: { id: dead!.id } }))).toContain('FORBIDDEN');
    const bad = await t.graphql(retry, { token: admin, variables: { id: 'not-a-uuid' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'JOB_DEAD_LETTER_ID_INVALID', field: 'id' });
    const unknown = await t.graphql(retry, { token: admin, variables: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'JOB_DEAD_LETTER_NOT_FOUND', field: 'id' });
    expect((await t.graphql<Dead>(DEAD, { token: admin })).data?.financeJobDeadLetters).toHaveLength(1);

    // Repaired, retried: it runs, records the occurrence and leaves the dead letters.
    await finance('alter table "finance"."loan_away" rename to "loan"');
    expect((await t.graphql(retry, { token: admin, variables: { id: dead!.id } })).data).toEqual({ retryFinanceJobDeadLetter: true });
    await until(async () => {
      const [row] = (await finance(
        `select "last_success_at" > now() - interval '1 minute' as "fresh" from "ixl_jobs"."schedule_run" where "queue" = 'finance.assess-loan-arrears'`,
      )) as { fresh: boolean }[];
      return Boolean(row?.fresh);
    });
    expect((await t.graphql<Dead>(DEAD, { token: admin })).data?.financeJobDeadLetters).toEqual([]);
  }, 90_000);

  it('lets staff see mail that failed for good or waits for a retry, with its error', async () => {
    await t.stack.subgraphs.people.orm.em.fork().transactional((em) =>
      enqueueMail(em, 'people', {
        dedupeKey: 'admin-test:1',
        category: 'TRANSACTIONAL',
        to: 'nobody@example.org',
        template: 'registration_confirmation',
        data: {
          firstName: 'Nobody',
          welcome: 'Ti diamo il benvenuto',
          registeredOn: '02/12/2026',
          portalUrl: 'http://localhost:4000/beneficiario/',
        },
      }),
    );
    await t.stack.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(
        `update people.mail_outbox set status = 'FAILED', attempts = 6, last_error = 'Greeting never received' where dedupe_key = 'admin-test:1'`,
      );
    const q = '{ mailDeliveryProblems(first: 10) { to status attempts lastError nextAttemptAt } }';
    expect((await t.graphql(q, { token: staff })).data).toEqual({
      mailDeliveryProblems: [
        { to: 'nobody@example.org', status: 'FAILED', attempts: 6, lastError: 'Greeting never received', nextAttemptAt: null },
      ],
    });
    const bad = await t.graphql('{ mailDeliveryProblems(first: 0) { to } }', { token: staff });
    // 0 is refused by the gateway's page-size limit, 201 by the service's own (at most 200).
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' });
    const tooMany = await t.graphql('{ mailDeliveryProblems(first: 201) { to } }', { token: staff });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAIL_PAGE_SIZE', field: 'first' });
    expect(errorCodes(await t.graphql(q, { token: await t.tokenFor('BENEFICIARY') }))).toContain('FORBIDDEN');
  });
});
