import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { personalDataRows } from '@ixl/subgraph-kit';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { PersonalDataAction } from '../entities/enums.js';
import type { Caller } from '@ixl/auth';

const rowJson = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

/**
 * What the person's own self-service export leaves out: exactly what the API refuses them (issue 18,
 * finding 6; `test/security/authorization-matrix.ts`, STAFF_ONLY fields): the fragility assessment and
 * profile, contact attempts, operators' notes and ids, erasure and the personal-data audit log. The full
 * art. 15 copy, those included, is produced by STAFF/ADMIN (`/privacy/export?beneficiaryId=`) on the
 * person's request, where the data protection officer can weigh the rights of others (art. 15(4)):
 * see "Privacy" in the README.
 */
export const SELF_SERVICE_HIDDEN: Record<string, readonly string[] | 'table'> = {
  beneficiary: ['profile', 'readiness', 'erased_at'],
  assessment: 'table',
  contact_attempt: 'table',
  personal_data_audit: 'table',
  interview: ['outcome_notes', 'operator_id'],
  service_record: ['notes', 'operator_id', 'created_by'],
};

function selfServiceView(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [table, value] of Object.entries(data)) {
    const hidden = SELF_SERVICE_HIDDEN[table];
    if (hidden === 'table') continue;
    const strip = (row: unknown) =>
      row && typeof row === 'object' && hidden
        ? Object.fromEntries(Object.entries(row as Record<string, unknown>).filter(([k]) => !hidden.includes(k)))
        : row;
    out[table] = Array.isArray(value) ? value.map(strip) : strip(value);
  }
  return out;
}

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
  const all = { beneficiary: record ? rowJson(record) : null, ...tables, mail: mail.map(rowJson) };
  return caller.role === 'BENEFICIARY' ? selfServiceView(all) : all;
}
