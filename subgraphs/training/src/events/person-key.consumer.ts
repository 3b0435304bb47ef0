import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, SubscriptionSpec } from '@ixl/events';
import { PEOPLE_EVENTS, type BeneficiaryErasedPayload, type BeneficiaryProfileChangedPayload } from '@ixl/contracts';

/**
 * The people `training` can find by codice fiscale (issue 27): the hash `people` publishes with each profile
 * (never the code itself) and the short name a training body may see ("Mario R."). The history import finds an
 * enrolment's person here. A new consumer: it reads the people stream from its start, so everyone is in it.
 */
export async function onPersonProfile(event: DomainEvent, em: EntityManager): Promise<void> {
  const p = (event.payload as unknown as BeneficiaryProfileChangedPayload).profile;
  if (!p?.beneficiaryId) throw new Error('BeneficiaryProfileChanged without profile.beneficiaryId');
  const hash = typeof p.fiscalCodeHash === 'string' && /^[0-9a-f]{64}$/.test(p.fiscalCodeHash) ? p.fiscalCodeHash : null;
  const name = [p.firstName?.trim(), p.lastInitial?.trim() ? `${p.lastInitial.trim()}.` : ''].filter(Boolean).join(' ');
  await em.execute(
    `insert into "training"."person_key" ("beneficiary_id", "fiscal_code_hash", "display_name", "updated_at") values (?, ?, ?, now())
     on conflict ("beneficiary_id") do update set "fiscal_code_hash" = coalesce(excluded."fiscal_code_hash", "person_key"."fiscal_code_hash"),
       "display_name" = excluded."display_name", "updated_at" = now()
     where not "person_key"."erased"`,
    [p.beneficiaryId, hash, name],
  );
}

/** GDPR erasure: the person can no longer be found by codice fiscale, and has no name here. */
export async function onPersonErased(event: DomainEvent, em: EntityManager): Promise<void> {
  const { beneficiaryId } = event.payload as unknown as BeneficiaryErasedPayload;
  if (!beneficiaryId) throw new Error('BeneficiaryErased without beneficiaryId');
  await em.execute(
    `insert into "training"."person_key" ("beneficiary_id", "fiscal_code_hash", "display_name", "erased", "updated_at") values (?, null, '', true, now())
     on conflict ("beneficiary_id") do update set "fiscal_code_hash" = null, "display_name" = '', "erased" = true, "updated_at" = now()`,
    [beneficiaryId],
  );
}

export const personKeyConsumer: SubscriptionSpec = {
  consumer: 'training.person-keys',
  source: 'people',
  handlers: { [PEOPLE_EVENTS.BeneficiaryProfileChanged]: onPersonProfile, [PEOPLE_EVENTS.BeneficiaryErased]: onPersonErased },
};
