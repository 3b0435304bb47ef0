import { Migration } from '@mikro-orm/migrations';

/** Registration details, lifecycle history, interviews, assessments, services, documents, audit log. */
export class Migration20261121235210_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "people"."assessment" ("id" uuid not null, "beneficiary_id" uuid not null, "instrument_id" uuid not null, "instrument_version" int not null, "answers" jsonb not null, "score" int not null, "threshold" int not null, "profile" text check ("profile" in ('FORTE', 'IN_TARGET')) not null, "readiness" text check ("readiness" in ('PRONTO', 'NON_PRONTO', 'FRAGILE', 'IN_VALUTAZIONE')) null, "notes" text null, "assessed_by" text not null, "assessed_at" timestamptz not null, constraint "assessment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "assessment_beneficiary_id_assessed_at_index" on "people"."assessment" ("beneficiary_id", "assessed_at")`);
    this.addSql(
      `create table "people"."assessment_instrument" ("id" uuid not null, "version" int not null, "name" text not null, "threshold" int not null, "definition" jsonb not null, "active" boolean not null, "published_at" timestamptz not null, "published_by" text not null, constraint "assessment_instrument_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "people"."assessment_instrument" add constraint "assessment_instrument_version_unique" unique ("version")`);
    this.addSql(
      `create table "people"."personal_data_audit" ("id" uuid not null, "at" timestamptz not null, "actor_id" text not null, "actor_role" text not null, "action" text check ("action" in ('READ', 'LIST', 'DOWNLOAD_DOCUMENT')) not null, "beneficiary_id" uuid not null, "detail" text null, "extra" jsonb null, constraint "personal_data_audit_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "personal_data_audit_at_index" on "people"."personal_data_audit" ("at")`);
    this.addSql(`create index "personal_data_audit_actor_id_at_index" on "people"."personal_data_audit" ("actor_id", "at")`);
    this.addSql(`create index "personal_data_audit_beneficiary_id_at_index" on "people"."personal_data_audit" ("beneficiary_id", "at")`);
    this.addSql(
      `create table "people"."document" ("id" uuid not null, "beneficiary_id" uuid not null, "kind" text check ("kind" in ('CV', 'IDENTITY_DOCUMENT')) not null, "file_name" text not null, "content_type" text not null, "size" int not null, "sha256" text not null, "content" bytea not null, "uploaded_by" text not null, "uploaded_at" timestamptz not null, constraint "document_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "document_beneficiary_id_index" on "people"."document" ("beneficiary_id")`);
    this.addSql(
      `create table "people"."contact_attempt" ("id" uuid not null, "beneficiary_id" uuid not null, "at" timestamptz not null, "channel" text check ("channel" in ('PHONE', 'EMAIL', 'SMS', 'IN_PERSON')) not null, "answered" boolean not null, "notes" text null, "operator_id" text not null, constraint "contact_attempt_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "contact_attempt_beneficiary_id_index" on "people"."contact_attempt" ("beneficiary_id")`);
    this.addSql(
      `create table "people"."interview" ("id" uuid not null, "beneficiary_id" uuid not null, "scheduled_at" timestamptz not null, "mode" text check ("mode" in ('IN_PERSON', 'VIDEO', 'PHONE')) not null, "operator_id" uuid not null, "operator_name" text not null, "location" text null, "status" text check ("status" in ('SCHEDULED', 'COMPLETED', 'MISSED', 'CANCELLED')) not null default 'SCHEDULED', "outcome_notes" text null, "completed_at" timestamptz null, "created_at" timestamptz not null, "created_by" text not null, constraint "interview_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "interview_beneficiary_id_index" on "people"."interview" ("beneficiary_id")`);
    this.addSql(`create index "interview_operator_id_index" on "people"."interview" ("operator_id")`);
    this.addSql(`create index "interview_status_index" on "people"."interview" ("status")`);
    this.addSql(
      `create table "people"."received_placement" ("placement_id" uuid not null, "beneficiary_id" uuid not null, "type" text not null, "start_date" date not null, "received_at" timestamptz not null, constraint "received_placement_pkey" primary key ("placement_id"))`,
    );
    this.addSql(`create index "received_placement_beneficiary_id_index" on "people"."received_placement" ("beneficiary_id")`);
    this.addSql(
      `create table "people"."service_record" ("id" uuid not null, "beneficiary_id" uuid not null, "kind" text check ("kind" in ('CV_REVIEW', 'JOB_OFFER_ALERTS', 'ITALIAN_LESSONS', 'IPS')) not null, "started_on" date not null, "expected_end_on" date null, "ended_on" date null, "operator_id" uuid null, "notes" text null, "created_by" text not null, "created_at" timestamptz not null, constraint "service_record_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "service_record_beneficiary_id_index" on "people"."service_record" ("beneficiary_id")`);
    this.addSql(`create index "service_record_kind_index" on "people"."service_record" ("kind")`);
    this.addSql(
      `create table "people"."status_change" ("id" uuid not null, "beneficiary_id" uuid not null, "from" text check ("from" in ('REGISTERED', 'INTERVIEW_SCHEDULED', 'INTERVIEWED', 'NOT_IN_TARGET', 'IN_TARGET', 'ACTIVE', 'PLACED', 'FUORI_PROTOCOLLO')) null, "to" text check ("to" in ('REGISTERED', 'INTERVIEW_SCHEDULED', 'INTERVIEWED', 'NOT_IN_TARGET', 'IN_TARGET', 'ACTIVE', 'PLACED', 'FUORI_PROTOCOLLO')) not null, "fuori_protocollo_reason" text check ("fuori_protocollo_reason" in ('WORKING', 'UNREACHABLE', 'NOT_COLLABORATING')) null, "reason" text null, "actor_id" text not null, "actor_role" text not null, "at" timestamptz not null, constraint "status_change_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "status_change_beneficiary_id_at_index" on "people"."status_change" ("beneficiary_id", "at")`);
    this.addSql(
      `alter table "people"."beneficiary" add column "domicile_municipality_code" text null, add column "municipality_name" text null, add column "out_of_area" boolean not null default false, add column "education_level" text check ("education_level" in ('NONE', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'BACHELOR', 'MASTER', 'DOCTORATE')) null, add column "education_title" text null, add column "italian_level" text check ("italian_level" in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')) null, add column "languages" jsonb not null default '[]', add column "skills" jsonb not null default '[]', add column "past_jobs" jsonb not null default '[]', add column "desired_occupations" jsonb not null default '[]', add column "skill_keys" text[] not null default '{}', add column "available_hours_per_week" int null, add column "shifts" jsonb not null default '[]', add column "driving_licence" boolean not null default false, add column "own_vehicle" boolean not null default false, add column "contract_wishes" jsonb not null default '[]', add column "cv_share_consent" boolean not null default false, add column "referring_body" text check ("referring_body" in ('SOCIAL_SERVICES', 'CARITAS', 'JOB_CENTRE', 'WORD_OF_MOUTH', 'SELF', 'PARISH', 'THIRD_SECTOR', 'OTHER')) null, add column "referring_body_name" text null, add column "privacy_notice_version" text null, add column "privacy_consent_at" timestamptz null, add column "profile" text check ("profile" in ('FORTE', 'IN_TARGET')) null, add column "readiness" text check ("readiness" in ('PRONTO', 'NON_PRONTO', 'FRAGILE', 'IN_VALUTAZIONE')) null, add column "fuori_protocollo_reason" text check ("fuori_protocollo_reason" in ('WORKING', 'UNREACHABLE', 'NOT_COLLABORATING')) null, add column "status_before_fuori_protocollo" text check ("status_before_fuori_protocollo" in ('REGISTERED', 'INTERVIEW_SCHEDULED', 'INTERVIEWED', 'NOT_IN_TARGET', 'IN_TARGET', 'ACTIVE', 'PLACED', 'FUORI_PROTOCOLLO')) null, add column "interview_due_date" date null, add column "interviewed_at" timestamptz null, add column "updated_at" timestamptz null`,
    );
    this.addSql(`create index "beneficiary_referring_body_index" on "people"."beneficiary" ("referring_body")`);
    this.addSql(`create index "beneficiary_profile_index" on "people"."beneficiary" ("profile")`);
    this.addSql(`create index "beneficiary_readiness_index" on "people"."beneficiary" ("readiness")`);
    this.addSql(`create index "beneficiary_interview_due_date_index" on "people"."beneficiary" ("interview_due_date")`);
    this.addSql(`create index "beneficiary_skill_keys_index" on "people"."beneficiary" using gin ("skill_keys")`);
    // People registered before this migration: first interview due 15 days after registration (Europe/Rome).
    this.addSql(
      `update "people"."beneficiary" set "interview_due_date" = (("registered_at" at time zone 'Europe/Rome')::date + 15) where "interview_due_date" is null`,
    );
  }
}
