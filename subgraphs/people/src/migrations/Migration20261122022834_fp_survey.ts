import { Migration } from '@mikro-orm/migrations';

export class Migration20261122022834_fp_survey extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "people"."fp_survey" ("id" uuid not null, "beneficiary_id" uuid not null, "wave" text not null, "reason" text null, "token" text not null, "sent_at" timestamptz not null, "answered_at" timestamptz null, "working" boolean null, "contract_type" text null, "offers_received" int null, "answered_by" text null, constraint "fp_survey_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "fp_survey_beneficiary_id_index" on "people"."fp_survey" ("beneficiary_id")`);
    this.addSql(`create index "fp_survey_wave_index" on "people"."fp_survey" ("wave")`);
    this.addSql(`alter table "people"."fp_survey" add constraint "fp_survey_token_unique" unique ("token")`);
    this.addSql(`alter table "people"."fp_survey" add constraint "fp_survey_beneficiary_id_wave_unique" unique ("beneficiary_id", "wave")`);
  }
}
