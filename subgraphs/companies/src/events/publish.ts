import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '@ixl/events';
import type { Caller } from '@ixl/auth';

/** Publishes one companies event in the caller's transaction (outbox row commits with the change). */
export function publishCompaniesEvent(tx: EntityManager, caller: Caller, type: string, aggregateType: string, aggregateId: string, payload: object): Promise<void> {
  return publishEvent(tx, 'companies', { type, aggregateType, aggregateId, payload: payload as Record<string, unknown>, actorId: caller.userId ?? null });
}
