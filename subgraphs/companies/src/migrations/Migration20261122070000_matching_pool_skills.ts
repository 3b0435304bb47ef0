import { Migration } from '@mikro-orm/migrations';

/**
 * The ranking's tiers test skills within the matching pool (`@>` every required skill, `&&` at least one):
 * a GIN index over the pool only, so PostgreSQL reads the people of the tier, not the whole pool.
 */
export class Migration20261122070000_matching_pool_skills extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "matching_profile_pool_skills_gin" on "companies"."matching_profile" using gin ("skills") where "erased" = false and "profile" = 'IN_TARGET' and "readiness" = 'PRONTO' and "status" in ('IN_TARGET', 'ACTIVE')`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "companies"."matching_profile_pool_skills_gin"`);
  }
}
