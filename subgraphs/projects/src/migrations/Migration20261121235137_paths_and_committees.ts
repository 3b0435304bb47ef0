import { Migration } from '@mikro-orm/migrations';

export class Migration20261121235137_paths_and_committees extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "projects"."agenda_item" ("id" uuid not null, "session_id" uuid not null, "position" int not null, "subject_kind" text check ("subject_kind" in ('PROJECT', 'SELF_EMPLOYMENT')) null, "subject_id" uuid null, "topic" text not null, constraint "agenda_item_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "agenda_item_session_id_index" on "projects"."agenda_item" ("session_id")`);
    this.addSql(`create index "agenda_item_subject_id_index" on "projects"."agenda_item" ("subject_id")`);
    this.addSql(
      `create table "projects"."call" ("id" uuid not null, "kind" text check ("kind" in ('SOCIAL_INNOVATION', 'OVER_55_HIRING', 'LABOUR_INTERMEDIARIES')) not null, "title" text not null, "description" text not null default '', "opens_on" date not null, "closes_on" date null, "max_amount_cents" bigint null, constraint "call_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create table "projects"."committee" ("id" uuid not null, "kind" text check ("kind" in ('EVALUATION', 'MANAGEMENT', 'COORDINATION', 'TECHNICAL')) not null, "name" text not null, "quorum" int not null, constraint "committee_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create table "projects"."committee_member" ("id" uuid not null, "committee_id" uuid not null, "user_id" uuid not null, "display_name" text not null, "represents" text null, "active" boolean not null default true, constraint "committee_member_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "committee_member_user_id_index" on "projects"."committee_member" ("user_id")`);
    this.addSql(
      `alter table "projects"."committee_member" add constraint "committee_member_committee_id_user_id_unique" unique ("committee_id", "user_id")`,
    );
    this.addSql(
      `create table "projects"."committee_session" ("id" uuid not null, "committee_id" uuid not null, "held_on" date not null, "location" text null, "minutes_status" text check ("minutes_status" in ('NONE', 'DRAFT', 'APPROVED')) not null default 'NONE', "minutes" text null, "minutes_approved_at" timestamptz null, constraint "committee_session_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "committee_session_committee_id_index" on "projects"."committee_session" ("committee_id")`);
    this.addSql(
      `create table "projects"."decision" ("id" uuid not null, "agenda_item_id" uuid not null, "session_id" uuid not null, "committee_id" uuid not null, "committee_kind" text check ("committee_kind" in ('EVALUATION', 'MANAGEMENT', 'COORDINATION', 'TECHNICAL')) not null, "subject_kind" text check ("subject_kind" in ('PROJECT', 'SELF_EMPLOYMENT')) not null, "subject_id" uuid not null, "outcome" text check ("outcome" in ('APPROVED', 'REJECTED', 'POSTPONED')) not null, "conditions" text null, "funding_kind" text check ("funding_kind" in ('LOAN', 'GRANT')) null, "amount_cents" bigint null, "investment_cents" bigint null, "services_cents" bigint null, "term_months" int null, "grace_months" int null, "votes_for" int not null, "votes_against" int not null, "abstentions" int not null, "excluded_for_conflict" int not null, "decided_on" date not null, "recorded_by" uuid null, constraint "decision_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "projects"."decision" add constraint "decision_agenda_item_id_unique" unique ("agenda_item_id")`);
    this.addSql(`create index "decision_session_id_index" on "projects"."decision" ("session_id")`);
    this.addSql(`create index "decision_subject_id_index" on "projects"."decision" ("subject_id")`);
    this.addSql(
      `create table "projects"."path_meeting" ("id" uuid not null, "subject_kind" text check ("subject_kind" in ('PROJECT', 'SELF_EMPLOYMENT')) not null, "subject_id" uuid not null, "kind" text check ("kind" in ('LAB', 'ONE_TO_ONE', 'MONITORING')) not null, "held_on" date not null, "duration_minutes" int not null default 60, "facilitator" text null, "notes" text not null default '', "created_at" timestamptz not null, constraint "path_meeting_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "path_meeting_subject_id_kind_index" on "projects"."path_meeting" ("subject_id", "kind")`);
    this.addSql(
      `create table "projects"."project_outcome" ("id" uuid not null, "project_id" uuid not null, "kind" text check ("kind" in ('PARTNERSHIP', 'STAGE', 'JOB', 'CHANGE_REPORTED', 'TESTIMONIAL', 'LOGO_USE', 'EVENT_SHARED', 'NETWORKING')) not null, "description" text not null, "on" date not null, "placement_id" uuid null, "beneficiary_id" uuid null, constraint "project_outcome_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "project_outcome_project_id_index" on "projects"."project_outcome" ("project_id")`);
    this.addSql(
      `create table "projects"."self_employment" ("id" uuid not null, "beneficiary_id" uuid not null, "applicant_user_id" uuid null, "business_idea" text not null, "sector" text check ("sector" in ('COMMUNITY_WELFARE', 'ETHICAL_FOOD', 'ETHICAL_FASHION', 'SOCIAL_FARMING', 'SPORT_CULTURE_REGENERATION', 'OTHER')) not null, "status" text check ("status" in ('SUBMITTED', 'ACCOMPANIMENT', 'BUSINESS_PLAN', 'EVALUATION', 'APPROVED', 'STARTED', 'MONITORING', 'REJECTED', 'WITHDRAWN', 'STAND_BY')) not null default 'SUBMITTED', "submitted_at" timestamptz not null, "plan_summary" text null, "revenue_cents" jsonb null, "costs_cents" jsonb null, "funding_need_cents" bigint null, "started_on" date null, "monitoring_mode" text check ("monitoring_mode" in ('THREE_MEETINGS', 'WEEKLY')) null, "monitoring_started_on" date null, "outcome" text null, constraint "self_employment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "self_employment_beneficiary_id_index" on "projects"."self_employment" ("beneficiary_id")`);
    this.addSql(`create index "self_employment_status_index" on "projects"."self_employment" ("status")`);
    this.addSql(
      `create table "projects"."status_change" ("id" uuid not null, "subject_kind" text check ("subject_kind" in ('PROJECT', 'SELF_EMPLOYMENT')) not null, "subject_id" uuid not null, "from_status" text null, "to_status" text not null, "reason" text null, "on" date not null, "at" timestamptz not null, "actor_id" uuid null, constraint "status_change_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "status_change_subject_id_at_index" on "projects"."status_change" ("subject_id", "at")`);
    this.addSql(
      `create table "projects"."vote" ("id" uuid not null, "agenda_item_id" uuid not null, "member_id" uuid not null, "choice" text check ("choice" in ('APPROVE', 'REJECT', 'ABSTAIN')) null, "conflict_of_interest" boolean not null default false, "conflict_note" text null, "cast_at" timestamptz not null, constraint "vote_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "projects"."vote" add constraint "vote_agenda_item_id_member_id_unique" unique ("agenda_item_id", "member_id")`,
    );
    this.addSql(
      `alter table "projects"."project" add column "call_id" uuid null, add column "tracking_code" text null, add column "organisation_kind" text check ("organisation_kind" in ('ETS', 'INFORMAL_GROUP', 'LABOUR_INTERMEDIARY')) not null default 'ETS', add column "contact_email" text null, add column "project_lines" text null, add column "actors_involved" text null, add column "needs_analysis" text null, add column "sustainability_plan" text null, add column "requested_amount_cents" bigint null, add column "applicant_user_id" uuid null, add column "intake_meeting_on" date null, add column "path_kind" text check ("path_kind" in ('THREE_LABS', 'SHORT')) null, add column "monitoring_mode" text check ("monitoring_mode" in ('THREE_MEETINGS', 'WEEKLY')) null, add column "monitoring_started_on" date null`,
    );
    this.addSql(`create index "project_call_id_index" on "projects"."project" ("call_id")`);
    this.addSql(`alter table "projects"."project" add constraint "project_tracking_code_unique" unique ("tracking_code")`);
    this.addSql(`create index "project_applicant_user_id_index" on "projects"."project" ("applicant_user_id")`);
  }
}
