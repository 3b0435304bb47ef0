export const ROLES = ['BENEFICIARY', 'COMPANY', 'TRAINING_BODY', 'COMMITTEE_MEMBER', 'STAFF', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the authenticated user (or an anonymous caller) as the gateway forwards it. */
export interface Caller {
  userId: string | null;
  role: Role | 'ANONYMOUS';
  /** Set for BENEFICIARY accounts. */
  beneficiaryId?: string | null;
  /** Set for COMPANY accounts. */
  companyId?: string | null;
  /** Set for TRAINING_BODY accounts. */
  trainingBodyId?: string | null;
  requestId?: string;
  /** The client's address as the gateway saw it (login throttling); set by the gateway on every call. */
  clientIp?: string;
}

export const ANONYMOUS: Caller = Object.freeze({ userId: null, role: 'ANONYMOUS' });

/**
 * Everything about a caller that authorisation may depend on (identity, role and organisation): live
 * subscriptions share an upstream stream, and an event's resolution, only when this is equal.
 */
export const callerScope = (caller: Caller): string =>
  JSON.stringify([caller.userId, caller.role, caller.beneficiaryId ?? null, caller.companyId ?? null, caller.trainingBodyId ?? null]);

export const isStaff = (caller: Caller): boolean => caller.role === 'STAFF' || caller.role === 'ADMIN';
