import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, EventHandler, SubscriptionSpec } from '@ixl/events';
import { COMPANIES_EVENTS, FINANCE_EVENTS, PEOPLE_EVENTS, PERSONAL_DATA_READ, PROJECTS_EVENTS, TRAINING_EVENTS } from '@ixl/contracts';
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
  const [actor] = event.actorId && isUuid(event.actorId) ? await em.execute<{ role: string }[]>(`select "role" from "people"."user_account" where "id" = ?`, [event.actorId]) : [];
  await em.execute(
    `insert into "people"."personal_data_audit" ("id", "at", "actor_id", "actor_role", "action", "beneficiary_id", "detail", "extra")
     values (?, ?, ?, ?, 'CHANGE', ?, ?, ?::jsonb) on conflict ("id") do nothing`,
    [auditId(event), event.occurredAt, event.actorId ?? 'system', actor?.role ?? 'SYSTEM', beneficiaryId, `${event.source}:${event.type}`, JSON.stringify({ fields: changedFields(event), eventId: event.id })],
  );
};

/** Every event type but reads (`PersonalDataRead` is recorded as READ/LIST by read-audit.consumer.ts, never as CHANGE). */
const handlersFor = (types: Record<string, string>) => Object.fromEntries(Object.values(types).filter((t) => t !== PERSONAL_DATA_READ).map((t) => [t, recordChange]));

/** One consumer per producing subgraph: changes of personal data anywhere end up in the people audit log. */
export const changeAuditConsumers: SubscriptionSpec[] = [
  { consumer: 'people.change-audit', source: 'people', handlers: handlersFor(PEOPLE_EVENTS) },
  { consumer: 'people.change-audit', source: 'companies', handlers: handlersFor(COMPANIES_EVENTS) },
  { consumer: 'people.change-audit', source: 'training', handlers: handlersFor(TRAINING_EVENTS) },
  { consumer: 'people.change-audit', source: 'projects', handlers: handlersFor(PROJECTS_EVENTS) },
  { consumer: 'people.change-audit', source: 'finance', handlers: handlersFor(FINANCE_EVENTS) },
];
