import { describe, expect, it } from 'vitest';
import { ImportRowProblems } from '@ixl/subgraph-kit';
import { importRateBps, parseGrantRow, parseLoanRow, parsePaymentRow } from './history-import.rules.js';

const reader = (row: Record<string, string>) => (column: string) => row[column] ?? '';
const problems = (parse: () => unknown) => {
  try {
    parse();
  } catch (e) {
    if (e instanceof ImportRowProblems) return e.problems.map((p) => [p.column, p.reasonCode]);
    throw e;
  }
  return [];
};

describe('finance history import rows', () => {
  it('reads a loan: euro to cents, the rate in basis points, empty terms left to the product', () => {
    expect(
      parseLoanRow(reader({ id_esterno: 'CS-1', progetto: 'PIS-1', importo: '25.000,00', tasso: '3,25', data_approvazione: '15/07/2020' })),
    ).toEqual({
      externalId: 'CS-1',
      project: 'PIS-1',
      principalCents: 2_500_000,
      annualRateBps: 325,
      termMonths: null,
      graceMonths: 0,
      bank: null,
      approvedOn: '2020-07-15',
      contractDate: null,
    });
    expect([importRateBps('3.25'), importRateBps('0'), importRateBps('3,5 %'), importRateBps('3,255'), importRateBps('tre')]).toEqual([
      325,
      0,
      350,
      null,
      null,
    ]);
  });

  it('reports every problem of a loan row', () => {
    expect(
      problems(() =>
        parseLoanRow(
          reader({ importo: '0,00', tasso: '3,2x', durata_mesi: 'sei', data_approvazione: '20/07/2020', data_contratto: '01/07/2020' }),
        ),
      ),
    ).toEqual([
      ['id_esterno', 'IMPORT_REQUIRED'],
      ['progetto', 'IMPORT_REQUIRED'],
      ['importo', 'PRINCIPAL_POSITIVE'],
      ['tasso', 'IMPORT_RATE_FORMAT'],
      ['durata_mesi', 'IMPORT_NUMBER_FORMAT'],
      ['data_contratto', 'IMPORT_FINANCE_DATE_ORDER'],
    ]);
  });

  it('checks a grant against the live caps', () => {
    const grant = { id_esterno: 'FP-1', progetto: 'PIS-1', data_approvazione: '2019-07-20' };
    expect(parseGrantRow(reader({ ...grant, importo_investimenti: '6.000,00', importo_servizi: '2000' }))).toMatchObject({
      investmentCents: 600_000,
      servicesCents: 200_000,
    });
    expect(problems(() => parseGrantRow(reader({ ...grant, importo_servizi: '2.000,01' })))).toEqual([
      ['importo_servizi', 'GRANT_SERVICES_CAP'],
    ]);
    expect(problems(() => parseGrantRow(reader(grant)))).toEqual([['importo_investimenti', 'GRANT_NEEDS_AMOUNTS']]);
  });

  it('reads a payment of a loan or of a grant, never both, and a grant is never repaid', () => {
    const pay = { id_esterno: 'PAG-1', data: '15/09/2020', importo: '476,25' };
    expect(parsePaymentRow(reader({ ...pay, tipo: 'Rimborso', prestito: 'CS-1' }))).toMatchObject({
      kind: 'REPAYMENT',
      loan: 'CS-1',
      grant: null,
      amountCents: 47_625,
    });
    expect(parsePaymentRow(reader({ ...pay, tipo: 'erogazione', contributo: 'FP-1', categoria: 'servizi' }))).toMatchObject({
      kind: 'DISBURSEMENT',
      grant: 'FP-1',
      category: 'SERVICES',
      receipt: null,
    });
    expect(
      problems(() => parsePaymentRow(reader({ ...pay, tipo: 'erogazione', prestito: 'CS-1', contributo: 'FP-1', categoria: 'servizi' }))),
    ).toEqual([['contributo', 'IMPORT_PAYMENT_TARGET']]);
    expect(problems(() => parsePaymentRow(reader({ ...pay, tipo: 'rimborso', contributo: 'FP-1', categoria: 'servizi' })))).toEqual([
      ['tipo', 'IMPORT_PAYMENT_TARGET'],
    ]);
    expect(
      problems(() => parsePaymentRow(reader({ ...pay, tipo: 'storno', prestito: 'CS-1', categoria: 'servizi', importo: '-5' }))),
    ).toEqual([
      ['tipo', 'IMPORT_CODE_UNKNOWN'],
      ['importo', 'IMPORT_MONEY_FORMAT'],
      ['categoria', 'IMPORT_ONLY_WITH'],
    ]);
    expect(problems(() => parsePaymentRow(reader({ ...pay, tipo: 'erogazione', contributo: 'FP-1' })))).toEqual([
      ['categoria', 'IMPORT_REQUIRED'],
    ]);
  });
});
