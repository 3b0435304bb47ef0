import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk import of the programme's history (issue 27): the batches, their staged rows (what a restarted
 * import resumes from), the external-id mapping with each record's source file and line, the changes a
 * batch made (what undo restores), and the codice-fiscale key of the matching profile.
 */
export class Migration20261202142357_history_import extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "companies"."matching_profile" add column "fiscal_code_hash" text null`);
    this.addSql(`create index "matching_profile_fiscal_code_hash_idx" on "companies"."matching_profile" ("fiscal_code_hash")`);
    this.addSql(`create table "companies"."import_batch" (
      "id" uuid not null primary key,
      "kind" text not null,
      "file_name" text not null,
      "format" text not null,
      "content_hash" text not null,
      "status" text not null check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE')),
      "total_rows" integer not null,
      "processed_rows" integer not null default 0,
      "created_count" integer not null default 0,
      "updated_count" integer not null default 0,
      "unchanged_count" integer not null default 0,
      "error" text null,
      "created_by" uuid null,
      "created_at" timestamptz not null,
      "started_at" timestamptz null,
      "heartbeat_at" timestamptz null,
      "finished_at" timestamptz null,
      "undone_by" uuid null,
      "undone_at" timestamptz null)`);
    this.addSql(`create index "import_batch_status_idx" on "companies"."import_batch" ("status")`);
    this.addSql(`create table "companies"."import_row" (
      "batch_id" uuid not null,
      "position" integer not null,
      "sheet" text null,
      "line" integer not null,
      "values" jsonb not null,
      primary key ("batch_id", "position"))`);
    this.addSql(`create table "companies"."import_record" (
      "kind" text not null,
      "key" text not null,
      "entity_id" uuid not null,
      "external_id" text null,
      "row_hash" text not null,
      "source_file" text not null,
      "source_sheet" text null,
      "source_line" integer not null,
      "batch_id" uuid not null,
      "updated_at" timestamptz not null,
      primary key ("kind", "key"))`);
    this.addSql(`create index "import_record_entity_idx" on "companies"."import_record" ("entity_id")`);
    this.addSql(`create index "import_record_batch_idx" on "companies"."import_record" ("batch_id")`);
    this.addSql(`create table "companies"."import_change" (
      "id" bigserial primary key,
      "batch_id" uuid not null,
      "kind" text not null,
      "key" text not null,
      "entity_id" uuid not null,
      "action" text not null check ("action" in ('CREATED', 'UPDATED')),
      "before" jsonb null,
      "record_before" jsonb null)`);
    this.addSql(`create index "import_change_batch_idx" on "companies"."import_change" ("batch_id")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "companies"."import_change"`);
    this.addSql(`drop table if exists "companies"."import_record"`);
    this.addSql(`drop table if exists "companies"."import_row"`);
    this.addSql(`drop table if exists "companies"."import_batch"`);
    this.addSql(`drop index if exists "companies"."matching_profile_fiscal_code_hash_idx"`);
    this.addSql(`alter table "companies"."matching_profile" drop column "fiscal_code_hash"`);
  }
}
