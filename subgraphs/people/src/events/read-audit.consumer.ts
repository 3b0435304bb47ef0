import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, EventHandler, SubscriptionSpec } from '@ixl/events';
import { PERSONAL_DATA_READ, type PersonalDataReadPayload } from '@ixl/contracts';
import { SUBGRAPHS } from '@ixl/registry';
import { isUuid, uuidFromKey } from '../services/ids.js';

/** Sources whose `PersonalDataRead` events are recorded: the registry's subgraphs that audit reads by `events` (people audits its own directly). */
export const READ_AUDIT_SOURCES: readonly string[] = SUBGRAPHS.filter((s) => s.personalData.readAudit === 'events').map((s) => s.name);

const ACTIONS = new Set(['READ', 'LIST', 'DOWNLOAD_DOCUMENT']);
const ROLE = /^[A-Z_]{1,40}$/;
const MAX_PERSONS = 10_000;
/** Rows per insert (8 parameters each, far below PostgreSQL's 65535). */
const CHUNK = 1_000;

/** The row id of a person's READ row for an event, so a redelivery inserts nothing new. */
export const readAuditId = (event: Pick<DomainEvent, 'source' | 'id'>, beneficiaryId: string): string =>
  uuidFromKey(`read:${event.source}:${event.id}:${beneficiaryId}`);

/** One READ / LIST / DOWNLOAD_DOCUMENT row per person of a `PersonalDataRead` event of another subgraph, in one insert. */
export const recordRead: EventHandler = async (event: DomainEvent, em: EntityManager) => {
  const p = event.payload as Partial<PersonalDataReadPayload>;
  const ids = [...new Set(Array.isArray(p.beneficiaryIds) ? p.beneficiaryIds.filter(isUuid) : [])].slice(0, MAX_PERSONS);
  if (!ids.length) return;
  const action = typeof p.action === 'string' && ACTIONS.has(p.action) ? p.action : 'READ';
  const actorRole = typeof p.actorRole === 'string' && ROLE.test(p.actorRole) ? p.actorRole : 'UNKNOWN';
  const detail = `${event.source}:${typeof p.detail === 'string' ? p.detail.slice(0, 200) : 'read'}`;
  const extra = JSON.stringify({ eventId: event.id, ...(typeof p.requestId === 'string' ? { requestId: p.requestId.slice(0, 100) } : {}) });
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const values = chunk.flatMap((beneficiaryId) => [
      readAuditId(event, beneficiaryId),
      event.occurredAt,
      event.actorId ?? 'unknown',
      actorRole,
      action,
      beneficiaryId,
      detail,
      extra,
    ]);
    await em.execute(
      `insert into "people"."personal_data_audit" ("id", "at", "actor_id", "actor_role", "action", "beneficiary_id", "detail", "extra")
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?::jsonb)').join(', ')} on conflict ("id") do nothing`,
      values,
    );
  }
};

/** One consumer per producing subgraph: reads of personal data outside `people` end up in the people audit log. */
export const readAuditConsumers: SubscriptionSpec[] = READ_AUDIT_SOURCES.map((source) => ({
  consumer: 'people.read-audit',
  source,
  handlers: { [PERSONAL_DATA_READ]: recordRead },
}));
