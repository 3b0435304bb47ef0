import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@ixl/events';

/** The people schema: event outbox/consumer tables and the first entities. */
export class Migration20261121000000_initial extends Migration {
  override async up(): Promise<void> {
    for (const sql of eventTablesSql('people')) this.addSql(sql);
    this.addSql(
      `create table "people"."beneficiary" ("id" uuid not null, "first_name" text not null, "last_name" text not null, "codice_fiscale" text not null, "email" text null, "phone" text null, "birth_date" date not null, "sex" text check ("sex" in ('F', 'M')) not null, "citizenship" text not null, "municipality_code" text not null, "status" text check ("status" in ('REGISTERED', 'INTERVIEW_SCHEDULED', 'INTERVIEWED', 'NOT_IN_TARGET', 'IN_TARGET', 'ACTIVE', 'PLACED', 'FUORI_PROTOCOLLO')) not null default 'REGISTERED', "registered_at" timestamptz not null, constraint "beneficiary_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "people"."beneficiary" add constraint "beneficiary_codice_fiscale_unique" unique ("codice_fiscale")`);
    this.addSql(`create index "beneficiary_municipality_code_index" on "people"."beneficiary" ("municipality_code")`);
    this.addSql(`create index "beneficiary_status_index" on "people"."beneficiary" ("status")`);
    this.addSql(`create index "beneficiary_registered_at_index" on "people"."beneficiary" ("registered_at")`);
    this.addSql(
      `create table "people"."user_account" ("id" uuid not null, "email" text not null, "password_hash" text not null, "role" text check ("role" in ('BENEFICIARY', 'COMPANY', 'TRAINING_BODY', 'COMMITTEE_MEMBER', 'STAFF', 'ADMIN')) not null, "display_name" text not null, "beneficiary_id" uuid null, "company_id" uuid null, "training_body_id" uuid null, "disabled" boolean not null default false, "created_at" timestamptz not null, "last_login_at" timestamptz null, constraint "user_account_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "people"."user_account" add constraint "user_account_email_unique" unique ("email")`);
    this.addSql(`create index "user_account_beneficiary_id_index" on "people"."user_account" ("beneficiary_id")`);
  }
}
