import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@ixl/events';

/** The companies schema: event outbox/consumer tables and the first entities. */
export class Migration20261121000000_initial extends Migration {
  override async up(): Promise<void> {
    for (const sql of eventTablesSql('companies')) this.addSql(sql);
    this.addSql(
      `create table "companies"."company" ("id" uuid not null, "name" text not null, "vat_number" text null, "association" text null, "ateco_code" text null, "municipality_code" text not null, "board_joined_on" date null, "board_left_on" date null, constraint "company_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "companies"."company" add constraint "company_vat_number_unique" unique ("vat_number")`);
    this.addSql(
      `create table "companies"."placement" ("id" uuid not null, "beneficiary_id" uuid not null, "company_id" uuid null, "type" text check ("type" in ('ASSUNZIONE', 'STAGE', 'TIROCINIO', 'MINI_JOB', 'LAVORO_AUTONOMO')) not null, "contract" text check ("contract" in ('TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA')) null, "start_date" date not null, "end_date" date null, constraint "placement_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "placement_beneficiary_id_index" on "companies"."placement" ("beneficiary_id")`);
    this.addSql(`create index "placement_company_id_index" on "companies"."placement" ("company_id")`);
    this.addSql(`create index "placement_start_date_index" on "companies"."placement" ("start_date")`);
    this.addSql(
      `create table "companies"."vacancy" ("id" uuid not null, "company_id" uuid not null, "title" text not null, "municipality_code" text not null, "openings" int not null default 1, "status" text check ("status" in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')) not null default 'DRAFT', "created_at" timestamptz not null, constraint "vacancy_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "vacancy_company_id_index" on "companies"."vacancy" ("company_id")`);
    this.addSql(
      `alter table "companies"."placement" add constraint "placement_company_id_foreign" foreign key ("company_id") references "companies"."company" ("id") on update cascade on delete restrict`,
    );
    this.addSql(
      `alter table "companies"."vacancy" add constraint "vacancy_company_id_foreign" foreign key ("company_id") references "companies"."company" ("id") on update cascade on delete restrict`,
    );
  }
}
