import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Read model of a person as `people` publishes it for matching (`BeneficiaryProfileChanged`), upserted
 * by beneficiary id. No health or fragility details. `lat`/`lon` are the centroid of the residence
 * municipality (from @ixl/territory); the ranking computes distances once per municipality (matching.sql.ts).
 */
@Entity({ tableName: 'matching_profile' })
@Index({
  name: 'matching_profile_skills_gin',
  expression: 'create index "matching_profile_skills_gin" on "companies"."matching_profile" using gin ("skills")',
})
@Index({
  name: 'matching_profile_occupations_gin',
  expression: 'create index "matching_profile_occupations_gin" on "companies"."matching_profile" using gin ("occupations")',
})
@Index({
  name: 'matching_profile_pool_idx',
  expression: `create index "matching_profile_pool_idx" on "companies"."matching_profile" ("lat", "lon") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
})
@Index({
  name: 'matching_profile_pool_concepts_gin',
  expression: `create index "matching_profile_pool_concepts_gin" on "companies"."matching_profile" using gin ("concepts") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
})
@Index({
  name: 'matching_profile_pool_skills_gin',
  expression: `create index "matching_profile_pool_skills_gin" on "companies"."matching_profile" using gin ("skills") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
})
@Index({
  name: 'matching_profile_pool_municipality_idx',
  expression: `create index "matching_profile_pool_municipality_idx" on "companies"."matching_profile" ("municipality_code", "beneficiary_id") include ("lat", "lon", "skills", "concepts", "occupations", "italian_rank", "available_hours_per_week", "shifts", "contract_wishes", "driving_licence", "own_vehicle") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
})
@Index({
  name: 'matching_profile_pool_skill_concepts_gin',
  expression: `create index "matching_profile_pool_skill_concepts_gin" on "companies"."matching_profile" using gin (("skills" || "concepts")) where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
})
export class MatchingProfile {
  @PrimaryKey({ type: 'uuid' })
  beneficiaryId!: string;

  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastInitial!: string;

  @Property({ type: 'integer', nullable: true })
  birthYear: number | null = null;

  @Property({ type: 'text', nullable: true })
  sex: string | null = null;

  @Property({ type: 'text', nullable: true })
  citizenship: string | null = null;

  @Property({ type: 'text', nullable: true })
  municipalityCode: string | null = null;

  @Property({ type: 'double', nullable: true })
  lat: number | null = null;

  @Property({ type: 'double', nullable: true })
  lon: number | null = null;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text', nullable: true })
  profile: string | null = null;

  @Property({ type: 'text', nullable: true })
  readiness: string | null = null;

  @Property({ type: 'text', nullable: true })
  italianLevel: string | null = null;

  /** CEFR_RANK of italianLevel (A1 = 1 … NATIVE = 7), 0 when unknown. */
  @Property({ type: 'smallint', default: 0 })
  italianRank: number = 0;

  @Property({ type: 'text[]', default: '{}' })
  skills: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  occupations: string[] = [];

  /** Vocabulary concepts of the skills (with their broader ones) and occupations: vocabulary.rules.ts `conceptsOfProfile`. */
  @Property({ type: 'text[]', default: '{}' })
  concepts: string[] = [];

  @Property({ type: 'boolean', default: false })
  drivingLicence: boolean = false;

  @Property({ type: 'boolean', default: false })
  ownVehicle: boolean = false;

  @Property({ type: 'integer', nullable: true })
  availableHoursPerWeek: number | null = null;

  @Property({ type: 'text[]', default: '{}' })
  shifts: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  contractWishes: string[] = [];

  @Property({ type: 'boolean', default: false })
  cvShareConsent: boolean = false;

  /** GDPR erasure received: pseudonymised, out of matching, later profile events ignored. */
  @Property({ type: 'boolean', default: false })
  erased: boolean = false;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /**
   * SHA-256 of the person's codice fiscale (upper case), as \`people\` publishes it: how the history import
   * (issue 27) finds the person of a placement row without this subgraph holding the codice fiscale.
   * Cleared on erasure.
   */
  @Index({ name: 'matching_profile_fiscal_code_hash_idx' })
  @Property({ type: 'text', nullable: true })
  fiscalCodeHash: string | null = null;
}
