import { describe, expect, it } from 'vitest';
import { changeLabel, changeValue, payloadRows } from '../src/features/approvals/approval-changes.js';

// A stand-in for the catalogue's enum labels: the code prefixed by its enum, so the test sees which enum was asked.
const tCode = (enumName: string, value: string | null | undefined) => `${enumName}:${value}`;
const t = (key: string, vars?: Record<string, unknown>) => `${key}${vars ? JSON.stringify(vars) : ''}`;

describe('what a request changes, in words (Approvazioni)', () => {
  it('shows statuses by the target’s enum, days as dates, amounts in euro, yes/no and roles, never a raw code', () => {
    expect(changeValue('status', 'REFUSED', 'it', tCode, 'Loan')).toBe('LoanStatus:REFUSED');
    expect(changeValue('status', 'OPEN', 'it', tCode, 'Grant')).toBe('GrantStatus:OPEN');
    expect(changeValue('disbursed_on', '2026-01-20', 'it', tCode, 'Loan')).toBe('20 gennaio 2026');
    expect(changeValue('fundFreeCapacityCents', '25000000', 'it', tCode, 'Loan')).toMatch(/^250\.000,00\s€$/);
    expect(changeValue('funderBudgetLines', '2 / 150000', 'it', tCode, 'Funder')).toMatch(/^2 · 1\.500,00\s€$/);
    expect(changeValue('required', 'true', 'it', tCode)).toBe('Sì');
    expect(changeValue('approverRole', 'ADMIN', 'it', tCode)).toBe('ApproverRole:ADMIN');
    expect(changeValue('guarantee_share_bps', '7000', 'it', tCode, 'Loan')).toBe('70 %');
    expect(changeValue('paid_on', null, 'it', tCode)).toBe('—');
  });

  it('words a request’s full content: labels, dates, euro, funders and kinds', () => {
    const rows = payloadRows(
      'CREATE_BUDGET_LINE',
      JSON.stringify({ funder: 'COMUNE', fromYear: 2027, toYear: 2027, label: 'Tirocini', amountCents: 1_000_000 }),
      'it',
      tCode,
    );
    expect(rows).toEqual([
      ['Finanziatore', 'BudgetFunder:COMUNE'],
      ['Dal', '2027'],
      ['Al', '2027'],
      ['Nome della voce', 'Tirocini'],
      ['Importo', expect.stringMatching(/^10\.000,00\s€$/)],
    ]);
    const tranche = payloadRows(
      'DISBURSE_GRANT_TRANCHE',
      JSON.stringify({
        grantId: 'g1',
        paidOn: '2026-03-01',
        receipts: [{ expenseLineId: 'e1', amountCents: 10_000, receiptNumber: 'R-1' }],
      }),
      'it',
      tCode,
    );
    expect(tranche[1]).toEqual(['Pagato il', '1 marzo 2026']);
    expect(tranche[2]![1]).toMatch(/Importo: 100,00\s€/);
    expect(payloadRows('COMMIT_SUPPORT_PAYMENT', JSON.stringify({ kind: 'OVER55_HIRING' }), 'it', tCode)).toEqual([
      ['Tipo', 'SupportPaymentKind:OVER55_HIRING'],
    ]);
  });

  it('labels the values in Italian, ledger movements by their account', () => {
    expect(changeLabel('fundFreeCapacityCents', 'it', t, tCode)).toBe('Capacità libera del fondo di garanzia');
    expect(changeLabel('ledger.LOAN_DISBURSED', 'it', t, tCode)).toBe(
      'approvals.ledgerField{"account":"FinanceLedgerAccount:LOAN_DISBURSED"}',
    );
  });
});
