import { Migration } from '@mikro-orm/migrations';

/**
 * The ranking's top tier reads the people of the pool living in the municipality nearest the workplace in
 * beneficiary id order and stops early: a btree over the pool only, on (municipality, id), including the columns
 * the score reads so that the scan is index-only (matching.sql.ts `TOP_TIER_COLUMNS`).
 */
export class Migration20261203130000_matching_pool_municipality extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "matching_profile_pool_municipality_idx" on "companies"."matching_profile" ("municipality_code", "beneficiary_id") include ("lat", "lon", "skills", "concepts", "occupations", "italian_rank", "available_hours_per_week", "shifts", "contract_wishes", "driving_licence", "own_vehicle") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
    );
    // People with every one of some skills, each met by its words or its concept: one GIN scan answers the
    // conjunction (`(skills || concepts) && {words, concept}` per skill) instead of one skill's bitmap and a check
    // of the others row by row.
    this.addSql(
      `create index "matching_profile_pool_skill_concepts_gin" on "companies"."matching_profile" using gin (("skills" || "concepts")) where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "companies"."matching_profile_pool_skill_concepts_gin"`);
    this.addSql(`drop index if exists "companies"."matching_profile_pool_municipality_idx"`);
  }
}
