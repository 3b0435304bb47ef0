import { describe, expect, it } from 'vitest';
import { ImportRowProblems } from '@ixl/subgraph-kit';
import { CommitteeKind, DecisionOutcome, FundingKind, NonCashItemKind } from '../entities/enums.js';
import { parseDecisionRow } from './history-import-decisions.rules.js';

const row = (cells: Record<string, string>) => (column: string) => (cells[column] ?? '').trim();
const problems = (cells: Record<string, string>): [string | null, string][] => {
  try {
    parseDecisionRow(row(cells));
  } catch (e) {
    if (e instanceof ImportRowProblems) return e.problems.map((p) => [p.column, p.reasonCode]);
    throw e;
  }
  throw new Error('the row was accepted');
};

const APPROVAL = {
  id_esterno: 'DEL-1',
  progetto: 'PIS-2019-001',
  comitato: 'Gestione',
  data_seduta: '01/07/2019',
  esito: 'approvato',
  forma: 'contributo',
  investimenti: '6.000,00',
  servizi: '1.500,00',
};

describe('DELIBERE rows (issue 27)', () => {
  it('reads an approval with its support, checked by the live funding rules', () => {
    expect(parseDecisionRow(row(APPROVAL))).toEqual({
      externalId: 'DEL-1',
      project: 'PIS-2019-001',
      committeeKind: CommitteeKind.MANAGEMENT,
      decidedOn: '2019-07-01',
      outcome: DecisionOutcome.APPROVED,
      conditions: null,
      funding: {
        kind: FundingKind.GRANT,
        nonCashItems: null,
        amountCents: 750_000,
        investmentCents: 600_000,
        servicesCents: 150_000,
        termMonths: null,
        graceMonths: null,
      },
      form: 'contributo',
    });
    expect(
      parseDecisionRow(
        row({
          ...APPROVAL,
          forma: 'non monetario',
          investimenti: '',
          servizi: '',
          importo: '1.200,00',
          descrizione_sostegno: 'Corso HACCP',
        }),
      ).funding,
    ).toMatchObject({
      kind: FundingKind.NON_CASH,
      amountCents: 120_000,
      nonCashItems: [{ kind: NonCashItemKind.SERVICES_IN_KIND, description: 'Corso HACCP', valueCents: 120_000 }],
    });
  });

  it('names the column of each problem', () => {
    expect(problems({ ...APPROVAL, investimenti: '6.500,00' })).toEqual([['investimenti', 'GRANT_INVESTMENTS_CAP']]);
    expect(problems({ ...APPROVAL, importo: '9.000,00' })).toEqual([['importo', 'GRANT_AMOUNT_SUM']]);
    expect(problems({ ...APPROVAL, forma: 'prestito', investimenti: '', servizi: '', importo: '5.000,00', durata_mesi: '72' })).toEqual([
      ['durata_mesi', 'LOAN_TERM_6_60'],
    ]);
    expect(problems({ ...APPROVAL, forma: 'non monetario', investimenti: '', servizi: '', importo: '100,00' })).toEqual([
      ['descrizione_sostegno', 'NON_CASH_ITEM_DESCRIPTION'],
    ]);
    expect(problems({ ...APPROVAL, forma: '' })).toEqual([['forma', 'APPROVAL_NEEDS_FUNDING']]);
    expect(problems({ ...APPROVAL, comitato: 'valutazione', forma: '' })).toEqual([['forma', 'EVALUATION_NEEDS_FORM_OF_SUPPORT']]);
    expect(problems({ ...APPROVAL, esito: 'rinviato' })).toEqual([['forma', 'IMPORT_DECISION_SUPPORT_ONLY_APPROVED']]);
    expect(
      problems({ id_esterno: 'DEL-2', comitato: 'tavolo tecnico', data_seduta: '31/02/2019', esito: 'approvato con condizioni' }),
    ).toEqual([
      ['progetto', 'IMPORT_REQUIRED'],
      ['comitato', 'IMPORT_CODE_UNKNOWN'],
      ['data_seduta', 'IMPORT_DATE_FORMAT'],
      ['condizioni', 'IMPORT_REQUIRED'],
    ]);
  });
});
