import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PgBoss } from 'pg-boss';
import { hasBrowser, openE2E, type E2E } from '../../e2e/browser.js';
import { emailField, expectNoSeriousA11yViolations, passwordField, signInButton } from '../../e2e/journeys.js';

async function signIn(page: Page, origin: string, email: string): Promise<void> {
  await page.goto(`${origin}/staff/`);
  await emailField(page).fill(email);
  await passwordField(page).fill('demo-password');
  await signInButton(page).click();
  await page.getByRole('button', { name: 'Esci' }).waitFor();
}

/**
 * The ADMIN page of failed periodic jobs, on a stack with jobs on: finance's arrears job fails for
 * real (its table moved away), is dead-lettered after its attempt, shows up with its error; once the
 * table is back, "Riprova" puts it back in the queue and it runs. An operator is told the page is reserved.
 */
describe.skipIf(!hasBrowser())('staff portal: failed jobs (/staff/lavori)', () => {
  let e2e: E2E;
  let boss: PgBoss;
  const finance = (sql: string) => e2e.stack.stack.subgraphs.finance.orm.em.fork().getConnection().execute(sql);

  beforeAll(async () => {
    e2e = await openE2E({ config: { jobs: true } });
    boss = new PgBoss({ connectionString: e2e.stack.databaseUrl, schema: 'pgboss', supervise: false, schedule: false, migrate: false });
    boss.on('error', () => undefined);
    await boss.start();
    await finance(
      `update "ixl_jobs"."schedule_run" set "last_success_at" = now() - interval '2 days' where "queue" = 'finance.assess-loan-arrears'`,
    );
    await finance('alter table "finance"."loan" rename to "loan_away"');
    await boss.send('finance.assess-loan-arrears', {}, { retryLimit: 0 });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, close: true });
    await e2e?.close();
  });

  it('shows the failed job with its error to ADMIN and retries it with one click', async () => {
    const { page, origin } = e2e;
    await signIn(page, origin, 'admin@demo.ixl');
    await page.getByRole('link', { name: 'Lavori non riusciti' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Lavori periodici non riusciti');
    // The worker needs a moment to fail it (longer on a loaded machine): wait for pg-boss to have failed the job,
    // then the page shows it at its next load.
    await expect
      .poll(
        async () =>
          (await finance(`select 1 from "pgboss"."job" where "name" = 'finance.assess-loan-arrears' and "state" = 'failed'`)).length,
        { timeout: 120_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => page.getByRole('cell', { name: 'assess-loan-arrears', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table').textContent()).toMatch(/SQLSTATE 42P01/);
    await expectNoSeriousA11yViolations(page);

    await finance('alter table "finance"."loan_away" rename to "loan"');
    await page.getByRole('button', { name: 'Riprova assess-loan-arrears' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'di nuovo in coda' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Nessun lavoro non riuscito.').count()).toBe(1);
  }, 240_000);

  it('tells an operator (STAFF) that the page is reserved, and shows no jobs', async () => {
    const { page, origin } = e2e;
    await page.getByRole('button', { name: 'Esci' }).click();
    await signIn(page, origin, 'staff@demo.ixl');
    await expect.poll(() => page.getByRole('link', { name: 'Lavori non riusciti' }).count()).toBe(0);
    await page.goto(`${origin}/staff/lavori`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'riservata agli amministratori' }).count()).toBe(1);
    expect(await page.getByRole('table').count()).toBe(0);
  });
});
