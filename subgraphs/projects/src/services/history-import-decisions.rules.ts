// Pure rules of the DELIBERE kind of the history import (issue 27): a row into a committee decision on a project,
// its support checked by the live funding rules (funding-limits.rules.ts), or every problem of the row.

import { importDate, importEuroCents, ImportRowProblems, type ImportRowProblem } from '@ixl/subgraph-kit';
import { DomainError } from '@ixl/subgraph-kit';
import { CommitteeKind, DecisionOutcome, FundingKind, NonCashItemKind } from '../entities/enums.js';
import { validateFunding, type ValidFunding } from './funding-limits.rules.js';

/** DELIBERE: one decision of the evaluation or management committee on a project. */
export interface DecisionRow {
  externalId: string;
  /** The PROGETTI id_esterno or the platform id of the project, as written. */
  project: string;
  committeeKind: CommitteeKind.EVALUATION | CommitteeKind.MANAGEMENT;
  decidedOn: string;
  outcome: DecisionOutcome;
  conditions: string | null;
  /** The support an approval decided (validated as a live decision's), else null. */
  funding: ValidFunding | null;
  /** The form as written (the row error names it in Italian). */
  form: string | null;
}

const CODES = {
  comitato: { valutazione: CommitteeKind.EVALUATION, gestione: CommitteeKind.MANAGEMENT },
  esito: {
    approvato: DecisionOutcome.APPROVED,
    'approvato con condizioni': DecisionOutcome.APPROVED,
    respinto: DecisionOutcome.REJECTED,
    rinviato: DecisionOutcome.POSTPONED,
  },
  forma: {
    prestito: FundingKind.LOAN,
    'credito sociale': FundingKind.LOAN,
    contributo: FundingKind.GRANT,
    'fondo perduto': FundingKind.GRANT,
    'non monetario': FundingKind.NON_CASH,
  },
} as const;

const ALLOWED: Record<keyof typeof CODES, string> = {
  comitato: 'valutazione, gestione',
  esito: 'approvato, approvato con condizioni, respinto, rinviato',
  forma: 'prestito, contributo, non monetario',
};

/** The file's column of each field the live funding rules name. */
const FUNDING_COLUMN: Record<string, string> = {
  'funding.amountCents': 'importo',
  'funding.investmentCents': 'investimenti',
  'funding.servicesCents': 'servizi',
  'funding.termMonths': 'durata_mesi',
  'funding.graceMonths': 'preammortamento_mesi',
  'funding.nonCashItems': 'descrizione_sostegno',
  'funding.nonCashItems.0.description': 'descrizione_sostegno',
  'funding.nonCashItems.0.valueCents': 'importo',
};

/** The support columns: only with an approval. */
const SUPPORT_COLUMNS = ['forma', 'importo', 'investimenti', 'servizi', 'durata_mesi', 'preammortamento_mesi', 'descrizione_sostegno'];

/** Reads a DELIBERE row: every problem of the row at once (ImportRowProblems), else the decision. */
export function parseDecisionRow(get: (column: string) => string): DecisionRow {
  const problems: ImportRowProblem[] = [];
  const problem = (column: string, reasonCode: string, params: Record<string, string | number> = {}) =>
    problems.push({ column, reasonCode, params });
  const required = (column: string): string => {
    const v = get(column);
    if (v === '') problem(column, 'IMPORT_REQUIRED', { column });
    return v;
  };
  const code = <K extends keyof typeof CODES>(column: K): (typeof CODES)[K][keyof (typeof CODES)[K]] | null => {
    const raw = get(column);
    const v = raw.toLowerCase().replace(/\s+/g, ' ');
    if (v === '') return null;
    const hit = (CODES[column] as Record<string, unknown>)[v];
    if (hit === undefined) problem(column, 'IMPORT_CODE_UNKNOWN', { value: raw, allowed: ALLOWED[column] });
    return (hit ?? null) as never;
  };
  const cents = (column: string): number | null => {
    const v = get(column);
    if (v === '') return null;
    const c = importEuroCents(v);
    if (c === null) problem(column, 'IMPORT_MONEY_FORMAT', { value: v });
    return c;
  };
  const whole = (column: string): number | null => {
    const v = get(column);
    if (v === '') return null;
    if (!/^\d{1,4}$/.test(v)) {
      problem(column, 'IMPORT_NUMBER_FORMAT', { value: v });
      return null;
    }
    return Number(v);
  };

  const externalId = required('id_esterno');
  if (externalId.length > 100) problem('id_esterno', 'IMPORT_KEY_LENGTH', { max: 100 });
  const project = required('progetto');
  required('comitato');
  const committeeKind = code('comitato');
  const dayText = required('data_seduta');
  const decidedOn = dayText ? importDate(dayText) : null;
  if (dayText && !decidedOn) problem('data_seduta', 'IMPORT_DATE_FORMAT', { value: dayText });
  required('esito');
  const outcome = code('esito');
  const withConditions = get('esito').toLowerCase().replace(/\s+/g, ' ') === 'approvato con condizioni';
  const conditions = get('condizioni').replace(/\s+/g, ' ') || null;
  if (conditions && conditions.length > 2000) problem('condizioni', 'FIELD_TOO_LONG', { field: 'condizioni', max: 2000 });
  if (withConditions && !conditions) problem('condizioni', 'IMPORT_REQUIRED', { column: 'condizioni' });

  // The support: with an approval only, then the live rules (the evaluation committee chooses the form of support, the
  // management committee approves it with its amounts).
  const form = code('forma');
  const amount = cents('importo');
  const investment = cents('investimenti');
  const services = cents('servizi');
  const term = whole('durata_mesi');
  const grace = whole('preammortamento_mesi');
  const description = get('descrizione_sostegno').replace(/\s+/g, ' ');
  let funding: ValidFunding | null = null;
  if (outcome && outcome !== DecisionOutcome.APPROVED) {
    const given = SUPPORT_COLUMNS.find((c) => get(c) !== '');
    if (given) problem(given, 'IMPORT_DECISION_SUPPORT_ONLY_APPROVED');
  } else if (outcome === DecisionOutcome.APPROVED && committeeKind) {
    if (!get('forma'))
      problem('forma', committeeKind === CommitteeKind.EVALUATION ? 'EVALUATION_NEEDS_FORM_OF_SUPPORT' : 'APPROVAL_NEEDS_FUNDING');
    else if (form && !problems.length) {
      try {
        funding = validateFunding(
          form === FundingKind.NON_CASH
            ? {
                kind: form,
                nonCashItems: [{ kind: NonCashItemKind.SERVICES_IN_KIND, description, valueCents: amount ?? 0 }],
                amountCents: amount,
              }
            : {
                kind: form,
                amountCents: amount,
                investmentCents: investment,
                servicesCents: services,
                termMonths: term,
                graceMonths: grace,
              },
        );
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        problem((e.field && FUNDING_COLUMN[e.field]) ?? 'importo', e.reason, { ...(e.params as Record<string, string | number>) });
      }
    }
  }

  if (problems.length) throw new ImportRowProblems(problems);
  return {
    externalId,
    project,
    committeeKind: committeeKind as DecisionRow['committeeKind'],
    decidedOn: decidedOn!,
    outcome: outcome!,
    conditions,
    funding,
    form: funding ? get('forma').toLowerCase().replace(/\s+/g, ' ') : null,
  };
}
