import { Migration } from '@mikro-orm/migrations';

/**
 * What has been paid on a settlement so far (euro cents). A late placement can raise a settlement after it was paid;
 * the difference is then still owed and paid by a further payment (payable − paid). Filled from the journal.
 */
export class Migration20261203070000_settlement_paid_cents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "finance"."training_settlement" add column if not exists "paid_cents" bigint not null default 0`);
    this.addSql(
      `update "finance"."training_settlement" s set "paid_cents" = coalesce((select sum(e."amount_cents") from "finance"."ledger_entry" e
         where e."settlement_id" = s."id" and e."account" = 'SETTLEMENT_PAID'), 0)`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."training_settlement" drop column if exists "paid_cents"`);
  }
}
