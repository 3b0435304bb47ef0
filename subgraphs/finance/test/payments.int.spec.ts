import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, withApproval, type TestStack } from '@ixl/testkit';
import {
  approveFunding,
  countRows,
  financeSql,
  fundingApproved,
  outboxTypes,
  recordPlacement,
  riskShareSettled,
  settleRiskShare,
  snapshot,
  stagePlacement,
} from './factories.js';

let t: TestStack;
let staff: string;
let approver: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  approver = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  await t?.stop();
});

/** Money mutations under maker-checker: prepared as `token`, approved by a second user (an ADMIN). */
const money = <T = Record<string, unknown>>(
  resultType: string,
  query: string,
  o: { token?: string; variables?: Record<string, unknown> },
) => withApproval<T>(t, query, { token: o.token ?? '', variables: o.variables, approver, resultType });

const grantOf = async (decisionId: string) =>
  (
    await financeSql<{
      id: string;
      status: string;
      refusal_reason: string | null;
      refusal_reason_code: string | null;
      refusal_params: Record<string, unknown> | null;
    }>(
      t,
      'select "id", "status", "refusal_reason", "refusal_reason_code", "refusal_params" from "finance"."grant" where "decision_id" = ?',
      [decisionId],
    )
  )[0];
const LINE = 'mutation($i: GrantExpenseLineInput!) { addGrantExpenseLine(input: $i) { id amountCents } }';
const TRANCHE = 'mutation($i: GrantTrancheInput!) { disburseGrantTranche(input: $i) { id disbursedCents } }';

describe('grants (fondo perduto)', () => {
  const decision = fundingApproved({ kind: 'GRANT', amountCents: 800_000, investmentCents: 600_000, servicesCents: 200_000 });
  let grantId: string;
  let equipment: string;

  it('opens a grant from a decision exactly once, committing it in the journal', async () => {
    await approveFunding(t, decision);
    await approveFunding(t, decision);
    const g = await grantOf(decision.decisionId);
    expect(g?.status).toBe('OPEN');
    grantId = g!.id;
    expect(
      await financeSql(t, `select 1 from "finance"."ledger_entry" where "grant_id" = ? and "account" = 'GRANT_COMMITTED'`, [grantId]),
    ).toHaveLength(1);
    expect((await outboxTypes(t)).filter((x) => x === 'GrantOpened')).toHaveLength(1);
  });

  it.each([
    [{ amountCents: 800_001, investmentCents: 600_001, servicesCents: 200_000 }, /€6,000/, 'GRANT_INVESTMENTS_CAP', {}],
    [{ amountCents: 600_001, investmentCents: 400_000, servicesCents: 200_001 }, /€2,000/, 'GRANT_SERVICES_CAP', {}],
    [{ amountCents: 800_000, investmentCents: 700_000, servicesCents: 100_000 }, /€6,000/, 'GRANT_INVESTMENTS_CAP', {}],
    [{ amountCents: 500_000, investmentCents: 300_000, servicesCents: 100_000 }, /investments \+ services/, 'GRANT_AMOUNT_SUM', {}],
  ])(
    'refuses a decision over the caps (%j): REFUSED with the reason code and params, ledger unchanged',
    async (split, reason, code, params) => {
      const before = await snapshot(t);
      const d = fundingApproved({ kind: 'GRANT', ...split });
      await approveFunding(t, d);
      const g = await grantOf(d.decisionId);
      expect(g?.status).toBe('REFUSED');
      expect(g?.refusal_reason).toMatch(reason);
      expect([g?.refusal_reason_code, g?.refusal_params]).toEqual([code, params]);
      expect((await snapshot(t)).ledger_entry).toBe(before.ledger_entry);
      expect(await countRows(t, 'event_dead_letter')).toBe(0);
    },
  );

  it('keeps expense lines within the category amounts', async () => {
    const ok = await t.graphql<{ addGrantExpenseLine: { id: string } }>(LINE, {
      token: staff,
      variables: { i: { grantId, category: 'INVESTMENT', description: 'Macchine da cucire', amountCents: 450_000 } },
    });
    expect(ok.errors).toBeUndefined();
    equipment = ok.data!.addGrantExpenseLine.id;
    const before = await snapshot(t);
    const over = await t.graphql(LINE, {
      token: staff,
      variables: { i: { grantId, category: 'INVESTMENT', description: 'Furgone', amountCents: 150_001 } },
    });
    expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors?.[0]?.extensions).toMatchObject({ field: 'amountCents', availableCents: 150_000 });
    expect(await snapshot(t)).toEqual(before);
  });

  it('disburses tranches against receipts, never beyond an expense line', async () => {
    const first = await money<{ disburseGrantTranche: { disbursedCents: number } }>('Grant', TRANCHE, {
      token: staff,
      variables: {
        i: { grantId, paidOn: '2026-03-01', receipts: [{ expenseLineId: equipment, amountCents: 300_000, receiptNumber: 'FT-2026-001' }] },
      },
    });
    expect(first.data?.disburseGrantTranche.disbursedCents).toBe(300_000);
    const before = await snapshot(t);
    const over = await money('Grant', TRANCHE, {
      token: staff,
      variables: {
        i: {
          grantId,
          paidOn: '2026-04-01',
          receipts: [
            { expenseLineId: equipment, amountCents: 100_000, receiptNumber: 'FT-2' },
            { expenseLineId: equipment, amountCents: 50_001, receiptNumber: 'FT-3' },
          ],
        },
      },
    });
    expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors?.[0]?.extensions?.field).toBe('receipts.1.amountCents');
    const foreign = await money('Grant', TRANCHE, {
      token: staff,
      variables: { i: { grantId, paidOn: '2026-04-01', receipts: [{ expenseLineId: randomUUID(), amountCents: 1, receiptNumber: 'X' }] } },
    });
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
    expect(await snapshot(t)).toEqual(before);
  });
});

describe('budget lines', () => {
  it('commits and disburses against a line, never beyond its availability', async () => {
    const line = await money<{ createBudgetLine: { id: string } }>(
      'BudgetLine',
      'mutation($i: BudgetLineInput!) { createBudgetLine(input: $i) { id } }',
      {
        token: staff,
        variables: { i: { funder: 'REGIONE', fromYear: 2026, toYear: 2026, label: 'Regione 2026', amountCents: 1_000_000 } },
      },
    );
    const lineId = line.data!.createBudgetLine.id;
    const COMMIT = 'mutation($i: BudgetCommitmentInput!) { commitBudget(input: $i) { id amountCents } }';
    const c = await money<{ commitBudget: { id: string } }>('BudgetCommitment', COMMIT, {
      token: staff,
      variables: { i: { budgetLineId: lineId, amountCents: 700_000, bookedOn: '2026-02-01', purpose: 'Stage indemnities' } },
    });
    expect(c.errors).toBeUndefined();
    const before = await snapshot(t);
    const over = await money('BudgetCommitment', COMMIT, {
      token: staff,
      variables: { i: { budgetLineId: lineId, amountCents: 300_001, bookedOn: '2026-02-02', purpose: 'More' } },
    });
    expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors?.[0]?.extensions).toMatchObject({ field: 'amountCents', availableCents: 300_000 });
    const wrongYear = await money('BudgetCommitment', COMMIT, {
      token: staff,
      variables: { i: { budgetLineId: lineId, amountCents: 1, bookedOn: '2025-12-31', purpose: 'Old' } },
    });
    expect(errorCodes(wrongYear)).toEqual(['BAD_USER_INPUT']);
    const PAY = 'mutation($c: ID!, $a: Int!) { disburseBudgetCommitment(commitmentId: $c, amountCents: $a, paidOn: "2026-03-01") { id } }';
    const overPay = await money('BudgetCommitment', PAY, { token: staff, variables: { c: c.data!.commitBudget.id, a: 700_001 } });
    expect(errorCodes(overPay)).toEqual(['BAD_USER_INPUT']);
    expect(await snapshot(t)).toEqual(before);
    expect(
      (await money('BudgetCommitment', PAY, { token: staff, variables: { c: c.data!.commitBudget.id, a: 700_000 } })).errors,
    ).toBeUndefined();
    const lines = await t.graphql<{
      budgetLines: { id: string; committedCents: number; disbursedCents: number; availableCents: number }[];
    }>('{ budgetLines { id committedCents disbursedCents availableCents } }', { token: staff });
    expect(lines.data?.budgetLines.find((l) => l.id === lineId)).toMatchObject({
      committedCents: 700_000,
      disbursedCents: 700_000,
      availableCents: 300_000,
    });
  });

  it('corrects a movement only by appending its reversal, once', async () => {
    const line = await money<{ createBudgetLine: { id: string } }>(
      'BudgetLine',
      'mutation($i: BudgetLineInput!) { createBudgetLine(input: $i) { id } }',
      {
        token: staff,
        variables: { i: { funder: 'COMUNE', fromYear: 2026, toYear: 2027, label: 'Comune 2026–2027', amountCents: 500_000 } },
      },
    );
    const lineId = line.data!.createBudgetLine.id;
    await money('BudgetCommitment', 'mutation($i: BudgetCommitmentInput!) { commitBudget(input: $i) { id } }', {
      token: staff,
      variables: { i: { budgetLineId: lineId, amountCents: 500_000, bookedOn: '2026-02-01', purpose: 'Wrong line' } },
    });
    const [entry] = await financeSql<{ id: string }>(
      t,
      `select "id" from "finance"."ledger_entry" where "budget_line_id" = ? and "account" = 'BUDGET_COMMITTED'`,
      [lineId],
    );
    const REVERSE =
      'mutation($id: ID!) { reverseFinanceLedgerEntry(entryId: $id, reason: "booked on the wrong line", bookedOn: "2026-02-03") { amountCents reversesEntryId account } }';
    const before = await countRows(t, 'ledger_entry');
    const r = await money<{ reverseFinanceLedgerEntry: { amountCents: number; reversesEntryId: string; account: string } }>(
      'FinanceLedgerEntry',
      REVERSE,
      {
        token: staff,
        variables: { id: entry!.id },
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.reverseFinanceLedgerEntry).toEqual({ amountCents: -500_000, reversesEntryId: entry!.id, account: 'BUDGET_COMMITTED' });
    expect(await countRows(t, 'ledger_entry')).toBe(before + 1);
    expect(errorCodes(await money('FinanceLedgerEntry', REVERSE, { token: staff, variables: { id: entry!.id } }))).toEqual(['CONFLICT']);
    expect(await countRows(t, 'ledger_entry')).toBe(before + 1);
    const lines = await t.graphql<{ budgetLines: { id: string; availableCents: number }[] }>('{ budgetLines { id availableCents } }', {
      token: staff,
    });
    expect(lines.data?.budgetLines.find((l) => l.id === lineId)?.availableCents).toBe(500_000);
  });
});

// Over-55 incentives and intermediary grants (real placement / project, caps): support-eligibility.int.spec.ts.

describe('training risk-share settlements', () => {
  const s = riskShareSettled();
  const payableRows = () =>
    financeSql(t, `select 1 from "finance"."ledger_entry" where "settlement_id" = ? and "account" = 'SETTLEMENT_PAYABLE'`, [
      s.settlementId,
    ]);

  it('become one payable exactly once, even when the event is delivered twice or replayed', async () => {
    await settleRiskShare(t, s);
    await settleRiskShare(t, s);
    expect(await financeSql(t, 'select 1 from "finance"."training_settlement" where "id" = ?', [s.settlementId])).toHaveLength(1);
    expect(await payableRows()).toHaveLength(1);
    await financeSql(
      t,
      `update "finance"."event_consumer_offset" set "last_tx_id" = '0'::xid8, "last_event_id" = 0 where "consumer" = 'finance.settlements' and "source" = 'training'`,
    );
    await factories.drainEvents(t.stack);
    const offset = await financeSql<{ id: string }>(
      t,
      `select "last_event_id"::text as "id" from "finance"."event_consumer_offset" where "consumer" = 'finance.settlements'`,
    );
    expect(Number(offset[0]?.id)).toBeGreaterThan(0);
    expect(await financeSql(t, 'select 1 from "finance"."training_settlement" where "id" = ?', [s.settlementId])).toHaveLength(1);
    expect(await payableRows()).toHaveLength(1);
  });

  it('are visible to their training body only, and paid once', async () => {
    const body = await t.tokenFor('TRAINING_BODY', { trainingBodyId: s.trainingBodyId });
    const other = await t.tokenFor('TRAINING_BODY', { trainingBodyId: randomUUID() });
    const Q = '{ trainingSettlements { id payableCents paidOn } }';
    expect(
      (await t.graphql<{ trainingSettlements: { id: string }[] }>(Q, { token: body })).data?.trainingSettlements.map((x) => x.id),
    ).toEqual([s.settlementId]);
    expect((await t.graphql<{ trainingSettlements: unknown[] }>(Q, { token: other })).data?.trainingSettlements).toEqual([]);
    expect(errorCodes(await t.graphql(Q, { token: await t.tokenFor('COMPANY', { companyId: randomUUID() }) }))).toEqual(['FORBIDDEN']);
    const PAY = 'mutation($id: ID!) { payTrainingSettlement(settlementId: $id, paidOn: "2026-07-15") { paidOn } }';
    expect(errorCodes(await money('TrainingSettlement', PAY, { token: body, variables: { id: s.settlementId } }))).toEqual(['FORBIDDEN']);
    expect(
      (
        await money<{ payTrainingSettlement: { paidOn: string } }>('TrainingSettlement', PAY, {
          token: staff,
          variables: { id: s.settlementId },
        })
      ).data?.payTrainingSettlement.paidOn,
    ).toBe('2026-07-15');
    const before = await snapshot(t);
    expect(errorCodes(await money('TrainingSettlement', PAY, { token: staff, variables: { id: s.settlementId } }))).toEqual(['CONFLICT']);
    expect(await snapshot(t)).toEqual(before);
    expect((await outboxTypes(t)).filter((x) => x === 'SettlementPaid')).toHaveLength(1);
  });

  /** training's adjustment of a settlement: a placement recorded late inside the window (up) or corrected (down). */
  let revision = 0;
  const adjust = async (s: ReturnType<typeof riskShareSettled>, before: number, after: number, adjustedOn: string) => {
    revision += 1;
    await factories.publishAs(t.stack, 'training', {
      type: 'RiskShareSettlementAdjusted',
      aggregateType: 'CourseEdition',
      aggregateId: s.editionId,
      payload: {
        settlementId: s.settlementId,
        revisionId: randomUUID(),
        revision,
        editionId: s.editionId,
        editionTitle: 'Addetto alle pulizie',
        trainingBodyId: s.trainingBodyId,
        placementId: randomUUID(),
        reason: 'placement recorded after settlement',
        cause: after > before ? 'PLACEMENT_RECORDED_LATE' : 'PLACEMENT_CORRECTED',
        placementStartDate: '2026-06-20',
        achievedRateBefore: 48,
        achievedRateAfter: 60,
        payableBeforeCents: before,
        payableAfterCents: after,
        withheldBeforeCents: s.atRiskCents - before,
        withheldAfterCents: s.atRiskCents - after,
        deltaCents: after - before,
        windowEnd: s.windowEnd,
        adjustedOn,
      },
    });
    await factories.drainEvents(t.stack);
  };
  const SETTLEMENTS = '{ trainingSettlements { id payableCents paidCents outstandingCents paidOn } }';
  const settlementOf = async (id: string) =>
    (
      await t.graphql<{
        trainingSettlements: { id: string; payableCents: number; paidCents: number; outstandingCents: number; paidOn: string }[];
      }>(SETTLEMENTS, { token: staff })
    ).data?.trainingSettlements.find((x) => x.id === id);
  const paidRows = (id: string) =>
    financeSql<{ amount_cents: string; booked_on: string }>(
      t,
      `select "amount_cents"::text, "booked_on"::text from "finance"."ledger_entry" where "settlement_id" = ? and "account" = 'SETTLEMENT_PAID' order by "booked_on"`,
      [id],
    );
  const PAY_ON =
    'mutation($id: ID!, $on: String!) { payTrainingSettlement(settlementId: $id, paidOn: $on) { paidOn paidCents outstandingCents } }';

  it('pays the difference when a late placement raised a settlement already paid, once, and not dated before the last payment', async () => {
    const late = riskShareSettled();
    await settleRiskShare(t, late);
    const pay = (on: string) =>
      money<{ payTrainingSettlement: { paidOn: string; paidCents: number; outstandingCents: number } }>('TrainingSettlement', PAY_ON, {
        token: staff,
        variables: { id: late.settlementId, on },
      });
    expect((await pay('2026-07-15')).data?.payTrainingSettlement).toEqual({
      paidOn: '2026-07-15',
      paidCents: 240_000,
      outstandingCents: 0,
    });
    // A placement recorded late inside the window: the body is now owed €600.00 more.
    await adjust(late, 240_000, 300_000, '2026-09-01');
    expect(await settlementOf(late.settlementId)).toMatchObject({ payableCents: 300_000, paidCents: 240_000, outstandingCents: 60_000 });

    const before = await snapshot(t);
    const early = await pay('2026-07-14');
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      reason: 'SETTLEMENT_PAID_BEFORE_LAST',
      field: 'paidOn',
      params: { lastPaidOn: '2026-07-15' },
    });
    expect(await snapshot(t)).toEqual(before);

    expect((await pay('2026-09-10')).data?.payTrainingSettlement).toEqual({
      paidOn: '2026-09-10',
      paidCents: 300_000,
      outstandingCents: 0,
    });
    expect(await paidRows(late.settlementId)).toEqual([
      { amount_cents: '240000', booked_on: '2026-07-15' },
      { amount_cents: '60000', booked_on: '2026-09-10' },
    ]);
    const paidEvents = await financeSql<{ payload: { paidCents: number } }>(
      t,
      `select "payload" from "finance"."outbox_event" where "type" = 'SettlementPaid' and "aggregate_id" = ? order by "id"`,
      [late.settlementId],
    );
    expect(paidEvents.map((e) => e.payload.paidCents)).toEqual([240_000, 60_000]);

    const after = await snapshot(t);
    expect(errorCodes(await pay('2026-09-11'))).toEqual(['CONFLICT']);
    expect(await snapshot(t)).toEqual(after);
  });

  it('leaves an amount to recover, and pays nothing, when a correction lowered a settlement below what was paid', async () => {
    const lowered = riskShareSettled();
    await settleRiskShare(t, lowered);
    await money('TrainingSettlement', PAY_ON, { token: staff, variables: { id: lowered.settlementId, on: '2026-07-15' } });
    await adjust(lowered, 240_000, 180_000, '2026-08-01');
    expect(await settlementOf(lowered.settlementId)).toMatchObject({
      payableCents: 180_000,
      paidCents: 240_000,
      outstandingCents: -60_000,
    });
    const before = await snapshot(t);
    const r = await money('TrainingSettlement', PAY_ON, { token: staff, variables: { id: lowered.settlementId, on: '2026-08-02' } });
    expect(errorCodes(r)).toEqual(['CONFLICT']);
    expect(r.errors?.[0]?.extensions?.reason).toBe('SETTLEMENT_ALREADY_PAID');
    expect(await snapshot(t)).toEqual(before);
  });
});

describe('stage indemnities', () => {
  it('schedules one indemnity per month of a STAGE placement, once, and shows a company its own', async () => {
    const p = stagePlacement({ startDate: '2026-02-10', endDate: '2026-04-30' });
    await recordPlacement(t, p);
    await recordPlacement(t, p);
    await recordPlacement(t, stagePlacement({ type: 'ASSUNZIONE', companyId: p.companyId }));
    const company = await t.tokenFor('COMPANY', { companyId: p.companyId! });
    const r = await t.graphql<{ stageIndemnities: { month: string; amountCents: number }[] }>(
      '{ stageIndemnities { month amountCents } }',
      { token: company },
    );
    expect(r.data?.stageIndemnities).toEqual([
      { month: '2026-02-01', amountCents: 45_000 },
      { month: '2026-03-01', amountCents: 45_000 },
      { month: '2026-04-01', amountCents: 45_000 },
    ]);
    const other = await t.tokenFor('COMPANY', { companyId: randomUUID() });
    expect(
      (await t.graphql<{ stageIndemnities: unknown[] }>('{ stageIndemnities { month } }', { token: other })).data?.stageIndemnities,
    ).toEqual([]);

    const all = await t.graphql<{ stageIndemnities: { id: string; month: string; paidOn: string | null }[] }>(
      'query($p: ID) { stageIndemnities(placementId: $p) { id month paidOn } }',
      { token: staff, variables: { p: p.placementId } },
    );
    expect(all.data?.stageIndemnities).toHaveLength(3);
    const feb = all.data!.stageIndemnities[0]!;
    expect(feb.paidOn).toBeNull();
    const PAY = 'mutation($id: ID!, $on: String!) { payStageIndemnity(indemnityId: $id, paidOn: $on) { month paidOn } }';
    const paid = await money<{ payStageIndemnity: { paidOn: string } }>('StageIndemnity', PAY, {
      token: staff,
      variables: { id: feb.id, on: '2026-03-05' },
    });
    expect(paid.data?.payStageIndemnity.paidOn).toBe('2026-03-05');
    const before = await snapshot(t);
    expect(errorCodes(await money('StageIndemnity', PAY, { token: staff, variables: { id: feb.id, on: '2026-03-06' } }))).toEqual([
      'CONFLICT',
    ]);
    expect(
      errorCodes(
        await money('StageIndemnity', PAY, { token: staff, variables: { id: all.data!.stageIndemnities[2]!.id, on: '2026-03-06' } }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await money('StageIndemnity', PAY, { token: company, variables: { id: all.data!.stageIndemnities[1]!.id, on: '2026-04-06' } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await snapshot(t)).toEqual(before);
  });
});
