import { Migration } from '@mikro-orm/migrations';
import { mailTablesSql } from '@ixl/mail';

/** Mail: the outbox and capture inbox, and the opt-out from offer alerts and newsletters. */
export class Migration20261122003322_mail extends Migration {
  override async up(): Promise<void> {
    for (const sql of mailTablesSql('people')) this.addSql(sql);
    this.addSql(`alter table "people"."beneficiary" add column "mail_opt_out" boolean not null default false`);
  }
}
