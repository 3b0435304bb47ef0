import { Migration } from '@mikro-orm/migrations';

/** Placement drafts: the company's "Conferma assunzione" writes one, staff confirm it into a placement. */
export class Migration20261202113500_placement_drafts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "companies"."placement_draft" ("id" uuid not null, "candidate_id" uuid not null, "beneficiary_id" uuid not null, "company_id" uuid not null, "vacancy_id" uuid not null, "type" text check ("type" in ('ASSUNZIONE', 'STAGE', 'TIROCINIO', 'MINI_JOB', 'LAVORO_AUTONOMO')) not null, "contract" text check ("contract" in ('TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA')) null, "start_date" date not null, "end_date" date null, "hours_per_week" int null, "status" text check ("status" in ('PENDING', 'CONFIRMED')) not null default 'PENDING', "placement_id" uuid null, "created_at" timestamptz not null, "confirmed_at" timestamptz null, constraint "placement_draft_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "companies"."placement_draft" add constraint "placement_draft_candidate_id_unique" unique ("candidate_id")`);
    this.addSql(`create index "placement_draft_beneficiary_id_index" on "companies"."placement_draft" ("beneficiary_id")`);
    this.addSql(`create index "placement_draft_company_id_index" on "companies"."placement_draft" ("company_id")`);
    this.addSql(`create index "placement_draft_status_index" on "companies"."placement_draft" ("status")`);
    this.addSql(
      `alter table "companies"."placement_draft" add constraint "placement_draft_company_id_foreign" foreign key ("company_id") references "companies"."company" ("id") on update cascade on delete restrict`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "companies"."placement_draft" cascade`);
  }
}
