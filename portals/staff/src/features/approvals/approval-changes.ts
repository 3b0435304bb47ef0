import { formatCents, formatDate } from '@ixl/ui';

type Lang = 'it' | 'en';
type T = (key: string, vars?: Record<string, string | number | null | undefined>) => string;
type TCode = (enumName: string, value: string | null | undefined) => string;

const LABELS: Record<string, { it: string; en: string }> = {
  status: { it: 'Stato', en: 'Status' },
  principal_cents: { it: 'Capitale', en: 'Principal' },
  disbursed_on: { it: 'Erogato il', en: 'Disbursed on' },
  contract_date: { it: 'Data del contratto', en: 'Contract date' },
  bank: { it: 'Banca', en: 'Bank' },
  plafondCents: { it: 'Plafond alla data', en: 'Plafond on the date' },
  plafondVersions: { it: 'Versioni del plafond', en: 'Plafond versions' },
  paid_on: { it: 'Pagato il', en: 'Paid on' },
  committedThisYear: { it: 'Impegnato nell’anno (numero / totale)', en: 'Committed in the year (count / total)' },
  reversals: { it: 'Storni', en: 'Reversals' },
  required: { it: 'Approvazione richiesta', en: 'Approval required' },
  thresholdCents: { it: 'Soglia', en: 'Threshold' },
  approverRole: { it: 'Chi approva', en: 'Who approves' },
  approverUserIds: { it: 'Approvatori nominativi', en: 'Named approvers' },
  guarantee_share_bps: { it: 'Quota garantita dal fondo', en: 'Share guaranteed by the fund' },
  amount_cents: { it: 'Importo', en: 'Amount' },
  total_cents: { it: 'Totale', en: 'Total' },
  payable_cents: { it: 'Da pagare', en: 'Payable' },
  withheld_cents: { it: 'Trattenuto', en: 'Withheld' },
  paid_cents: { it: 'Già pagato', en: 'Paid so far' },
  from_year: { it: 'Dal', en: 'From' },
  to_year: { it: 'Al', en: 'To' },
  month: { it: 'Mese', en: 'Month' },
  account: { it: 'Conto', en: 'Account' },
  booked_on: { it: 'Registrato il', en: 'Booked on' },
  exists: { it: 'Esiste', en: 'Exists' },
  funderBudgetLines: { it: 'Voci di bilancio del finanziatore (numero · totale)', en: 'The funder’s budget lines (count · total)' },
  fundFreeCapacityCents: { it: 'Capacità libera del fondo di garanzia', en: 'Free capacity of the guarantee fund' },
};
/** The enum of a target's status, by the target's type. */
const STATUS_ENUM: Record<string, string> = { Loan: 'LoanStatus', Grant: 'GrantStatus' };
const CENTS = new Set([
  'fundFreeCapacityCents',
  'principal_cents',
  'plafondCents',
  'thresholdCents',
  'amount_cents',
  'payable_cents',
  'withheld_cents',
  'paid_cents',
  'total_cents',
]);

/** The label of a value of a request's target (`ledger.<ACCOUNT>`: that account's movements). */
export function changeLabel(field: string, lang: Lang, t: T, tCode: TCode): string {
  if (field.startsWith('ledger.')) return t('approvals.ledgerField', { account: tCode('FinanceLedgerAccount', field.slice(7)) });
  return LABELS[field]?.[lang] ?? field;
}

/**
 * A value of a request's target in words: amounts in euro (`n / cents` for ledger movements), days as dates, statuses,
 * roles, accounts and yes/no in the user's language (never a raw code).
 */
export function changeValue(field: string, value: string | null, lang: Lang, tCode: TCode, targetType = ''): string {
  if (value == null) return '—';
  if (field === 'status' && STATUS_ENUM[targetType]) return tCode(STATUS_ENUM[targetType], value);
  if (field === 'approverRole') return tCode('ApproverRole', value);
  if (field === 'account') return tCode('FinanceLedgerAccount', value);
  if (field === 'guarantee_share_bps' && /^\d+$/.test(value))
    return `${(Number(value) / 100).toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB')} %`;
  if (value === 'true' || value === 'false') return value === 'true' ? (lang === 'it' ? 'Sì' : 'Yes') : lang === 'it' ? 'No' : 'No';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  const counted = /^(\d+) \/ (-?\d+)$/.exec(value);
  if (counted && (field.startsWith('ledger.') || field === 'committedThisYear' || field === 'funderBudgetLines'))
    return `${counted[1]} · ${formatCents(Number(counted[2]), lang)}`;
  if (CENTS.has(field) && /^-?\d+$/.test(value)) return formatCents(Number(value), lang);
  return value;
}

/** The arguments of a prepared operation (its full content), labelled in the user's language. */
const PAYLOAD_LABELS: Record<string, { it: string; en: string }> = {
  loanId: { it: 'Prestito', en: 'Loan' },
  grantId: { it: 'Contributo', en: 'Grant' },
  budgetLineId: { it: 'Voce di bilancio', en: 'Budget line' },
  commitmentId: { it: 'Impegno', en: 'Commitment' },
  settlementId: { it: 'Liquidazione', en: 'Settlement' },
  indemnityId: { it: 'Indennità', en: 'Indemnity' },
  entryId: { it: 'Movimento', en: 'Ledger entry' },
  referenceId: { it: 'Riferimento', en: 'Reference' },
  amountCents: { it: 'Importo', en: 'Amount' },
  thresholdCents: { it: 'Soglia', en: 'Threshold' },
  paidOn: { it: 'Pagato il', en: 'Paid on' },
  contractDate: { it: 'Data del contratto', en: 'Contract date' },
  disbursedOn: { it: 'Erogato il', en: 'Disbursed on' },
  on: { it: 'Alla data', en: 'On' },
  effectiveFrom: { it: 'In vigore dal', en: 'In force from' },
  bookedOn: { it: 'Registrato il', en: 'Booked on' },
  note: { it: 'Nota', en: 'Note' },
  purpose: { it: 'Scopo', en: 'Purpose' },
  reason: { it: 'Motivo', en: 'Reason' },
  description: { it: 'Descrizione', en: 'Description' },
  label: { it: 'Nome della voce', en: 'Line name' },
  funder: { it: 'Finanziatore', en: 'Funder' },
  fromYear: { it: 'Dal', en: 'From' },
  toYear: { it: 'Al', en: 'To' },
  year: { it: 'Anno', en: 'Year' },
  kind: { it: 'Tipo', en: 'Kind' },
  receipts: { it: 'Giustificativi', en: 'Receipts' },
  required: { it: 'Approvazione richiesta', en: 'Approval required' },
  approverRole: { it: 'Chi approva', en: 'Who approves' },
  approverUserIds: { it: 'Approvatori nominativi', en: 'Named approvers' },
};
/** The enum of a payload's `kind`, by the operation. */
const KIND_ENUM: Record<string, string> = { COMMIT_SUPPORT_PAYMENT: 'SupportPaymentKind', CHANGE_APPROVAL_RULE: 'MoneyOperationKind' };

/** A request's full content as label/value rows: dates, amounts, funders, kinds and yes/no in words (ids as they are). */
export function payloadRows(operation: string, payloadJson: string, lang: Lang, tCode: TCode): [string, string][] {
  const payload = JSON.parse(payloadJson) as Record<string, unknown>;
  const word = (key: string, value: unknown): string => {
    if (value == null || value === '') return '—';
    if (Array.isArray(value))
      return (
        value
          .map((v) =>
            v && typeof v === 'object'
              ? Object.entries(v)
                  .map(([k, x]) => `${PAYLOAD_LABELS[k]?.[lang] ?? k}: ${word(k, x)}`)
                  .join(', ')
              : word(key, v),
          )
          .join('; ') || '—'
      );
    const text = String(value);
    if (key.endsWith('Cents') && /^-?\d+$/.test(text)) return formatCents(Number(text), lang);
    if (key === 'funder') return tCode('BudgetFunder', text);
    if (key === 'approverRole') return tCode('ApproverRole', text);
    if (key === 'kind' && KIND_ENUM[operation]) return tCode(KIND_ENUM[operation], text);
    if (typeof value === 'boolean') return value ? (lang === 'it' ? 'Sì' : 'Yes') : 'No';
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
    return text;
  };
  return Object.entries(payload).map(([key, value]) => [PAYLOAD_LABELS[key]?.[lang] ?? key, word(key, value)]);
}
