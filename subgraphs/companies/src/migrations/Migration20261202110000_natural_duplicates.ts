import { Migration } from '@mikro-orm/migrations';

/**
 * Natural duplicates refused by the database (issue 28):
 * - the same placement twice (person, company, type, start date; self-employment has no company, so
 *   nulls count as equal);
 * - two overlapping placements of the same person, kind and company, unless one is a renewal,
 *   extension or conversion of the other: a follow-up may overlap the placement it follows and counts
 *   on its own ("il dato quindi può comprendere rinnovi, proroghe e trasformazioni", seeds
 *   003_fe62a26ba95cc30f.txt lines 1201-1202). A placement without an end date (a permanent contract:
 *   the platform records no termination) counts from its start day only, so a later contract at the
 *   same company is not refused (the demo data has one: a permanent hire in 2020, a new contract at the
 *   same company in 2022).
 * The exclusion lists `id` with `<>` last, so PostgreSQL names the existing placement when it refuses
 * a new one (CONFLICT existingId). btree_gist (shipped with PostgreSQL, a trusted extension) gives
 * uuid and text the GiST `=` and `<>`.
 */
export class Migration20261202110000_natural_duplicates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist`);
    this.addSql(
      `alter table "companies"."placement" add constraint "placement_natural_key_unique" unique nulls not distinct ("beneficiary_id", "company_id", "type", "start_date")`,
    );
    this.addSql(
      `alter table "companies"."placement" add constraint "placement_no_overlap" exclude using gist ("beneficiary_id" with =, "company_id" with =, "type" with =, daterange("start_date", coalesce("end_date", "start_date"), '[]') with &&, "id" with <>) where ("previous_placement_id" is null)`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "companies"."placement" drop constraint if exists "placement_no_overlap"`);
    this.addSql(`alter table "companies"."placement" drop constraint if exists "placement_natural_key_unique"`);
  }
}
