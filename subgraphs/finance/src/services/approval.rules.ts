import { createHash } from 'node:crypto';
import type { Caller } from '@ixl/auth';
import { ApproverRole } from '../entities/approval.entity.js';
import type { PreviewLedgerLine } from '../entities/approval.entity.js';

/** How long an approver has before a pending request is shown as overdue (2 days). */
export const APPROVAL_DUE_MS = 2 * 24 * 60 * 60 * 1000;

export interface RuleView {
  required: boolean;
  thresholdCents: number;
  approverRole: ApproverRole;
  approverUserIds: readonly string[];
}

/** Whether an operation moving `amountCents` needs a second person under `rule` (below the threshold one suffices). */
export function needsApproval(rule: RuleView | null, amountCents: number): boolean {
  if (!rule) return true;
  if (!rule.required) return false;
  return amountCents >= rule.thresholdCents;
}

/**
 * Whether `caller` may decide a request made by `makerId` under `rule`: never the maker; the rule's role or a named
 * approver; a change of the rules themselves only another ADMIN (whoever the rule names).
 */
export function approverRefusal(
  caller: Caller,
  makerId: string,
  rule: RuleView,
  ruleChange = false,
): 'APPROVAL_OWN_REQUEST' | 'APPROVER_NOT_ALLOWED' | 'APPROVAL_RULE_DECIDED_BY_ADMIN' | null {
  if (caller.userId === makerId) return 'APPROVAL_OWN_REQUEST';
  if (caller.role !== 'STAFF' && caller.role !== 'ADMIN') return 'APPROVER_NOT_ALLOWED';
  if (ruleChange && caller.role !== 'ADMIN') return 'APPROVAL_RULE_DECIDED_BY_ADMIN';
  if (caller.userId && rule.approverUserIds.includes(caller.userId)) return null;
  if (caller.role === 'ADMIN') return null;
  if (rule.approverRole === ApproverRole.STAFF) return null;
  return 'APPROVER_NOT_ALLOWED';
}

/** A stable JSON text (sorted keys) for hashing. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The lines compared between the preview and the execution (ids created by the operation itself differ and are left out). */
export function sameLedgerLines(a: readonly PreviewLedgerLine[], b: readonly PreviewLedgerLine[]): boolean {
  const key = (l: PreviewLedgerLine) => canonicalJson({ ...l, memo: l.memo ?? null });
  const ka = a.map(key).sort();
  const kb = b.map(key).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}
