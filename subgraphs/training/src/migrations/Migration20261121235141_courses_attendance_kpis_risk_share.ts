import { Migration } from '@mikro-orm/migrations';

export class Migration20261121235141_courses_attendance_kpis_risk_share extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "training"."attendance" ("id" uuid not null, "enrolment_id" uuid not null, "session_id" uuid not null, "minutes_present" int not null, "upload_id" uuid null, "recorded_at" timestamptz not null, constraint "attendance_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "attendance_session_id_index" on "training"."attendance" ("session_id")`);
    this.addSql(
      `alter table "training"."attendance" add constraint "attendance_enrolment_id_session_id_unique" unique ("enrolment_id", "session_id")`,
    );
    this.addSql(
      `create table "training"."attendance_upload" ("id" uuid not null, "edition_id" uuid not null, "kind" text not null, "content_hash" text null, "idempotency_key" text null, "rows" int not null, "uploaded_by" uuid null, "uploaded_at" timestamptz not null, constraint "attendance_upload_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "attendance_upload_edition_id_index" on "training"."attendance_upload" ("edition_id")`);
    this.addSql(
      `alter table "training"."attendance_upload" add constraint "attendance_upload_edition_id_idempotency_key_unique" unique ("edition_id", "idempotency_key")`,
    );
    this.addSql(
      `alter table "training"."attendance_upload" add constraint "attendance_upload_edition_id_content_hash_unique" unique ("edition_id", "content_hash")`,
    );
    this.addSql(
      `create table "training"."placement_fact" ("placement_id" uuid not null, "beneficiary_id" uuid not null, "company_id" uuid null, "source_edition_id" uuid null, "type" text not null, "contract" text null, "start_date" date not null, "end_date" date null, "received_at" timestamptz not null, constraint "placement_fact_pkey" primary key ("placement_id"))`,
    );
    this.addSql(`create index "placement_fact_beneficiary_id_index" on "training"."placement_fact" ("beneficiary_id")`);
    this.addSql(`create index "placement_fact_source_edition_id_index" on "training"."placement_fact" ("source_edition_id")`);
    this.addSql(
      `create table "training"."risk_share_settlement" ("id" uuid not null, "edition_id" uuid not null, "window_end" date not null, "as_of" date not null, "total_cost_cents" bigint not null, "at_risk_cents" bigint not null, "payable_cents" bigint not null, "withheld_cents" bigint not null, "achieved_rate_percent" double precision not null, "target_rate_percent" double precision not null, "mode" text check ("mode" in ('PROPORTIONAL', 'ALL_OR_NOTHING')) not null, "settled_at" timestamptz not null, "settled_by" uuid null, constraint "risk_share_settlement_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "training"."risk_share_settlement" add constraint "risk_share_settlement_edition_id_unique" unique ("edition_id")`,
    );
    this.addSql(
      `create table "training"."risk_share_agreement" ("id" uuid not null, "edition_id" uuid not null, "at_risk_bps" int not null default 3000, "metric" text check ("metric" in ('PLACEMENT_RATE', 'EMPLOYMENT_RATE', 'PERMANENT_RATE')) not null, "target_bps" int not null, "window_months" int not null, "mode" text check ("mode" in ('PROPORTIONAL', 'ALL_OR_NOTHING')) not null, "basis" text check ("basis" in ('ALL_PARTICIPANTS', 'COMPLETED', 'QUALIFIED')) not null default 'ALL_PARTICIPANTS', constraint "risk_share_agreement_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "training"."risk_share_agreement" add constraint "risk_share_agreement_edition_id_unique" unique ("edition_id")`,
    );
    this.addSql(
      `create table "training"."hiring_commitment" ("id" uuid not null, "edition_id" uuid not null, "company_id" uuid not null, "vacancy_id" uuid null, "positions" int null, constraint "hiring_commitment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "hiring_commitment_edition_id_index" on "training"."hiring_commitment" ("edition_id")`);
    this.addSql(
      `create table "training"."course_session" ("id" uuid not null, "edition_id" uuid not null, "code" text not null, "date" date not null, "length_minutes" int not null, constraint "course_session_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "course_session_edition_id_index" on "training"."course_session" ("edition_id")`);
    this.addSql(
      `alter table "training"."course_session" add constraint "course_session_edition_id_code_unique" unique ("edition_id", "code")`,
    );
    this.addSql(
      `alter table "training"."risk_share_settlement" add constraint "risk_share_settlement_edition_id_foreign" foreign key ("edition_id") references "training"."course_edition" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "training"."risk_share_agreement" add constraint "risk_share_agreement_edition_id_foreign" foreign key ("edition_id") references "training"."course_edition" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "training"."hiring_commitment" add constraint "hiring_commitment_edition_id_foreign" foreign key ("edition_id") references "training"."course_edition" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "training"."course_session" add constraint "course_session_edition_id_foreign" foreign key ("edition_id") references "training"."course_edition" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "training"."course_edition" add column "delivery" text check ("delivery" in ('IN_PERSON', 'REMOTE', 'ONE_TO_ONE')) not null default 'IN_PERSON', add column "status" text check ("status" in ('DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED')) not null default 'DRAFT', add column "kpi_window_months" int not null default 12`,
    );
    this.addSql(
      `alter table "training"."enrolment" add column "status" text check ("status" in ('REQUESTED', 'ENROLLED', 'REJECTED', 'WITHDRAWN')) not null default 'ENROLLED', add column "participant_name" text null, add column "codice_fiscale" text null, add column "outcome" text check ("outcome" in ('IN_PROGRESS', 'COMPLETED', 'DROPPED_OUT')) not null default 'IN_PROGRESS', add column "qualification_obtained" boolean not null default false, add column "qualification_name" text null, add column "dropped_out_on" date null, add column "drop_out_reason" text null, add column "outcome_recorded_at" timestamptz null`,
    );
    this.addSql(`create index "enrolment_edition_id_codice_fiscale_index" on "training"."enrolment" ("edition_id", "codice_fiscale")`);
  }
}
