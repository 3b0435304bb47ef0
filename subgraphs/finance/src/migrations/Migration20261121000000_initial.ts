import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@ixl/events';

/** The finance schema: event outbox/consumer tables and the first entities. */
export class Migration20261121000000_initial extends Migration {
  override async up(): Promise<void> {
    for (const sql of eventTablesSql('finance')) this.addSql(sql);
    this.addSql(
      `create table "finance"."loan" ("id" uuid not null, "project_id" uuid not null, "bank" text not null, "principal_cents" bigint not null, "annual_rate_bps" int not null, "term_months" int not null, "grace_months" int not null, "status" text check ("status" in ('APPROVED', 'DISBURSED', 'REPAYING', 'IN_ARREARS', 'REPAID', 'DEFAULTED')) not null default 'APPROVED', "contract_date" date null, constraint "loan_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "loan_project_id_index" on "finance"."loan" ("project_id")`);
  }
}
