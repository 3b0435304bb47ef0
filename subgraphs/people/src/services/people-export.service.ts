import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { personalDataRows } from '@ixl/subgraph-kit';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { PersonalDataAction } from '../entities/enums.js';
import type { Caller } from '@ixl/auth';

const rowJson = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

/**
 * What `people` holds about the person: the record, accounts (no password hash), every table with a
 * `beneficiary_id`, the consent history and the mail sent to them. The export itself is audited.
 */
export async function peoplePersonalData(em: EntityManager, caller: Caller, beneficiaryId: string): Promise<Record<string, unknown>> {
  const [record] = await em.execute<Record<string, unknown>[]>(`select * from "people"."beneficiary" where "id" = ?`, [beneficiaryId]);
  const tables = await personalDataRows(em, 'people', beneficiaryId, { skipColumns: ['password_hash'] });
  const mail = await em.execute<Record<string, unknown>[]>(
    `select "id", "category", "to_address", "subject", "text_body", "status", "created_at" from "people"."mail_outbox" where "recipient_id" = ? order by "id"`,
    [beneficiaryId],
  );
  await em.fork().insertMany(AuditEntry, [
    {
      id: randomUUID(),
      at: new Date(),
      actorId: caller.userId ?? 'unknown',
      actorRole: caller.role,
      action: PersonalDataAction.EXPORT,
      beneficiaryId,
      detail: 'privacy export',
      extra: null,
    },
  ]);
  return { beneficiary: record ? rowJson(record) : null, ...tables, mail: mail.map(rowJson) };
}
