import type { Caller } from '@ixl/auth';

/** Who did something: the user account (or 'system') and its role, for events and the audit log. */
export interface Actor {
  actorId: string;
  actorRole: string;
}

export const SYSTEM_ACTOR: Actor = { actorId: 'system', actorRole: 'SYSTEM' };

export const actorOf = (caller: Caller): Actor => ({ actorId: caller.userId ?? 'anonymous', actorRole: caller.role });
