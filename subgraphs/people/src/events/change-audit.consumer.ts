import type { EntityManager } from '@mikro-orm/postgresql';
import { ANY_EVENT, type DomainEvent, type EventHandler, type SubscriptionSpec } from '@ixl/events';
import { PERSONAL_DATA_READ } from '@ixl/contracts';
import { SUBGRAPH_NAMES } from '@ixl/registry';
import { isUuid, uuidFromKey } from '../services/ids.js';

/** The row id of an event's CHANGE row, so a redelivery inserts nothing new. */
const auditId = (event: DomainEvent) => uuidFromKey(`change:${event.source}:${event.id}`);

/** The person an event is about: `beneficiaryId` in the payload (or the profile), or a Beneficiary aggregate. */
export function beneficiaryOf(event: DomainEvent): string | null {
  const p = event.payload as Record<string, unknown>;
  const profile = p.profile as Record<string, unknown> | undefined;
  const id = p.beneficiaryId ?? profile?.beneficiaryId ?? (event.aggregateType === 'Beneficiary' ? event.aggregateId : null);
  return isUuid(id) ? id : null;
}

/** What changed: the event type and the payload's field names (never the values). */
export function changedFields(event: DomainEvent): string[] {
  const p = event.payload as Record<string, unknown>;
  if (Array.isArray(p.fields)) return p.fields.filter((f): f is string => typeof f === 'string');
  const profile = p.profile as Record<string, unknown> | undefined;
  return Object.keys(profile ?? p).filter((k) => k !== 'beneficiaryId');
}

/** Writes a CHANGE row of the personal-data audit for every event about a person, from any subgraph. */
export const recordChange: EventHandler = async (event: DomainEvent, em: EntityManager) => {
  const beneficiaryId = beneficiaryOf(event);
  if (!beneficiaryId) return;
  const [actor] =
    event.actorId && isUuid(event.actorId)
      ? await em.execute<{ role: string }[]>(`select "role" from "people"."user_account" where "id" = ?`, [event.actorId])
      : [];
  await em.execute(
    `insert into "people"."personal_data_audit" ("id", "at", "actor_id", "actor_role", "action", "beneficiary_id", "detail", "extra")
     values (?, ?, ?, ?, 'CHANGE', ?, ?, ?::jsonb) on conflict ("id") do nothing`,
    [
      auditId(event),
      event.occurredAt,
      event.actorId ?? 'system',
      actor?.role ?? 'SYSTEM',
      beneficiaryId,
      `${event.source}:${event.type}`,
      JSON.stringify({ fields: changedFields(event), eventId: event.id }),
    ],
  );
};

/** Every event type but reads (`PersonalDataRead` is recorded as READ/LIST by read-audit.consumer.ts, never as CHANGE). */
const skip: EventHandler = async () => undefined;

/** One consumer per subgraph of the registry: changes of personal data anywhere end up in the people audit log. */
export const changeAuditConsumers: SubscriptionSpec[] = SUBGRAPH_NAMES.map((source) => ({
  consumer: 'people.change-audit',
  source,
  handlers: { [ANY_EVENT]: recordChange, [PERSONAL_DATA_READ]: skip },
}));
