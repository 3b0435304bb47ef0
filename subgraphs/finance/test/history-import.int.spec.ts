import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootTestStack,
  historyImportClient,
  type HistoryImportBatchResult,
  type HistoryImportClient,
  factories,
  type TestStack,
} from '@ixl/testkit';
import { readSpreadsheet } from '@ixl/subgraph-kit';
import { FINANCE_IMPORT_LAYOUTS, layoutCsv, PROJECTS_IMPORT_LAYOUTS } from '@ixl/contracts';

/**
 * Issue 27, the finance kinds: loans (PRESTITI) and grants (CONTRIBUTI) of projects imported from a PROGETTI file,
 * found by the old system's id the projects import publishes to finance's project facts (or by the platform's id);
 * then their payments (PAGAMENTI). Bad rows are reported with line, column and reason and nothing is written; rows
 * are written by the live services (schedule, journal, events marked imported); the figures finance shows (a loan's
 * outstanding principal after imported repayments, the guarantee fund's exposure) equal hand counts of the files; a
 * re-import changes nothing; a corrected file updates what may change; undo works, and is refused while something
 * depends on the batch.
 */

let t: TestStack;
let staff: string;
let admin: string;
let imports: HistoryImportClient;
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  t.stack.subgraphs.finance.orm.em.getConnection().execute<T[]>(query, params);
const count = async (table: string, where = 'true') =>
  Number((await sql<{ n: string }>(`select count(*) as n from "finance"."${table}" where ${where}`))[0]?.n ?? 0);

const prestiti = (rows: Record<string, string>[]) => layoutCsv(FINANCE_IMPORT_LAYOUTS.PRESTITI, rows);
const contributi = (rows: Record<string, string>[]) => layoutCsv(FINANCE_IMPORT_LAYOUTS.CONTRIBUTI, rows);
const pagamenti = (rows: Record<string, string>[]) => layoutCsv(FINANCE_IMPORT_LAYOUTS.PAGAMENTI, rows);

const STEPS = {
  data_preselezione: '10/02/2019',
  data_incontro_conoscitivo: '04/03/2019',
  data_accompagnamento: '11/03/2019',
  data_report: '20/05/2019',
  data_comitato_valutazione: '10/06/2019',
  data_comitato_gestione: '01/07/2019',
  data_finanziamento: '15/07/2019',
  percorso: 'tre laboratori',
};
const PROJECTS = layoutCsv(PROJECTS_IMPORT_LAYOUTS.PROGETTI, [
  {
    id_esterno: 'PIS-2019-001',
    titolo: 'Sartoria sociale',
    organizzazione: 'Cooperativa Filo Rosso',
    settore: 'moda etica',
    data_candidatura: '15/01/2019',
    ...STEPS,
  },
  {
    id_esterno: 'PIS-2019-002',
    titolo: 'Forno di comunità',
    organizzazione: 'Associazione Pane',
    settore: 'food etico',
    data_candidatura: '20/01/2019',
    ...STEPS,
  },
  {
    id_esterno: 'PIS-2019-003',
    titolo: 'Emporio solidale',
    organizzazione: 'Associazione Il Ponte',
    settore: 'welfare di comunità',
    data_candidatura: '01/04/2019',
    data_preselezione: '15/04/2019',
  },
]);

// Loan A: €12,000 at 0% over 12 months from 15/07/2019: €1,000 of principal due on the 15th of each month (hand count).
const LOAN_A = {
  id_esterno: 'CS-2019-001',
  progetto: 'PIS-2019-001',
  importo: '12.000,00',
  tasso: '0',
  durata_mesi: '12',
  data_approvazione: '15/07/2019',
};
// Loan B: €25,000 with the product's rate and term (3.25%, 60 months), 6 months of pre-amortisation; named by the project's id.
let projectB: string;
const loanB = () => ({
  id_esterno: 'CS-2020-002',
  progetto: projectB,
  importo: '25.000,00',
  preammortamento_mesi: '6',
  data_approvazione: '20/07/2020',
});
const GRANT = {
  id_esterno: 'FP-2019-001',
  progetto: 'PIS-2019-001',
  importo_investimenti: '6.000,00',
  importo_servizi: '2.000,00',
  data_approvazione: '20/07/2019',
};
const DISBURSE_A = { id_esterno: 'PAG-1', tipo: 'erogazione', prestito: 'CS-2019-001', data: '01/08/2019', importo: '12.000,00' };
const repay = (n: number, data: string, importo = '1.000,00') => ({
  id_esterno: `PAG-R${n}`,
  tipo: 'rimborso',
  prestito: 'CS-2019-001',
  data,
  importo,
});
const GRANT_PAID = {
  id_esterno: 'PAG-G1',
  tipo: 'erogazione',
  contributo: 'FP-2019-001',
  data: '10/09/2019',
  importo: '4.000,00',
  categoria: 'investimenti',
  ricevuta: 'FT 2019/118',
};
const PAYMENTS = [DISBURSE_A, repay(1, '15/08/2019'), repay(2, '15/09/2019'), repay(3, '15/10/2019'), GRANT_PAID];

let loansBatch: HistoryImportBatchResult;
let loansV2: HistoryImportBatchResult;
let grantsBatch: HistoryImportBatchResult;
let paymentsBatch: HistoryImportBatchResult;
let loanA: string;

const loanFigures = async (id: string, asOf: string) => {
  const r = await t.graphql<{
    loan: {
      status: string;
      disbursedOn: string | null;
      position: { outstandingPrincipalCents: number; paidPrincipalCents: number; overdueCents: number };
    };
  }>(
    'query($id: ID!, $on: String) { loan(id: $id) { status disbursedOn position(asOf: $on) { outstandingPrincipalCents paidPrincipalCents overdueCents } } }',
    {
      token: staff,
      variables: { id, on: asOf },
    },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.loan;
};
const exposure = async () => {
  const r = await t.graphql<{ guaranteeFund: { exposureCents: number; freeCapacityCents: number } }>(
    '{ guaranteeFund { exposureCents freeCapacityCents } }',
    { token: staff },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.guaranteeFund;
};
const projectSupport = async () =>
  t.stack.subgraphs.projects.orm.em
    .getConnection()
    .execute<{ kind: string; cents: number }[]>(
      `select "kind", "value_cents"::int as "cents" from projects.project_support_ref order by "kind", "value_cents"`,
    );

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
  imports = historyImportClient(t.graphql, 'finance', admin);
  // The guarantee fund: €150,000 since 2017.
  await sql(
    `insert into finance.guarantee_plafond ("id", "amount_cents", "effective_from", "note", "recorded_at") values (gen_random_uuid(), 15000000, '2017-01-01', 'test', now())`,
  );
  await historyImportClient(t.graphql, 'projects', admin).importFile('PROGETTI', 'progetti.csv', PROJECTS);
  await factories.drainEvents(t.stack);
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

describe('history import: finance', () => {
  it('finance knows the imported projects by the old system’s id (from their events)', async () => {
    const facts = await sql<{ project_id: string; external_id: string; status: string }>(
      `select "project_id", "external_id", "status" from finance.project_fact order by "external_id"`,
    );
    expect(facts.map((f) => [f.external_id, f.status])).toEqual([
      ['PIS-2019-001', 'FUNDED'],
      ['PIS-2019-002', 'FUNDED'],
      ['PIS-2019-003', 'PRE_SELECTION'],
    ]);
    projectB = facts[1]!.project_id;
  });

  it('serves the finance layouts as templates to ADMIN only', async () => {
    const origin = new URL(t.url).origin;
    for (const kind of ['PRESTITI', 'CONTRIBUTI', 'PAGAMENTI'] as const) {
      const xlsx = await fetch(`${origin}/files/finance/import-templates/${kind}.xlsx`, { headers: { authorization: `Bearer ${admin}` } });
      expect(xlsx.status).toBe(200);
      const read = await readSpreadsheet(new Uint8Array(await xlsx.arrayBuffer()));
      expect(read.ok && read.header).toEqual(FINANCE_IMPORT_LAYOUTS[kind].map((c) => c.header));
    }
    const denied = await fetch(`${origin}/files/finance/import-templates/PRESTITI.csv`, { headers: { authorization: `Bearer ${staff}` } });
    expect(denied.status).toBe(403);
  });

  it('reports bad loan rows with line, column and reason, and writes nothing', async () => {
    const bad = prestiti([
      LOAN_A,
      { ...loanB(), id_esterno: 'CS-X1', progetto: 'PIS-1999-999' },
      { ...loanB(), id_esterno: 'CS-X2', progetto: 'PIS-2019-003' },
      { ...loanB(), id_esterno: 'CS-X3', importo: '25.000,001' },
      { ...loanB(), id_esterno: 'CS-X4', importo: '30.000,00' },
      { ...loanB(), id_esterno: 'CS-X5', durata_mesi: '72' },
      { ...loanB(), id_esterno: 'CS-X6', tasso: 'tre', data_contratto: '01/07/2020' },
      LOAN_A,
    ]);
    const r = await imports.check('PRESTITI', 'prestiti.csv', bad);
    expect(r.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([
      [3, 'progetto', 'IMPORT_FINANCE_PROJECT_NOT_FOUND'],
      [4, 'progetto', 'IMPORT_FINANCE_PROJECT_NOT_FUNDED'],
      [5, 'importo', 'IMPORT_MONEY_FORMAT'],
      [6, 'importo', 'PRINCIPAL_TOO_HIGH'],
      [7, 'durata_mesi', 'LOAN_TERM_RANGE'],
      [8, 'tasso', 'IMPORT_RATE_FORMAT'],
      [8, 'data_contratto', 'IMPORT_FINANCE_DATE_ORDER'],
      [9, 'id_esterno', 'IMPORT_DUPLICATE_KEY'],
    ]);
    expect(r.errors[1]).toMatchObject({ file: 'prestiti.csv', params: { project: 'PIS-2019-003', projectStatus: 'PRE_SELECTION' } });
    expect(r.errors[3]).toMatchObject({ params: { maxCents: 2_500_000 } });
    const refused = await imports.start('PRESTITI', 'prestiti.csv', bad);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_ERRORS', params: { count: 8 } });
    await expect(historyImportClient(t.graphql, 'finance', staff).check('PRESTITI', 'prestiti.csv', bad)).rejects.toThrow(/FORBIDDEN/);
    expect(await count('loan')).toBe(0);
    expect(await count('import_batch')).toBe(0);
  });

  it('imports the loans as live ones: terms, schedule, guarantee, LoanOpened marked imported, the source of each', async () => {
    loansBatch = await imports.importFile('PRESTITI', 'prestiti.csv', prestiti([LOAN_A, loanB()]));
    expect(loansBatch).toMatchObject({ createdCount: 2, updatedCount: 0 });
    const loans = await sql<Record<string, unknown>>(
      `select r."key", r."source_file" as "file", r."source_line" as "line", l."project_id" as "project", l."principal_cents"::int as "principal",
         l."annual_rate_bps" as "rate", l."term_months" as "term", l."grace_months" as "grace", l."bank", l."status",
         to_char(l."approved_on", 'YYYY-MM-DD') as "approved", (select count(*)::int from finance.loan_installment i where i."loan_id" = l."id") as "installments"
       from finance.import_record r join finance.loan l on l."id" = r."entity_id" where r."kind" = 'PRESTITI' order by r."key"`,
    );
    const [a] = await sql<{ project_id: string }>(`select "project_id" from finance.project_fact where "external_id" = 'PIS-2019-001'`);
    expect(loans).toEqual([
      {
        key: 'CS-2019-001',
        file: 'prestiti.csv',
        line: 2,
        project: a!.project_id,
        principal: 1_200_000,
        rate: 0,
        term: 12,
        grace: 0,
        bank: 'Emil Banca',
        status: 'APPROVED',
        approved: '2019-07-15',
        installments: 12,
      },
      {
        key: 'CS-2020-002',
        file: 'prestiti.csv',
        line: 3,
        project: projectB,
        principal: 2_500_000,
        rate: 325,
        term: 60,
        grace: 6,
        bank: 'Emil Banca',
        status: 'APPROVED',
        approved: '2020-07-20',
        installments: 60,
      },
    ]);
    loanA = (await sql<{ entity_id: string }>(`select "entity_id" from finance.import_record where "key" = 'CS-2019-001'`))[0]!.entity_id;
    // €1,000 of principal on the 15th of each month from August 2019 (0%: no interest).
    const plan = await sql<{ due: string; p: number; i: number }>(
      `select to_char("due_date", 'YYYY-MM-DD') as "due", "principal_cents"::int as "p", "interest_cents"::int as "i" from finance.loan_installment where "loan_id" = ? order by "number"`,
      [loanA],
    );
    expect(plan[0]).toEqual({ due: '2019-08-15', p: 100_000, i: 0 });
    expect(plan.every((x) => x.p === 100_000 && x.i === 0)).toBe(true);
    const events = await sql<{ payload: { imported?: boolean; approvedOn?: string } }>(
      `select "payload" from finance.outbox_event where "type" = 'LoanOpened' order by "payload"->>'approvedOn'`,
    );
    expect(events.map((e) => [e.payload.approvedOn, e.payload.imported])).toEqual([
      ['2019-07-15', true],
      ['2020-07-20', true],
    ]);
    // The fund guarantees 70% of both: 8,400 + 17,500.
    expect(await exposure()).toMatchObject({ exposureCents: 2_590_000, freeCapacityCents: 15_000_000 - 2_590_000 });
    await factories.drainEvents(t.stack);
    expect(await projectSupport()).toEqual([
      { kind: 'LOAN', cents: 1_200_000 },
      { kind: 'LOAN', cents: 2_500_000 },
    ]);
  });

  it('a re-import changes nothing; a corrected file changes the bank, never the terms of a written schedule', async () => {
    expect(await imports.importFile('PRESTITI', 'prestiti.csv', prestiti([LOAN_A, loanB()]))).toMatchObject({
      createdCount: 0,
      unchangedCount: 2,
    });
    expect(await count('loan_installment')).toBe(72);
    const corrected = prestiti([LOAN_A, { ...loanB(), banca: 'Banca Etica', data_contratto: '01/09/2020' }]);
    expect(await imports.check('PRESTITI', 'prestiti-v2.csv', corrected)).toMatchObject({
      toCreate: 0,
      toUpdate: 1,
      unchanged: 1,
      errors: [],
    });
    loansV2 = await imports.importFile('PRESTITI', 'prestiti-v2.csv', corrected);
    expect(loansV2).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 1 });
    expect(
      await sql(`select "bank", to_char("contract_date", 'YYYY-MM-DD') as "contract" from finance.loan where "principal_cents" = 2500000`),
    ).toEqual([{ bank: 'Banca Etica', contract: '2020-09-01' }]);
    expect(await count('loan_installment')).toBe(72);
    expect(await count('outbox_event', `"type" = 'LoanOpened'`)).toBe(2);
    const rewritten = await imports.check('PRESTITI', 'prestiti-v3.csv', prestiti([{ ...LOAN_A, importo: '11.000,00' }, loanB()]));
    expect(rewritten.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([[2, 'importo', 'IMPORT_LOAN_TERMS_CHANGED']]);
  });

  it('imports grants within the live caps, with their commitment booked', async () => {
    const bad = contributi([
      GRANT,
      { ...GRANT, id_esterno: 'FP-X1', importo_investimenti: '6.500,00' },
      { ...GRANT, id_esterno: 'FP-X2', importo_investimenti: '', importo_servizi: '' },
      { ...GRANT, id_esterno: 'FP-X3', progetto: 'PIS-1999-999' },
    ]);
    expect((await imports.check('CONTRIBUTI', 'contributi.csv', bad)).errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([
      [3, 'importo_investimenti', 'GRANT_INVESTMENTS_CAP'],
      [4, 'importo_investimenti', 'GRANT_NEEDS_AMOUNTS'],
      [5, 'progetto', 'IMPORT_FINANCE_PROJECT_NOT_FOUND'],
    ]);
    expect(await count('grant')).toBe(0);
    grantsBatch = await imports.importFile('CONTRIBUTI', 'contributi.csv', contributi([GRANT]));
    expect(grantsBatch).toMatchObject({ createdCount: 1 });
    expect(
      await sql(
        `select "investment_cents"::int as "i", "services_cents"::int as "s", "total_cents"::int as "t", "status" from finance."grant"`,
      ),
    ).toEqual([{ i: 600_000, s: 200_000, t: 800_000, status: 'OPEN' }]);
    expect(await sql(`select "amount_cents"::int as "cents" from finance.ledger_entry where "account" = 'GRANT_COMMITTED'`)).toEqual([
      { cents: 800_000 },
    ]);
    expect(await count('grant_expense_line')).toBe(2);
    const [opened] = await sql<{ payload: { imported?: boolean } }>(
      `select "payload" from finance.outbox_event where "type" = 'GrantOpened'`,
    );
    expect(opened!.payload.imported).toBe(true);
  });

  it('reports bad payments: unknown loan, no disbursement yet, wrong amounts, a repayment over what is owed', async () => {
    const bad = pagamenti([
      ...PAYMENTS,
      { ...repay(9, '15/11/2019'), prestito: 'CS-1999-999' },
      { ...repay(10, '01/12/2020'), prestito: 'CS-2020-002' },
      { ...DISBURSE_A, id_esterno: 'PAG-E2', prestito: 'CS-2020-002', data: '01/10/2020', importo: '20.000,00' },
      repay(11, '15/11/2019', '20.000,00'),
      { ...GRANT_PAID, id_esterno: 'PAG-G2', categoria: 'servizi', importo: '2.500,00' },
      { ...GRANT_PAID, id_esterno: 'PAG-G3', tipo: 'rimborso' },
      repay(12, '15/11/2019', '1.000,5x'),
    ]);
    const r = await imports.check('PAGAMENTI', 'pagamenti.csv', bad);
    expect(r.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([
      [7, 'prestito', 'IMPORT_LOAN_NOT_FOUND'],
      [8, 'prestito', 'IMPORT_LOAN_NOT_DISBURSED'],
      [9, 'importo', 'IMPORT_LOAN_DISBURSEMENT_AMOUNT'],
      [10, 'importo', 'REPAYMENT_EXCEEDS_OWED'],
      [11, 'importo', 'RECEIPTS_EXCEED_LINE'],
      [12, 'tipo', 'IMPORT_PAYMENT_TARGET'],
      [13, 'importo', 'IMPORT_MONEY_FORMAT'],
    ]);
    // After the three repayments of the file, €9,000 of principal is all it owes (no interest at 0%).
    expect(r.errors[3]).toMatchObject({ params: { maxCents: 900_000 } });
    expect(r.errors[4]).toMatchObject({ params: { availableCents: 200_000 } });
    expect(r.errors[2]).toMatchObject({ params: { principalCents: 2_500_000 } });
    expect(await count('loan_repayment')).toBe(0);
    expect(await count('ledger_entry', `"account" <> 'GRANT_COMMITTED'`)).toBe(0);
  });

  it('imports the payments through the live operations; the loan shows the hand-counted balance', async () => {
    paymentsBatch = await imports.importFile('PAGAMENTI', 'pagamenti.csv', pagamenti(PAYMENTS));
    expect(paymentsBatch).toMatchObject({ createdCount: 5 });
    expect(await count('loan_repayment')).toBe(3);
    expect(await sql(`select "account", sum("amount_cents")::int as "cents" from finance.ledger_entry group by 1 order by 1`)).toEqual([
      { account: 'GRANT_COMMITTED', cents: 800_000 },
      { account: 'GRANT_DISBURSED', cents: 400_000 },
      { account: 'LOAN_DISBURSED', cents: 1_200_000 },
      { account: 'LOAN_PRINCIPAL_REPAID', cents: 300_000 },
    ]);
    // 12,000 lent, three installments of 1,000 paid on their day: 9,000 outstanding, nothing overdue at the end of October 2019.
    expect(await loanFigures(loanA, '2019-10-31')).toEqual({
      status: 'REPAYING',
      disbursedOn: '2019-08-01',
      position: { outstandingPrincipalCents: 900_000, paidPrincipalCents: 300_000, overdueCents: 0 },
    });
    const repaid = await sql<{ payload: { imported?: boolean; kind: string; outstandingPrincipalCents: number } }>(
      `select "payload" from finance.outbox_event where "type" = 'RepaymentRecorded' order by "payload"->>'paidOn'`,
    );
    expect(repaid.map((e) => [e.payload.kind, e.payload.outstandingPrincipalCents, e.payload.imported])).toEqual([
      ['ON_TIME', 1_100_000, true],
      ['ON_TIME', 1_000_000, true],
      ['ON_TIME', 900_000, true],
    ]);
    // The fund's exposure follows the repaid principal: 70% of 9,000 + 70% of 25,000.
    expect((await exposure()).exposureCents).toBe(630_000 + 1_750_000);
    // Each imported payment remembers its file and line (ADMIN).
    const [r2] = await sql<{ entity_id: string }>(`select "entity_id" from finance.import_record where "key" = 'PAG-R2'`);
    const source = await t.graphql<{ financeHistoryImportSource: Record<string, unknown> }>(
      'query($id: ID!) { financeHistoryImportSource(entityId: $id) { file line batchId externalKey } }',
      { token: admin, variables: { id: r2!.entity_id } },
    );
    expect(source.data?.financeHistoryImportSource).toEqual({
      file: 'pagamenti.csv',
      line: 4,
      batchId: paymentsBatch.id,
      externalKey: 'PAG-R2',
    });
    expect(await count('loan_repayment', `"id" = '${r2!.entity_id}'`)).toBe(1);
    // The journal stays append-only outside an undo.
    await expect(sql(`delete from finance.loan_repayment`)).rejects.toThrow(/append-only/);
    expect(await imports.importFile('PAGAMENTI', 'pagamenti.csv', pagamenti(PAYMENTS))).toMatchObject({
      createdCount: 0,
      unchangedCount: 5,
    });
    expect(await count('loan_repayment')).toBe(3);
    // Once disbursed, a corrected loans file cannot move the contract after the disbursement.
    const late = await imports.check('PRESTITI', 'prestiti-v4.csv', prestiti([{ ...LOAN_A, data_contratto: '02/08/2019' }, loanB()]));
    expect(late.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([[2, 'data_contratto', 'DISBURSEMENT_BEFORE_CONTRACT']]);
    const changed = await imports.check(
      'PAGAMENTI',
      'pagamenti-v2.csv',
      pagamenti([...PAYMENTS.slice(0, 3), repay(3, '15/10/2019', '900,00'), GRANT_PAID]),
    );
    expect(changed.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([[5, 'id_esterno', 'IMPORT_PAYMENT_CHANGED']]);
  });

  it('undo: refused while later records depend on the batch, then takes back payments, loans and grants', async () => {
    const later = await imports.importFile('PAGAMENTI', 'pagamenti-nov.csv', pagamenti([repay(4, '15/11/2019')]));
    expect(later).toMatchObject({ createdCount: 1 });
    // The November repayment was allocated on top of the batch's: the batch cannot go first.
    expect((await imports.undo(paymentsBatch.id)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IMPORT_UNDO_DEPENDENTS',
      params: { count: 1, what: 'rimborsi registrati dopo' },
    });
    // The loans have payments: refused too (the corrected file first, then the loans' dependents).
    expect((await imports.undo(loansBatch.id)).errors?.[0]?.extensions).toMatchObject({ reason: 'IMPORT_UNDO_LATER_BATCH' });
    expect((await imports.undone(loansV2.id)).status).toBe('UNDONE');
    expect(await sql(`select "bank", "contract_date" from finance.loan where "principal_cents" = 2500000`)).toEqual([
      { bank: 'Emil Banca', contract_date: null },
    ]);
    expect((await imports.undo(loansBatch.id)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IMPORT_UNDO_DEPENDENTS',
    });
    expect((await imports.undo(grantsBatch.id)).errors?.[0]?.extensions).toMatchObject({
      reason: 'IMPORT_UNDO_DEPENDENTS',
      params: { count: 1, what: 'erogazioni' },
    });
    expect((await imports.undone(later.id)).status).toBe('UNDONE');
    expect((await loanFigures(loanA, '2019-11-30')).position.outstandingPrincipalCents).toBe(900_000);
    expect((await imports.undone(paymentsBatch.id)).status).toBe('UNDONE');
    expect(await count('loan_repayment')).toBe(0);
    expect(await loanFigures(loanA, '2019-10-31')).toMatchObject({ status: 'APPROVED', disbursedOn: null });
    expect(await sql(`select "account" from finance.ledger_entry`)).toEqual([{ account: 'GRANT_COMMITTED' }]);
    expect((await imports.undone(loansBatch.id)).status).toBe('UNDONE');
    expect((await imports.undone(grantsBatch.id)).status).toBe('UNDONE');
    expect([await count('loan'), await count('loan_installment'), await count('grant'), await count('ledger_entry')]).toEqual([0, 0, 0, 0]);
    expect(await count('import_record')).toBe(0);
    // Readers forget the support taken back.
    expect(await count('outbox_event', `"type" = 'SupportWithdrawn'`)).toBe(3);
    await factories.drainEvents(t.stack);
    expect(await projectSupport()).toEqual([]);
  });
});
