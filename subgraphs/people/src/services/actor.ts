import type { Caller } from '@ixl/auth';
import type { Actor } from '../events/publish-people-event.js';

export const SYSTEM_ACTOR: Actor = { actorId: 'system', actorRole: 'SYSTEM' };

export const actorOf = (caller: Caller): Actor => ({ actorId: caller.userId ?? 'anonymous', actorRole: caller.role });
