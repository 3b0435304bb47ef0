import { Migration } from '@mikro-orm/migrations';

/**
 * The people `training` can find by codice fiscale (issue 27: the history import's enrolments): the hash of the
 * code `people` publishes with each profile, and the short name a training body may see.
 */
export class Migration20261203070000_person_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "training"."person_key" (
      "beneficiary_id" uuid not null primary key,
      "fiscal_code_hash" text null,
      "display_name" text not null default '',
      "erased" boolean not null default false,
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "person_key_fiscal_code_hash_idx" on "training"."person_key" ("fiscal_code_hash")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."person_key"`);
  }
}
