import { randomUUID } from 'node:crypto';
import { factories, type TestStack } from '@ixl/testkit';
import type { FundingApprovedPayload, PlacementRecordedPayload, RiskShareSettledPayload } from '@ixl/contracts';

/** Raw SQL on the finance schema through the finance subgraph's own connection (assertions only). */
export async function financeSql<T = Record<string, unknown>>(t: TestStack, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await t.stack.subgraphs.finance.orm.em.getConnection().execute(sql, params)) as T[];
}

export async function countRows(t: TestStack, table: string): Promise<number> {
  const rows = await financeSql<{ n: number }>(t, `select count(*)::int as "n" from "finance"."${table}"`);
  return rows[0]?.n ?? -1;
}

/** Journal size and the tables a failed operation must leave untouched. */
export async function snapshot(t: TestStack): Promise<Record<string, number>> {
  const tables = [
    'ledger_entry',
    'loan',
    'loan_installment',
    'loan_repayment',
    'grant',
    'grant_expense_line',
    'budget_commitment',
    'support_payment',
    'training_settlement',
    'outbox_event',
  ];
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = await countRows(t, table);
  return out;
}

export function fundingApproved(overrides: Partial<FundingApprovedPayload> = {}): FundingApprovedPayload {
  return {
    decisionId: randomUUID(),
    projectId: randomUUID(),
    projectKind: 'SOCIAL_INNOVATION',
    kind: 'LOAN',
    amountCents: 2_500_000,
    investmentCents: null,
    servicesCents: null,
    termMonths: 60,
    graceMonths: 6,
    approvedOn: '2026-01-15',
    applicantUserId: null,
    beneficiaryId: null,
    ...overrides,
  };
}

/** Emulates `projects` approving funding, then delivers it. */
export async function approveFunding(t: TestStack, payload: FundingApprovedPayload): Promise<void> {
  await factories.publishAs(t.stack, 'projects', {
    type: 'FundingApproved',
    aggregateType: 'Project',
    aggregateId: payload.projectId,
    payload: { ...payload },
  });
  await factories.drainEvents(t.stack);
}

export function riskShareSettled(overrides: Partial<RiskShareSettledPayload> = {}): RiskShareSettledPayload {
  return {
    settlementId: randomUUID(),
    editionId: randomUUID(),
    trainingBodyId: randomUUID(),
    totalCostCents: 1_000_000,
    atRiskCents: 300_000,
    payableCents: 240_000,
    withheldCents: 60_000,
    achievedRatePercent: 48,
    targetRatePercent: 60,
    mode: 'PROPORTIONAL',
    windowEnd: '2026-06-30',
    ...overrides,
  };
}

export async function settleRiskShare(t: TestStack, payload: RiskShareSettledPayload): Promise<void> {
  await factories.publishAs(t.stack, 'training', {
    type: 'RiskShareSettled',
    aggregateType: 'CourseEdition',
    aggregateId: payload.editionId,
    payload: { ...payload },
  });
  await factories.drainEvents(t.stack);
}

export function stagePlacement(overrides: Partial<PlacementRecordedPayload> = {}): PlacementRecordedPayload {
  return {
    placementId: randomUUID(),
    beneficiaryId: randomUUID(),
    companyId: randomUUID(),
    vacancyId: null,
    sourceEditionId: null,
    previousPlacementId: null,
    type: 'STAGE',
    contract: null,
    startDate: '2026-02-10',
    endDate: '2026-04-30',
    hoursPerWeek: 30,
    ...overrides,
  };
}

export async function recordPlacement(t: TestStack, payload: PlacementRecordedPayload): Promise<void> {
  await factories.publishAs(t.stack, 'companies', {
    type: 'PlacementRecorded',
    aggregateType: 'Placement',
    aggregateId: payload.placementId,
    payload: { ...payload },
  });
  await factories.drainEvents(t.stack);
}

export async function loanOfDecision(
  t: TestStack,
  decisionId: string,
): Promise<{ id: string; status: string; refusal_reason: string | null }> {
  const rows = await financeSql<{ id: string; status: string; refusal_reason: string | null }>(
    t,
    'select "id", "status", "refusal_reason" from "finance"."loan" where "decision_id" = ?',
    [decisionId],
  );
  if (rows.length !== 1) throw new Error(`expected one loan for decision ${decisionId}, found ${rows.length}`);
  return rows[0]!;
}

export async function outboxTypes(t: TestStack): Promise<string[]> {
  return (await financeSql<{ type: string }>(t, 'select "type" from "finance"."outbox_event" order by "id"')).map((r) => r.type);
}

/**
 * A hire the over-55 incentive accepts (seeds/003_fe62a26ba95cc30f.txt:1562-1568): a person born in 1960, hired on
 * 2026-03-01 by a Third Sector employer, as finance learns them from the events of companies and people.
 */
export async function over55Hire(t: TestStack): Promise<{ placementId: string; companyId: string }> {
  const companyId = randomUUID();
  await factories.publishAs(t.stack, 'companies', {
    type: 'CompanyRegistered',
    aggregateType: 'Company',
    aggregateId: companyId,
    payload: {
      companyId,
      name: 'La Fraternità Soc. Coop. Sociale',
      association: null,
      atecoCode: null,
      municipalityCode: '037006',
      boardJoinedOn: null,
      boardLeftOn: null,
      thirdSector: true,
      changedFields: [],
    },
  });
  const beneficiaryId = randomUUID();
  await factories.publishAs(t.stack, 'people', {
    type: 'BeneficiaryProfileChanged',
    aggregateType: 'Beneficiary',
    aggregateId: beneficiaryId,
    payload: { profile: { beneficiaryId, firstName: 'Anna', lastInitial: 'R', birthYear: 1960, birthDate: '1960-04-02' } },
  });
  const hire = stagePlacement({
    companyId,
    beneficiaryId,
    startDate: '2026-03-01',
    endDate: null,
    type: 'ASSUNZIONE',
    contract: 'TEMPO_DETERMINATO',
  });
  await recordPlacement(t, hire);
  return { placementId: hire.placementId, companyId };
}
