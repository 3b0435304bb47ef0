import { formatCents } from '@ixl/ui';

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
};
const CENTS = new Set(['principal_cents', 'plafondCents', 'thresholdCents', 'amount_cents', 'payable_cents', 'total_cents']);

/** The label of a value of a request's target (`ledger.<ACCOUNT>`: that account's movements). */
export function changeLabel(field: string, lang: Lang, t: T, tCode: TCode): string {
  if (field.startsWith('ledger.')) return t('approvals.ledgerField', { account: tCode('FinanceLedgerAccount', field.slice(7)) });
  return LABELS[field]?.[lang] ?? field;
}

/** A value of a request's target, amounts in euro (`n / cents` for ledger movements). */
export function changeValue(field: string, value: string | null, lang: Lang): string {
  if (value == null) return '—';
  const counted = /^(\d+) \/ (-?\d+)$/.exec(value);
  if (counted && (field.startsWith('ledger.') || field === 'committedThisYear'))
    return `${counted[1]} · ${formatCents(Number(counted[2]), lang)}`;
  if (CENTS.has(field) && /^-?\d+$/.test(value)) return formatCents(Number(value), lang);
  return value;
}
