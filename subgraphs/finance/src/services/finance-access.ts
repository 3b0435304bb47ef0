import { isStaff, type Caller } from '@ixl/auth';
import { forbidden, requireAuthenticated } from '@ixl/subgraph-kit';

const NONE = '00000000-0000-0000-0000-000000000000';

/**
 * Who may see a loan or grant: staff/admin all; the applicant (its user account) or the funded
 * beneficiary their own; a committee member the funding of the dossiers its committees decided
 * (`committeeMemberUserIds`, carried by the `FundingApproved` event from `projects`).
 */
export function canSeeFunding(
  caller: Caller,
  f: { applicantUserId: string | null; beneficiaryId: string | null; committeeMemberUserIds?: string[] },
): boolean {
  if (isStaff(caller)) return true;
  if (caller.role === 'ANONYMOUS') return false;
  if (caller.role === 'COMMITTEE_MEMBER') return !!caller.userId && (f.committeeMemberUserIds ?? []).includes(caller.userId);
  return (!!caller.userId && f.applicantUserId === caller.userId) || (!!caller.beneficiaryId && f.beneficiaryId === caller.beneficiaryId);
}

/** The ORM filter of the loans/grants a caller may list (throws for callers who may see none). */
export function fundingFilter(caller: Caller): Record<string, unknown> {
  requireAuthenticated(caller);
  if (isStaff(caller)) return {};
  if (caller.role === 'COMMITTEE_MEMBER') return { committeeMemberUserIds: { $contains: [caller.userId ?? NONE] } };
  return { $or: [{ applicantUserId: caller.userId ?? NONE }, { beneficiaryId: caller.beneficiaryId ?? NONE }] };
}

/** Settlements: staff all, a training body its own. */
export function settlementFilter(caller: Caller): Record<string, unknown> {
  requireAuthenticated(caller);
  if (isStaff(caller)) return {};
  if (caller.role === 'TRAINING_BODY' && caller.trainingBodyId) return { trainingBodyId: caller.trainingBodyId };
  throw forbidden();
}

/** Stage indemnities and incentives: staff all, a company those for its own placements. */
export function companyPaymentFilter(caller: Caller): Record<string, unknown> {
  requireAuthenticated(caller);
  if (isStaff(caller)) return {};
  if (caller.role === 'COMPANY' && caller.companyId) return { companyId: caller.companyId };
  throw forbidden();
}
