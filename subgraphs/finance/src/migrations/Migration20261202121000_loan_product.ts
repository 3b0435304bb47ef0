import { Migration } from '@mikro-orm/migrations';

/** The credito sociale product definition (rate, limits, grace, guarantee) with validity dates; first version from the protocol. */
export class Migration20261202121000_loan_product extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finance"."loan_product" ("id" uuid not null, "valid_from" date not null, "valid_to" date null, "annual_rate_bps" int not null, "max_principal_cents" bigint not null, "min_term_months" int not null, "max_term_months" int not null, "max_grace_months" int not null, "guarantee_share_bps" int not null, "reason" text not null, "defined_by" uuid null, "defined_at" timestamptz not null, constraint "loan_product_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "loan_product_valid_from_index" on "finance"."loan_product" ("valid_from")`);
    this.addSql(
      `insert into "finance"."loan_product" ("id", "valid_from", "valid_to", "annual_rate_bps", "max_principal_cents", "min_term_months", "max_term_months", "max_grace_months", "guarantee_share_bps", "reason", "defined_by", "defined_at")
values ('00000000-0000-4000-8000-00000000c0de', '2017-05-22', null, 325, 2500000, 6, 60, 6, 7000, 'Credito sociale with Emil Banca: up to €25,000, fixed 3.25%, 6–60 months with at most 6 of pre-amortisation, 70% guaranteed', null, now())`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finance"."loan_product" cascade`);
  }
}
