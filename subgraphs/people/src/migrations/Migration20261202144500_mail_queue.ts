import { Migration } from '@mikro-orm/migrations';
import { mailQueueColumnsSql } from '@ixl/mail';

/** Mail on pg-boss: when each outbox message was handed to the `people.mail` queue, and the lease of an attempt. */
export class Migration20261202144500_mail_queue extends Migration {
  override async up(): Promise<void> {
    for (const sql of mailQueueColumnsSql('people')) this.addSql(sql);
  }
}
