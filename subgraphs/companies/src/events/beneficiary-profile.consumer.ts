import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, SubscriptionSpec } from '@ixl/events';
import {
  PEOPLE_EVENTS,
  type BeneficiaryErasedPayload,
  type BeneficiaryMatchingProfile,
  type BeneficiaryProfileChangedPayload,
} from '@ixl/contracts';
import { findMunicipality } from '@ixl/territory';
import { CEFR_RANK } from '../entities/enums.js';
import { pgTextArray } from '../services/pg-array.js';
import { conceptsOfProfile, type VocabularyIndex } from '../services/vocabulary.rules.js';
import { vocabularyIndex } from '../services/vocabulary.service.js';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
/** Skills and occupations are matched by exact text: lower-case, single spaces (as vacancies store them). */
const labels = (v: unknown): string[] => [...new Set(strings(v).map((x) => x.toLowerCase().replace(/\s+/g, ' ')))];

/** Columns of `companies.matching_profile` from a published profile (centroid of the residence municipality). */
export function profileRow(p: BeneficiaryMatchingProfile, vocabulary?: VocabularyIndex): unknown[] {
  const m = p.municipalityCode ? findMunicipality(p.municipalityCode) : undefined;
  const concepts = vocabulary ? conceptsOfProfile(labels(p.skills), labels(p.occupations), vocabulary) : [];
  return [
    p.beneficiaryId,
    p.firstName ?? '',
    p.lastInitial ?? '',
    Number.isInteger(p.birthYear) ? p.birthYear : null,
    p.sex ?? null,
    p.citizenship ?? null,
    p.municipalityCode ?? null,
    m?.lat ?? null,
    m?.lon ?? null,
    p.status ?? 'REGISTERED',
    p.profile ?? null,
    p.readiness ?? null,
    p.italianLevel ?? null,
    p.italianLevel ? (CEFR_RANK[p.italianLevel] ?? 0) : 0,
    pgTextArray(labels(p.skills)),
    pgTextArray(labels(p.occupations)),
    pgTextArray(concepts),
    p.drivingLicence === true,
    p.ownVehicle === true,
    typeof p.availableHoursPerWeek === 'number' ? p.availableHoursPerWeek : null,
    pgTextArray(strings(p.shifts)),
    pgTextArray(strings(p.contractWishes)),
    p.cvShareConsent === true,
  ];
}

const UPSERT = `insert into "companies"."matching_profile" ("beneficiary_id", "first_name", "last_initial", "birth_year", "sex", "citizenship", "municipality_code", "lat", "lon", "status", "profile", "readiness", "italian_level", "italian_rank", "skills", "occupations", "concepts", "driving_licence", "own_vehicle", "available_hours_per_week", "shifts", "contract_wishes", "cv_share_consent", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?, ?, ?::text[], ?::text[], ?, now())
on conflict ("beneficiary_id") do update set
  "first_name" = excluded."first_name", "last_initial" = excluded."last_initial", "birth_year" = excluded."birth_year", "sex" = excluded."sex",
  "citizenship" = excluded."citizenship", "municipality_code" = excluded."municipality_code", "lat" = excluded."lat", "lon" = excluded."lon",
  "status" = excluded."status", "profile" = excluded."profile", "readiness" = excluded."readiness", "italian_level" = excluded."italian_level",
  "italian_rank" = excluded."italian_rank", "skills" = excluded."skills", "occupations" = excluded."occupations", "concepts" = excluded."concepts", "driving_licence" = excluded."driving_licence",
  "own_vehicle" = excluded."own_vehicle", "available_hours_per_week" = excluded."available_hours_per_week", "shifts" = excluded."shifts",
  "contract_wishes" = excluded."contract_wishes", "cv_share_consent" = excluded."cv_share_consent", "updated_at" = now()
where not "matching_profile"."erased"`;

/** Upserts the person's matching profile (idempotent; ignored after an erasure). */
export async function onProfileChanged(event: DomainEvent, em: EntityManager): Promise<void> {
  const profile = (event.payload as unknown as BeneficiaryProfileChangedPayload).profile;
  if (!profile?.beneficiaryId) throw new Error('BeneficiaryProfileChanged without profile.beneficiaryId');
  await em.execute(UPSERT, profileRow(profile, await vocabularyIndex(em)));
  // The import key (issue 27); profiles published before it leave the column as it was.
  if (typeof profile.fiscalCodeHash === 'string' && /^[0-9a-f]{64}$/.test(profile.fiscalCodeHash))
    await em.execute(`update "companies"."matching_profile" set "fiscal_code_hash" = ? where "beneficiary_id" = ? and not "erased"`, [
      profile.fiscalCodeHash,
      profile.beneficiaryId,
    ]);
}

/** Pseudonymises the read model row (out of matching for good) and clears free-text notes about the person. */
export async function onBeneficiaryErased(event: DomainEvent, em: EntityManager): Promise<void> {
  const { beneficiaryId } = event.payload as unknown as BeneficiaryErasedPayload;
  if (!beneficiaryId) throw new Error('BeneficiaryErased without beneficiaryId');
  await em.execute(
    `insert into "companies"."matching_profile" ("beneficiary_id", "first_name", "last_initial", "status", "erased", "updated_at") values (?, '', '', 'ERASED', true, now())
     on conflict ("beneficiary_id") do update set "first_name" = '', "last_initial" = '', "birth_year" = null, "sex" = null, "citizenship" = null,
       "municipality_code" = null, "lat" = null, "lon" = null, "status" = 'ERASED', "profile" = null, "readiness" = null, "italian_level" = null,
       "italian_rank" = 0, "skills" = '{}', "occupations" = '{}', "concepts" = '{}', "driving_licence" = false, "own_vehicle" = false, "available_hours_per_week" = null,
       "shifts" = '{}', "contract_wishes" = '{}', "cv_share_consent" = false, "fiscal_code_hash" = null, "erased" = true, "updated_at" = now()`,
    [beneficiaryId],
  );
  // Free-text notes may name the person: cleared; statuses, reason codes and placements stay for the statistics.
  await em.execute(`update "companies"."candidate" set "staff_note" = null, "reason_note" = null where "beneficiary_id" = ?`, [
    beneficiaryId,
  ]);
  await em.execute(`update "companies"."placement" set "notes" = null where "beneficiary_id" = ?`, [beneficiaryId]);
}

export const beneficiaryProfileConsumer: SubscriptionSpec = {
  consumer: 'companies.matching-profile',
  source: 'people',
  handlers: {
    [PEOPLE_EVENTS.BeneficiaryProfileChanged]: onProfileChanged,
    [PEOPLE_EVENTS.BeneficiaryErased]: onBeneficiaryErased,
  },
};
