import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20: the chair or the secretary record a committee's decisions (a member's `role`), and the verbale is written
 * from a template the secretary edits, versioned per committee or for every committee ('global' scope).
 */
export class Migration20261202141411_minutes_templates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "projects"."committee_member" add column "role" text not null default 'MEMBER'`);
    this.addSql(
      `alter table "projects"."committee_member" add constraint "committee_member_role_check" check ("role" in ('CHAIR', 'SECRETARY', 'MEMBER'))`,
    );
    this.addSql(`create table "projects"."minutes_template" (
  "id" uuid not null primary key,
  "committee_id" uuid null,
  "scope" text not null,
  "version" int not null,
  "body" text not null,
  "created_by" uuid not null,
  "created_at" timestamptz not null,
  constraint "minutes_template_scope_version_unique" unique ("scope", "version")
)`);
    this.addSql(`create index "minutes_template_committee_id_index" on "projects"."minutes_template" ("committee_id")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "projects"."minutes_template"`);
    this.addSql(`alter table "projects"."committee_member" drop constraint if exists "committee_member_role_check"`);
    this.addSql(`alter table "projects"."committee_member" drop column if exists "role"`);
  }
}
