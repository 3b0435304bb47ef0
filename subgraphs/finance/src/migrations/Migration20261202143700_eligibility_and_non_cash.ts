import { Migration } from '@mikro-orm/migrations';

/**
 * Read models fed by other subgraphs' events (placements, employers, birth dates, projects) for the over-55
 * incentive and the intermediary grant checks, and the non-cash support of projects (courses, stages, services in kind).
 */
export class Migration20261202143700_eligibility_and_non_cash extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finance"."placement_fact" ("placement_id" uuid not null, "beneficiary_id" uuid not null, "company_id" uuid null, "type" text not null, "start_date" date not null, constraint "placement_fact_pkey" primary key ("placement_id"))`,
    );
    this.addSql(
      `create table "finance"."employer_fact" ("company_id" uuid not null, "name" text not null, "third_sector" boolean not null default false, constraint "employer_fact_pkey" primary key ("company_id"))`,
    );
    this.addSql(
      `create table "finance"."person_fact" ("beneficiary_id" uuid not null, "birth_date" date null, constraint "person_fact_pkey" primary key ("beneficiary_id"))`,
    );
    this.addSql(
      `create table "finance"."project_fact" ("project_id" uuid not null, "project_kind" text not null, "status" text not null, "organisation_kind" text null, "call_kind" text null, constraint "project_fact_pkey" primary key ("project_id"))`,
    );
    this.addSql(
      `create table "finance"."non_cash_support" ("id" uuid not null, "project_id" uuid not null, "project_kind" text not null, "decision_id" uuid null, "position" int not null default 0, "kind" text check ("kind" in ('COURSE_FEES', 'STAGE_FUNDING', 'SERVICES_IN_KIND')) not null, "description" text not null, "value_cents" bigint not null check ("value_cents" > 0), "provided_on" date not null, "applicant_user_id" uuid null, "beneficiary_id" uuid null, "committee_member_user_ids" text[] not null default '{}', "recorded_by" uuid null, "recorded_at" timestamptz not null, constraint "non_cash_support_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "non_cash_support_project_id_index" on "finance"."non_cash_support" ("project_id")`);
    this.addSql(
      `create unique index "non_cash_support_decision_position_unique" on "finance"."non_cash_support" ("decision_id", "position") where "decision_id" is not null`,
    );
    this.addSql(
      `create unique index "non_cash_support_natural_unique" on "finance"."non_cash_support" ("project_id", "kind", lower("description"), "provided_on") where "decision_id" is null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finance"."non_cash_support" cascade`);
    this.addSql(`drop table if exists "finance"."project_fact" cascade`);
    this.addSql(`drop table if exists "finance"."person_fact" cascade`);
    this.addSql(`drop table if exists "finance"."employer_fact" cascade`);
    this.addSql(`drop table if exists "finance"."placement_fact" cascade`);
  }
}
