import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, type Caller } from '@ixl/auth';
import type { BeneficiaryErasedPayload } from '@ixl/contracts';
import { DomainError, requireRole } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { PersonalDataAction } from '../entities/enums.js';
import { requireUuid } from './ids.js';
import { publishPeopleEvent } from '../events/publish.js';
import type { Actor } from './actor.js';
import { actorOf } from './actor.js';

/** The stable pseudonym of a person: derived from the id (itself random), so exports stay consistent. */
export const pseudonymOf = (beneficiaryId: string) =>
  `P-${createHash('sha256').update(beneficiaryId).digest('hex').slice(0, 10).toUpperCase()}`;

/** Free text about the person (notes may name them) is cleared; facts used by the statistics stay. */
const CLEAR_FREE_TEXT = [
  `update "people"."contact_attempt" set "notes" = null where "beneficiary_id" = ?`,
  `update "people"."interview" set "outcome_notes" = null, "location" = null where "beneficiary_id" = ?`,
  `update "people"."service_record" set "notes" = null where "beneficiary_id" = ?`,
  `update "people"."assessment" set "notes" = null where "beneficiary_id" = ?`,
  `update "people"."status_change" set "reason" = null where "beneficiary_id" = ?`,
  // Profile edits keep who and when, not the values (skills, contacts…).
  `update "people"."profile_change" set "changes" = (select coalesce(jsonb_agg(jsonb_build_object('field', c->>'field', 'before', null, 'after', null)), '[]'::jsonb) from jsonb_array_elements("changes") c) where "beneficiary_id" = ?`,
  // Documents (CV, identity document) are the person's own files: gone.
  `delete from "people"."document" where "beneficiary_id" = ?`,
  // The history import's mapping (keyed by codice fiscale) and the before-images of its batches.
  `delete from "people"."import_record" where "entity_id" = ?`,
  `delete from "people"."import_change" where "entity_id" = ?`,
  // Imported colloqui and assessments are keyed by codice fiscale and day (COLLOQUI, VALUTAZIONI).
  `delete from "people"."import_record" r using (select ?::uuid as "b") p where r."entity_id" in
     (select "id" from "people"."interview" where "beneficiary_id" = p."b" union all select "id" from "people"."assessment" where "beneficiary_id" = p."b")`,
  `delete from "people"."import_change" c using (select ?::uuid as "b") p where c."entity_id" in
     (select "id" from "people"."interview" where "beneficiary_id" = p."b" union all select "id" from "people"."assessment" where "beneficiary_id" = p."b")`,
  // Earlier event payloads carried names and contacts (the consumers already erased their copies).
  `update "people"."outbox_event" set "payload" = ("payload" - 'email' - 'firstName' - 'lastName' - 'codiceFiscale' - 'phone')
     || case when ("payload"->'profile') is not null then jsonb_build_object('profile', ("payload"->'profile') || '{"firstName":"","lastInitial":""}'::jsonb) else '{}'::jsonb end
   where "aggregate_id" = ?`,
];

/**
 * GDPR erasure by pseudonymisation: names, codice fiscale, contacts, documents and notes are removed;
 * what the statistics count (status, dates, sex, citizenship, municipality, assessment outcome) stays.
 * The person's accounts are disabled (no login), and `BeneficiaryErased` tells every subgraph.
 */
export class ErasureService {
  constructor(private readonly em: EntityManager) {}

  /** ADMIN: erase a person now. Idempotent: erasing an erased person changes nothing. */
  async erase(caller: Caller, beneficiaryId: string): Promise<Beneficiary> {
    requireRole(caller, 'ADMIN');
    requireUuid('beneficiaryId', beneficiaryId);
    const erased = await this.em.transactional((tx) => pseudonymise(tx, beneficiaryId, actorOf(caller), new Date()));
    if (!erased) throw new DomainError('NO_SUCH_PERSON', {}, 'beneficiaryId');
    return erased;
  }
}

/** Pseudonymises one person inside the caller's transaction; null when unknown. */
export async function pseudonymise(tx: EntityManager, beneficiaryId: string, actor: Actor, now: Date): Promise<Beneficiary | null> {
  const b = await tx.findOne(Beneficiary, { id: beneficiaryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!b) return null;
  if (b.erasedAt) return b;
  const pseudonym = pseudonymOf(b.id);
  const oldEmail = b.email;
  const oldCodiceFiscale = b.codiceFiscale;
  Object.assign(b, {
    firstName: 'Pseudonimo',
    lastName: pseudonym,
    codiceFiscale: `ERASED-${b.id}`,
    email: null,
    phone: null,
    educationTitle: null,
    referringBodyName: null,
    pastJobs: b.pastJobs.map((j) => ({ ...j, employer: null })),
    mailOptOut: true,
    erasedAt: now,
    updatedAt: now,
  });
  const accounts = await tx.find(UserAccount, { beneficiaryId: b.id });
  for (const account of accounts) {
    account.email = `erased-${account.id}@erased.invalid`;
    account.displayName = pseudonym;
    account.disabled = true;
    account.passwordHash = await hashPassword(randomBytes(24).toString('hex'));
  }
  for (const sql of CLEAR_FREE_TEXT) await tx.execute(sql, [b.id]);
  // The history import's colloqui and assessments are keyed by codice fiscale and day, also those an undone batch left.
  for (const table of ['import_record', 'import_change'])
    await tx.execute(`delete from "people"."${table}" where "kind" in ('COLLOQUI', 'VALUTAZIONI') and split_part("key", '|', 1) = ?`, [
      oldCodiceFiscale,
    ]);
  const ids = accounts.map((a) => a.id);
  if (ids.length)
    await tx.execute(`update "people"."refresh_token" set "revoked_at" = coalesce("revoked_at", ?) where "user_id" = any(?::uuid[])`, [
      now,
      `{${ids.join(',')}}`,
    ]);
  // Mail already queued or captured for the person: recipient and content pseudonymised.
  await tx.execute(
    `update "people"."mail_outbox" set "to_address" = ?, "to_name" = null, "subject" = '[erased]', "text_body" = '[erased]', "html_body" = '[erased]',
       "status" = case when "status" = 'PENDING' then 'CANCELLED' else "status" end where "recipient_id" = ? or "to_address" = ?`,
    [`${pseudonym}@erased.invalid`, b.id, oldEmail ?? ''],
  );
  await tx.execute(
    `update "people"."mail_capture" set "to_address" = ?, "subject" = '[erased]', "text_body" = '[erased]', "html_body" = '[erased]'
     where "to_address" = ? or "outbox_id" in (select "id" from "people"."mail_outbox" where "recipient_id" = ?)`,
    [`${pseudonym}@erased.invalid`, oldEmail ?? '', b.id],
  );
  tx.persist(
    tx.create(AuditEntry, {
      id: randomUUID(),
      at: now,
      actorId: actor.actorId,
      actorRole: actor.actorRole,
      action: PersonalDataAction.ERASE,
      beneficiaryId: b.id,
      detail: 'pseudonymised',
      extra: null,
    }),
  );
  const payload: BeneficiaryErasedPayload = { beneficiaryId: b.id };
  await publishPeopleEvent(tx, 'BeneficiaryErased', { type: 'Beneficiary', id: b.id }, payload, actor.actorId);
  await tx.flush();
  return b;
}
