import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 19: the "Rete sul territorio" path option, the support read model behind the project-results aggregate,
 * and the governance tables' meetings and yearly work plan.
 */
export class Migration20261202152800_results_network_governance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "projects"."project" drop constraint if exists "project_path_kind_check"`);
    this.addSql(
      `alter table "projects"."project" add constraint "project_path_kind_check" check ("path_kind" in ('THREE_LABS', 'SHORT', 'TERRITORIAL_NETWORK'))`,
    );
    this.addSql(
      `create table "projects"."project_support_ref" ("id" uuid not null, "project_id" uuid not null, "kind" text not null, "value_cents" bigint not null, "on" date not null, constraint "project_support_ref_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "project_support_ref_project_id_index" on "projects"."project_support_ref" ("project_id")`);
    this.addSql(
      `create table "projects"."governance_meeting" ("id" uuid not null, "table" text check ("table" in ('COORDINATION', 'TECHNICAL')) not null, "held_on" date not null, "notes" text not null default '', "recorded_by" uuid null, "recorded_at" timestamptz not null, constraint "governance_meeting_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "projects"."governance_meeting" add constraint "governance_meeting_table_held_on_unique" unique ("table", "held_on")`,
    );
    this.addSql(
      `create table "projects"."work_plan" ("year" integer not null, "approved_on" date null, "presented_on" date null, "updated_by" uuid null, "updated_at" timestamptz not null, constraint "work_plan_pkey" primary key ("year"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "projects"."work_plan"`);
    this.addSql(`drop table if exists "projects"."governance_meeting"`);
    this.addSql(`drop table if exists "projects"."project_support_ref"`);
    this.addSql(`alter table "projects"."project" drop constraint if exists "project_path_kind_check"`);
    this.addSql(`alter table "projects"."project" add constraint "project_path_kind_check" check ("path_kind" in ('THREE_LABS', 'SHORT'))`);
  }
}
