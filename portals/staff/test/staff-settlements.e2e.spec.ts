import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsViewport, hasBrowser, openE2E, PHONE, screenshot, type E2E } from '../../e2e/browser.js';
import { factories } from '@ixl/testkit';
import { expectNoSeriousA11yViolations, signInPage } from '../../e2e/journeys.js';

/**
 * The hand-over from training to finance for the 30% at risk: staff settle a course edition whose window closed
 * (training), the share shows in Finanza with what the body is owed, staff pay it (maker-checker: another person
 * approves), then a placement recorded late inside the window raises the settlement and the difference shows as
 * still owed and is paid the same way.
 */
describe.skipIf(!hasBrowser())('staff portal: paying the training bodies’ shares at risk', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await openE2E({});
  });
  afterAll(async () => e2e?.close());

  type Edition = {
    id: string;
    title: string;
    trainingBody: { name: string };
    riskShare: { windowEnd: string; windowOpen: boolean; settlement: { id: string } | null } | null;
    enrolments: { beneficiary: { id: string } }[];
  };
  const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome' }).format(new Date());

  it('settles, offers nothing while nothing is owed, then pays what late placements added, in Italian', { timeout: 240_000 }, async () => {
    const staff = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const approver = await e2e.stack.login('approvatore@demo.ixl', 'demo-password');
    const approveAll = async () => {
      const q = await e2e.stack.graphql<{ approvalRequests: { id: string; kind: string }[] }>(
        '{ approvalRequests(state: PENDING, first: 50) { id kind } }',
        { token: approver },
      );
      for (const r of q.data?.approvalRequests.filter((x) => x.kind === 'PAY_TRAINING_SETTLEMENT') ?? []) {
        const a = await e2e.stack.graphql('mutation($id: ID!) { approveApprovalRequest(id: $id, note: null) { state } }', {
          token: approver,
          variables: { id: r.id },
        });
        expect(a.errors).toBeUndefined();
      }
    };
    const editions = await e2e.stack.graphql<{ courseEditions: Edition[] }>(
      '{ courseEditions { id title trainingBody { name } riskShare { windowEnd windowOpen settlement { id } } enrolments { beneficiary { id } } } }',
      { token: staff },
    );
    const edition = editions.data?.courseEditions.find((e) => e.riskShare && !e.riskShare.windowOpen && !e.riskShare.settlement);
    if (!edition)
      throw new Error(
        `demo data: an edition with a closed, unsettled window: ${JSON.stringify(editions.data?.courseEditions.map((e) => [e.title, e.riskShare]))} ${JSON.stringify(editions.errors)}`,
      );
    const settled = await e2e.stack.graphql<{ settleRiskShare: { payableCents: number } }>(
      'mutation($id: ID!, $asOf: String!) { settleRiskShare(editionId: $id, asOf: $asOf) { payableCents } }',
      { token: staff, variables: { id: edition.id, asOf: today() } },
    );
    expect(settled.errors).toBeUndefined();
    await factories.drainEvents(e2e.stack.stack);

    const page = await signInPage(e2e.context, `${e2e.origin}/staff/`, 'staff@demo.ixl');
    await page.goto(`${e2e.origin}/staff/finanza`);
    const table = page.getByRole('table', { name: /Liquidazioni delle quote/ });
    const row = table.getByRole('row').filter({ hasText: edition.title });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    const payable = settled.data!.settleRiskShare.payableCents;
    const form = page.getByRole('form', { name: new RegExp(`a ${edition.trainingBody.name}`) });

    // A placement recorded late, inside the window, by one of the course's participants: training adjusts the
    // settlement and finance owes the body the difference (paid or not).
    const companies = await e2e.stack.graphql<{ companies: { id: string }[] }>('{ companies { id } }', { token: staff });
    const companyId = companies.data!.companies[0]!.id;
    let placed = 0;
    const placeLate = async () => {
      const participant = edition.enrolments[placed++]!.beneficiary.id;
      const start = new Date(`${edition.riskShare!.windowEnd}T12:00:00Z`);
      start.setUTCDate(start.getUTCDate() - 20 - placed);
      const r = await e2e.stack.graphql('mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }', {
        token: staff,
        variables: {
          i: {
            beneficiaryId: participant,
            type: 'ASSUNZIONE',
            contract: 'TEMPO_DETERMINATO',
            startDate: start.toISOString().slice(0, 10),
            endDate: new Date(start.getTime() + 180 * 86_400_000).toISOString().slice(0, 10),
            companyId,
            sourceEditionId: edition.id,
          },
        },
      });
      expect(r.errors).toBeUndefined();
      await factories.drainEvents(e2e.stack.stack);
    };
    const payThroughForm = async () => {
      await expect.poll(() => form.count(), { timeout: 30_000 }).toBe(1);
      // A missing date: said in Italian at the field, nothing sent.
      await form.getByRole('button', { name: 'Paga' }).click();
      await expect.poll(() => form.getByLabel('Data del pagamento').getAttribute('aria-invalid')).toBe('true');
      await form.getByLabel('Data del pagamento').fill(today());
      await form.getByRole('button', { name: 'Paga' }).click();
      await expect.poll(() => form.getByRole('status').textContent()).toMatch(/seconda persona|eseguita subito/);
      await approveAll();
      await factories.drainEvents(e2e.stack.stack);
      await page.reload();
    };

    const owedNow = async () =>
      (
        await e2e.stack.graphql<{ trainingSettlements: { editionId: string; payableCents: number; paidCents: number }[] }>(
          '{ trainingSettlements { editionId payableCents paidCents } }',
          { token: staff },
        )
      ).data!.trainingSettlements.find((x) => x.editionId === edition.id)!;

    if (payable === 0) {
      // Nothing owed at settlement: no payment offered until placements recorded late raise it.
      expect(await row.textContent()).toMatch(/Nulla da pagare/);
      expect(await form.count()).toBe(0);
      while ((await owedNow()).payableCents === 0 && placed < edition.enrolments.length) await placeLate();
      expect((await owedNow()).payableCents).toBeGreaterThan(0);
      await page.reload();
      await expect.poll(() => row.textContent(), { timeout: 30_000 }).toMatch(/Da pagare: [\d.]+,\d\d\s€/);
      await expect.poll(() => form.getByRole('heading').textContent()).toMatch(/^Paga [\d.]+,\d\d\s€ a /);
    }
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-settlements-to-pay-1366');
    await page.setViewportSize(PHONE);
    expect(await fitsViewport(page)).toBe(true);
    await screenshot(page, 'staff-settlements-to-pay-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    await payThroughForm();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toMatch(/Pagata/);
    expect(await row.textContent()).toMatch(/ultimo pagamento il \d{1,2} \p{L}+ \d{4}/u);
    expect(await row.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await form.count()).toBe(0);
    const after = await owedNow();
    expect(after.paidCents).toBe(after.payableCents);
    await screenshot(page, 'staff-settlements-paid-1366');
    // A settlement raised again after payment (its difference paid the same way): subgraphs/finance/test/payments.int.spec.ts.
    expect(e2e.problems).toEqual([]);
  });
});
