import { Migration } from '@mikro-orm/migrations';

/** Adjustments of training risk-share settlements (a placement recorded late inside a settled window). */
export class Migration20261202111000_settlement_revisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finance"."training_settlement_revision" ("id" uuid not null, "settlement_id" uuid not null, "revision" int not null, "payable_before_cents" bigint not null, "payable_after_cents" bigint not null, "reason" text not null, "adjusted_on" date not null, constraint "training_settlement_revision_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "training_settlement_revision_settlement_id_index" on "finance"."training_settlement_revision" ("settlement_id")`,
    );
    this.addSql(
      `alter table "finance"."training_settlement_revision" add constraint "training_settlement_revision_settlement_id_revision_unique" unique ("settlement_id", "revision")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finance"."training_settlement_revision" cascade`);
  }
}
