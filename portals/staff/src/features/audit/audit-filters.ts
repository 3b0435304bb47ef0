import type { PersonalDataAction } from '../../gql/graphql.js';
import { SUBGRAPH_NAMES } from '@ixl/registry';
import { isIsoDate, romeDayStart } from '@ixl/calendar';

export const AUDIT_ACTIONS = [
  'READ',
  'LIST',
  'DOWNLOAD_DOCUMENT',
  'CHANGE',
  'EXPORT',
  'ERASE',
] as const satisfies readonly PersonalDataAction[];
/** The audit log's sources: every subgraph of the registry (@ixl/registry, plain data). */
export const AUDIT_SOURCES: readonly string[] = SUBGRAPH_NAMES;
export const PAGE_SIZES = ['20', '50', '100'] as const;
/** The API returns at most this many rows (`first`). */
export const MAX_ROWS = 1000;

/** The filters as typed, and as kept in the address (persona, attore, azione, fonte, dal, al, righe). */
export interface AuditDraft {
  persona: string;
  attore: string;
  azione: string;
  fonte: string;
  dal: string;
  al: string;
  righe: string;
}

export const EMPTY_AUDIT_DRAFT: AuditDraft = { persona: '', attore: '', azione: '', fonte: '', dal: '', al: '', righe: '20' };
const KEYS = Object.keys(EMPTY_AUDIT_DRAFT) as (keyof AuditDraft)[];

export function auditDraftFromParams(params: URLSearchParams): AuditDraft {
  const d = { ...EMPTY_AUDIT_DRAFT };
  for (const k of KEYS) d[k] = params.get(k) ?? EMPTY_AUDIT_DRAFT[k];
  return d;
}

/** The address query of a search (empty values and the default page size left out). */
export function auditParams(d: AuditDraft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEYS) {
    const v = d[k].trim();
    if (v && !(k === 'righe' && v === EMPTY_AUDIT_DRAFT.righe)) out[k] = v;
  }
  return out;
}

export function pageSize(d: AuditDraft): number {
  return (PAGE_SIZES as readonly string[]).includes(d.righe) ? Number(d.righe) : Number(EMPTY_AUDIT_DRAFT.righe);
}

/** Checks done before asking the API: real days, the end not before the start. Field → message key. */
export function auditDraftProblems(d: AuditDraft): Partial<Record<'from' | 'to', string>> {
  const problems: Partial<Record<'from' | 'to', string>> = {};
  if (d.dal && !isIsoDate(d.dal)) problems.from = 'audit.error.day';
  if (d.al && !isIsoDate(d.al)) problems.to = 'audit.error.day';
  if (!problems.from && !problems.to && d.dal && d.al && d.al < d.dal) problems.to = 'audit.error.toBeforeFrom';
  return problems;
}

export interface AuditVariables {
  beneficiaryId: string | null;
  actorId: string | null;
  action: PersonalDataAction | null;
  source: string | null;
  from: string | null;
  to: string | null;
  first: number;
}

/** The API variables of a (valid) search: Rome days become instants, `to` is the start of the day after. */
export function auditVariables(d: AuditDraft, first: number): AuditVariables {
  const action = (AUDIT_ACTIONS as readonly string[]).includes(d.azione) ? (d.azione as PersonalDataAction) : null;
  const source = AUDIT_SOURCES.includes(d.fonte) ? d.fonte : null;
  return {
    beneficiaryId: d.persona.trim() || null,
    actorId: d.attore.trim() || null,
    action,
    source,
    from: d.dal && isIsoDate(d.dal) ? romeDayStart(d.dal) : null,
    to: d.al && isIsoDate(d.al) ? romeDayStart(d.al, 1) : null,
    first: Math.min(first, MAX_ROWS),
  };
}
